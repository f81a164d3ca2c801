package nl.gedeeldbeeld.app.workbench;

import java.util.Comparator;
import nl.gedeeldbeeld.app.audit.OfficerAudit;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's audit view ({@code /werkbank/audit}): "wie heeft X geraadpleegd, waarom, onder welke
 * afspraak" for an entity, and "wat heeft gebruiker U gezien" under a purpose, with the id sets of large views
 * resolvable. The answers are {@link OfficerAudit}'s, the same as the audit API's, limited to actors of the
 * officer's own organisation; the questions are reads of the audit log and not themselves audited reads of
 * entity data (no entity value is shown, only ids and what the log recorded).
 */
@Controller
class AuditPageController {
    /** The most rows a table shows: the latest ones; a user's whole history can run to many thousands. */
    static final int MAX_ROWS = 200;
    /** The most ids of an id set the page lists; the API gives them all. */
    static final int MAX_IDS = 1000;
    private final OfficerAudit audit;
    private final WorkbenchAccess screens;
    private final PolicyCatalogue catalogue;

    AuditPageController(OfficerAudit audit, WorkbenchAccess screens, PolicyCatalogue catalogue) {
        this.audit = audit;
        this.screens = screens;
        this.catalogue = catalogue;
    }

    @GetMapping("/werkbank/audit")
    String page(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String entity,
                @RequestParam(name = "gebruiker", defaultValue = "") String user,
                @RequestParam(name = "doel", defaultValue = "") String purpose, Model model) {
        screens.require(ctx, WorkScreen.AUDIT);
        String e = Bounds.atMost("entiteit", entity, Bounds.MAX_ID).strip();
        String u = Bounds.atMost("gebruiker", user, 100).strip();
        String p = Bounds.atMost("doel", purpose, 100).strip();
        model.addAttribute("entiteit", e);
        model.addAttribute("gebruiker", u);
        model.addAttribute("doel", p);
        model.addAttribute("users", catalogue.users().stream().filter(x -> x.organisation().equals(ctx.organisation().code()))
                .sorted(Comparator.comparing(User::id)).toList());
        model.addAttribute("purposes", catalogue.purposes());
        if (!e.isEmpty()) {
            model.addAttribute("looks", audit.whoLookedAt(ctx, e));
            var events = audit.looksAt(ctx, e);
            model.addAttribute("eventsTotal", events.size());
            model.addAttribute("events", latest(events));
        }
        if (!u.isEmpty() && !p.isEmpty()) {
            var seen = audit.whatDidUserSee(ctx, u, p);
            model.addAttribute("seenTotal", seen.size());
            model.addAttribute("seen", latest(seen));
        }
        return "werkbank/audit";
    }

    @GetMapping("/werkbank/audit/id-set")
    String idSet(AccessContext ctx, @RequestParam("ref") String reference, Model model) {
        screens.require(ctx, WorkScreen.AUDIT);
        model.addAttribute("reference", Bounds.atMost("ref", reference, 100));
        var ids = audit.idSet(ctx, reference);
        model.addAttribute("total", ids.size());
        model.addAttribute("ids", ids.subList(0, Math.min(ids.size(), MAX_IDS)));
        return "werkbank/id-set";
    }

    private static <T> java.util.List<T> latest(java.util.List<T> rows) {
        return rows.subList(Math.max(0, rows.size() - MAX_ROWS), rows.size());
    }
}
