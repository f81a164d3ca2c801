package nl.gedeeldbeeld.app.start;

import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: the start page after sign-in and the choice of a purpose. It says under which purpose the user
 * works and what they can do under it, with what waits for them (pairs to judge, protection alerts, exports to
 * approve, joint cases). A search in the old form {@code /?q=…} is still served by the search page.
 */
@Controller
class StartPageController {
    private final Workspace workspace;

    StartPageController(Workspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping(value = "/", params = "!q")
    String start(AccessContext ctx, Model model) {
        model.addAttribute("purpose", ctx.purpose());
        model.addAttribute("screens", workspace.screens(ctx));
        model.addAttribute("cases", workspace.offers(ctx, "casussen") ? workspace.openCases(ctx) : java.util.List.of());
        return "start";
    }
}
