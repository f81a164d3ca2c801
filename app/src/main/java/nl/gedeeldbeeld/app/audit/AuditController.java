package nl.gedeeldbeeld.app.audit;

import java.util.List;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy officer's questions to the audit log over the API, under purpose VERANTWOORDING: who looked at
 * entity X, what did user Y see (and do) under purpose Z, and which ids a large view named. The answers, and
 * their limit to the officer's own organisation, are {@link OfficerAudit}'s, which the audit screen uses too.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final OfficerAudit audit;

    AuditController(OfficerAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/entities/{id}/lookups")
    List<AuditQueries.Look> whoLookedAt(AccessContext ctx, @PathVariable String id) {
        return audit.whoLookedAt(ctx, id);
    }

    @GetMapping("/users/{user}/reads")
    List<AuditQueries.Seen> whatDidUserSee(AccessContext ctx, @PathVariable String user,
                                           @RequestParam(name = "purpose") String purpose) {
        return audit.whatDidUserSee(ctx, user, purpose);
    }

    /**
     * The ids of a large view's id set ({@code idset:sha256:…} in a row of "what did user Y see"), only when
     * an actor of the officer's own organisation read it.
     */
    @GetMapping("/id-sets/{reference}")
    IdSetDocument idSet(AccessContext ctx, @PathVariable String reference) {
        List<String> ids = audit.idSet(ctx, reference);
        return new IdSetDocument(reference, ids.size(), ids);
    }

    record IdSetDocument(String reference, int count, List<String> ids) {
    }
}
