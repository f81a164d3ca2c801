package nl.gedeeldbeeld.app.workbench;

import java.util.Comparator;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal holds and retention on screen ({@code /werkbank/bewaring}), for the privacy officer: the holds of the
 * own organisation (place, lift), the retention schedule (each legal regime's retention period and the time
 * of the nightly purge) and a purge dry run of the own organisation's expired data. Everything goes through
 * the access layer's {@code Retention}, as the API does, so the write rules PLACE_HOLD, LIFT_HOLD and PURGE
 * decide and every step is audited. The page offers no real purge: that stays with the schedule and the API.
 */
@Controller
class RetentionPageController {
    private final AccessLayer access;
    private final WorkbenchAccess screens;
    private final PolicyCatalogue catalogue;
    private final String schedule;

    RetentionPageController(AccessLayer access, WorkbenchAccess screens, PolicyCatalogue catalogue,
                            @Value("${gb.retention.cron:0 30 2 * * *}") String schedule) {
        this.access = access;
        this.screens = screens;
        this.catalogue = catalogue;
        this.schedule = schedule;
    }

    @GetMapping("/werkbank/bewaring")
    String page(AccessContext ctx, @RequestParam(name = "alle", defaultValue = "false") boolean all, Model model) {
        screens.require(ctx, WorkScreen.BEWARING);
        model.addAttribute("holds", access.retention().holds(ctx, all));
        model.addAttribute("alle", all);
        model.addAttribute("regimes", catalogue.regimes().all().stream().sorted(Comparator.comparing(LegalRegime::code)).toList());
        model.addAttribute("schedule", schedule);
        return "werkbank/bewaring";
    }

    @PostMapping("/werkbank/bewaring")
    String place(AccessContext ctx, @RequestParam(name = "soort", defaultValue = "ENTITY") String scope,
                 @RequestParam(name = "doelwit", defaultValue = "") String target,
                 @RequestParam(name = "reden", defaultValue = "") String reason, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BEWARING);
        HoldScope s;
        try {
            s = HoldScope.valueOf(Bounds.atMost("soort", scope, 20));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("Kies of de bewaarplicht een entiteit of een dataset betreft.");
        }
        access.retention().placeHold(ctx, s, Bounds.id("doelwit", target.strip()), Bounds.atMost("reden", reason, Bounds.MAX_TEXT));
        redirect.addFlashAttribute("melding", "De bewaarplicht is vastgelegd.");
        return "redirect:/werkbank/bewaring";
    }

    @PostMapping("/werkbank/bewaring/{id}/opheffen")
    String lift(AccessContext ctx, @PathVariable String id, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BEWARING);
        if (!access.retention().liftHold(ctx, Bounds.id("id", id))) {
            throw new UserInputException("Er is geen actieve bewaarplicht " + id + ".");
        }
        redirect.addFlashAttribute("melding", "De bewaarplicht is opgeheven.");
        return "redirect:/werkbank/bewaring";
    }

    @PostMapping("/werkbank/bewaring/proefschoning")
    String dryRun(AccessContext ctx, Model model) {
        screens.require(ctx, WorkScreen.BEWARING);
        model.addAttribute("report", access.retention().purge(ctx, true));
        return page(ctx, false, model);
    }
}
