package nl.gedeeldbeeld.app.workbench;

import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The werkbank: the work screens the signed-in user's role and declared purpose serve, with links. */
@Controller
class WorkbenchController {
    private final WorkbenchAccess screens;

    WorkbenchController(WorkbenchAccess screens) {
        this.screens = screens;
    }

    @GetMapping("/werkbank")
    String index(AccessContext ctx, Model model) {
        model.addAttribute("screens", screens.screens(ctx));
        return "werkbank/index";
    }
}
