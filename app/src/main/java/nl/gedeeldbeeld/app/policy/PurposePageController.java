package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /doel}: the signed-in user declares the one purpose they work for (doelbinding). Only the purposes
 * their roles grant are offered, each with its legal basis, so the choice is an informed one; the choice
 * holds for the session until changed here.
 */
@Controller
class PurposePageController {
    private final PolicyCatalogue catalogue;

    PurposePageController(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The page's address, returning to {@code back} afterwards when that is a local path. */
    static String url(String back) {
        if (!LocalPath.isSafe(back)) {
            return DeclaredPurpose.PAGE;
        }
        return UriComponentsBuilder.fromPath(DeclaredPurpose.PAGE).queryParam("terug", "{back}").encode()
                .buildAndExpand(back).toUriString();
    }

    @GetMapping(DeclaredPurpose.PAGE)
    String choose(@RequestParam(name = "terug", defaultValue = "") String back, Principal principal,
                  HttpServletRequest request, Model model) {
        return page(model, catalogue.requireUser(principal.getName()),
                DeclaredPurpose.fromSession(request).orElse(""), back, "");
    }

    /** The page again with the error tied to the choice, or a redirect back to where the user was going. */
    @PostMapping(DeclaredPurpose.PAGE)
    Object declare(@RequestParam(name = "doel", defaultValue = "") String purpose,
                   @RequestParam(name = "terug", defaultValue = "") String back, Principal principal,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        User user = catalogue.requireUser(principal.getName());
        if (purpose.isBlank() || !catalogue.purposesOf(user).contains(purpose)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String error = purpose.isBlank() ? "Kies het doel waarvoor u nu werkt."
                    : "U kunt alleen een doel kiezen dat uw rollen toestaan. Kies een doel uit de lijst.";
            return page(model, user, DeclaredPurpose.fromSession(request).orElse(""), back, error);
        }
        DeclaredPurpose.declare(request, purpose);
        RedirectView redirect = new RedirectView(LocalPath.isSafe(back) ? back : "/", true);
        // The path came from the user: braces in it are text, not template variables.
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }

    private String page(Model model, User user, String current, String back, String error) {
        Set<String> granted = catalogue.purposesOf(user);
        List<Purpose> purposes = granted.stream().map(catalogue::requirePurpose).toList();
        model.addAttribute("purposes", purposes);
        model.addAttribute("current", purposes.size() == 1 && current.isEmpty() ? purposes.get(0).code() : current);
        model.addAttribute("back", LocalPath.isSafe(back) ? back : "");
        model.addAttribute("error", error);
        return "purpose";
    }
}
