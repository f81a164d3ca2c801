package nl.gedeeldbeeld.app.workbench;

import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.app.request.InformationRequestDesk;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verzoeken on screen ({@code /werkbank/verzoeken}): the requests for information the user's organisation made,
 * with their status and answer, and those addressed to it under the declared purpose, with forms to provide or
 * refuse. The profile page's "Informatie opvragen" form posts here too. {@link InformationRequestDesk} decides
 * and audits, as for the API.
 */
@Controller
class RequestPageController {
    private final InformationRequestDesk desk;
    private final WorkbenchAccess screens;

    RequestPageController(InformationRequestDesk desk, WorkbenchAccess screens) {
        this.desk = desk;
        this.screens = screens;
    }

    @GetMapping("/werkbank/verzoeken")
    String page(AccessContext ctx, Model model) {
        screens.require(ctx, WorkScreen.VERZOEKEN);
        model.addAttribute("sent", desk.sent(ctx));
        model.addAttribute("received", desk.received(ctx));
        return "werkbank/verzoeken";
    }

    @PostMapping("/werkbank/verzoeken")
    String ask(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String entity,
               @RequestParam(name = "organisatie", defaultValue = "") String organisation,
               @RequestParam(name = "onderbouwing", defaultValue = "") String justification, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.VERZOEKEN);
        desk.ask(ctx, Bounds.id("entiteit", entity.strip()), Bounds.required("organisatie", organisation, 100),
                Bounds.atMost("onderbouwing", justification, InformationRequestDesk.MAX_TEXT));
        redirect.addFlashAttribute("melding", "Uw verzoek is verstuurd. U ziet hier de status; de partner beslist.");
        return "redirect:/werkbank/verzoeken";
    }

    @PostMapping("/werkbank/verzoeken/{id}/antwoord")
    String answer(AccessContext ctx, @PathVariable String id, @RequestParam(name = "besluit", defaultValue = "") String decision,
                  @RequestParam(name = "tekst", defaultValue = "") String text, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.VERZOEKEN);
        boolean provide = switch (decision) {
            case "verstrekken" -> true;
            case "weigeren" -> false;
            default -> throw new UserInputException("kies verstrekken of weigeren");
        };
        desk.answer(ctx, Bounds.id("id", id), provide, Bounds.atMost("tekst", text, InformationRequestDesk.MAX_TEXT));
        redirect.addFlashAttribute("melding", provide ? "Verstrekt: de aanvrager ziet uw antwoord en wat het convenant na een "
                + "bevestigde hit deelt." : "Geweigerd: de aanvrager ziet uw reden.");
        return "redirect:/werkbank/verzoeken";
    }
}
