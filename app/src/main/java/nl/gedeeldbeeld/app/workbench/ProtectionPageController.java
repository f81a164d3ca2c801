package nl.gedeeldbeeld.app.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.LiftRequest;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bewaken en beveiligen on screen ({@code /werkbank/bescherming}): the protected persons of the user's own
 * unit with their open lift requests, the alerts their flags raised, and forms to flag a person, ask to lift a
 * flag and (a second member of the unit) approve that. Everything goes through the access layer's
 * {@code Protection}, as the API does, so the write rules PLACE_FLAG, REQUEST_FLAG_LIFT, APPROVE_FLAG_LIFT
 * and READ_PROTECTION_ALERTS decide and every step is audited.
 */
@Controller
class ProtectionPageController {
    private final AccessLayer access;
    private final WorkbenchAccess screens;

    ProtectionPageController(AccessLayer access, WorkbenchAccess screens) {
        this.access = access;
        this.screens = screens;
    }

    @GetMapping("/werkbank/bescherming")
    String page(AccessContext ctx, @RequestParam(name = "alle", defaultValue = "false") boolean all,
                @RequestParam(name = "entiteit", defaultValue = "") String entity, Model model) {
        screens.require(ctx, WorkScreen.BESCHERMING);
        Map<ProtectionFlag, Optional<LiftRequest>> persons = new LinkedHashMap<>();
        access.protection().flags(ctx).stream().filter(f -> f.coverOf().isEmpty())
                .forEach(f -> persons.put(f, access.protection().liftRequest(ctx, f.entityId())));
        model.addAttribute("persons", persons);
        model.addAttribute("alerts", access.protection().alerts(ctx, all));
        model.addAttribute("alle", all);
        model.addAttribute("me", ctx.user().id());
        model.addAttribute("entiteit", Bounds.atMost("entiteit", entity, Bounds.MAX_ID));
        return "werkbank/bescherming";
    }

    @PostMapping("/werkbank/bescherming")
    String protect(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String entity,
                   @RequestParam(name = "reden", defaultValue = "") String reason, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BESCHERMING);
        var placed = access.protection().protect(ctx, Bounds.id("entiteit", entity.strip()),
                Bounds.atMost("reden", reason, Bounds.MAX_TEXT));
        redirect.addFlashAttribute("melding", "De persoon is afgeschermd, met " + (placed.size() - 1)
                + " adres(sen) en voertuig(en) die naar de persoon leiden.");
        return "redirect:/werkbank/bescherming";
    }

    @PostMapping("/werkbank/bescherming/{id}/opheffen")
    String requestLift(AccessContext ctx, @PathVariable String id, @RequestParam(name = "reden", defaultValue = "") String reason,
                       RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BESCHERMING);
        access.protection().requestLift(ctx, Bounds.id("id", id), Bounds.atMost("reden", reason, Bounds.MAX_TEXT));
        redirect.addFlashAttribute("melding", "Opheffen is aangevraagd; een tweede lid van uw eenheid moet het goedkeuren.");
        return "redirect:/werkbank/bescherming";
    }

    @PostMapping("/werkbank/bescherming/{id}/goedkeuren")
    String approveLift(AccessContext ctx, @PathVariable String id, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BESCHERMING);
        access.protection().approveLift(ctx, Bounds.id("id", id));
        redirect.addFlashAttribute("melding", "De afscherming is opgeheven.");
        return "redirect:/werkbank/bescherming";
    }

    @PostMapping("/werkbank/bescherming/meldingen/{id}")
    String acknowledge(AccessContext ctx, @PathVariable String id, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BESCHERMING);
        access.protection().acknowledge(ctx, Bounds.id("id", id));
        redirect.addFlashAttribute("melding", "De melding is afgehandeld.");
        return "redirect:/werkbank/bescherming";
    }
}
