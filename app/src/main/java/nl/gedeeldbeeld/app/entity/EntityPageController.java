package nl.gedeeldbeeld.app.entity;

import nl.gedeeldbeeld.app.request.InformationRequestDesk;
import nl.gedeeldbeeld.app.start.Workspace;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code /entiteiten/{id}}: an entity's profile page ({@link EntityPage}). */
@Controller
class EntityPageController {
    private final EntityPage pages;
    private final InformationRequestDesk requests;
    private final Workspace workspace;

    EntityPageController(EntityPage pages, InformationRequestDesk requests, Workspace workspace) {
        this.pages = pages;
        this.requests = requests;
        this.workspace = workspace;
    }

    @GetMapping("/entiteiten/{id}")
    String entity(AccessContext ctx, @PathVariable String id, Model model) {
        var view = pages.of(ctx, id).orElseThrow(() -> new EntityNotFoundException(id));
        model.addAttribute("page", view);
        model.addAttribute("entity", view.profile().view());
        boolean mayRequest = !view.knownAt().isEmpty() && workspace.offers(ctx, "verzoeken");
        model.addAttribute("mayRequest", mayRequest);
        model.addAttribute("requests", requests.sentAbout(ctx, id));
        return "entity";
    }

    @ExceptionHandler(EntityNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(EntityNotFoundException e, Model model) {
        // The same answer for an id that does not exist and one the caller may not see: anything else would tell.
        model.addAttribute("message", "Deze entiteit bestaat niet of u mag haar niet zien.");
        return "error-page";
    }

    @ExceptionHandler(nl.gedeeldbeeld.model.UserInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(nl.gedeeldbeeld.model.UserInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
