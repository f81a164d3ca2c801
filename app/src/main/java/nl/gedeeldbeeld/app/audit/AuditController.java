package nl.gedeeldbeeld.app.audit;

import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.store.Storage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy officer's questions to the audit log, under purpose VERANTWOORDING: who looked at entity X,
 * what did user Y see under purpose Z. An officer answers for their own organisation, so both answers are
 * limited to actors of that organisation: another partner's interest in an entity is that partner's to
 * account for, and telling it would itself share information.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditQueries queries;
    private final PolicyCatalogue catalogue;

    /** Events written before migration V7 name entities by their old ids; the store's history translates them. */
    AuditController(AuditLog log, PolicyCatalogue catalogue, Storage storage) {
        this.queries = new AuditQueries(log, storage.store().idHistory());
        this.catalogue = catalogue;
    }

    @GetMapping("/entities/{id}/lookups")
    List<AuditQueries.Look> whoLookedAt(AccessContext ctx, @PathVariable String id) {
        require(ctx);
        return queries.whoLookedAt(id).stream().filter(l -> l.organisation().equals(ctx.organisation().code())).toList();
    }

    @GetMapping("/users/{user}/reads")
    List<AuditQueries.Seen> whatDidUserSee(AccessContext ctx, @PathVariable String user,
                                           @RequestParam(name = "purpose") String purpose) {
        require(ctx);
        if (!catalogue.requireUser(user).organisation().equals(ctx.organisation().code())) {
            throw new AccessRefusedException("user " + user + " is not of " + ctx.organisation().code());
        }
        return queries.whatDidUserSee(user, purpose);
    }

    private static void require(AccessContext ctx) {
        if (!"VERANTWOORDING".equals(ctx.purpose().code())) {
            throw new AccessRefusedException("audit questions are answered under purpose VERANTWOORDING");
        }
    }
}
