package nl.gedeeldbeeld.app.audit;

import java.util.List;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditIdSets;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.store.Storage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy officer's questions to the audit log, under purpose VERANTWOORDING: who looked at entity X,
 * what did user Y see (and do) under purpose Z, and which ids a large view named. An officer answers for
 * their own organisation, so every answer is limited to actors of that organisation: another partner's
 * interest in an entity is that partner's to account for, and telling it would itself share information.
 *
 * <p>A user name that does not exist and one of another organisation get the same 403 with the same text
 * (finding 17): a different answer would tell which user names exist elsewhere.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditQueries queries;
    private final AuditLog log;
    private final PolicyCatalogue catalogue;

    /** Events written before migration V7 name entities by their old ids; the store's history translates them. */
    AuditController(AuditLog log, PolicyCatalogue catalogue, Storage storage) {
        this.queries = new AuditQueries(log, storage.store().idHistory());
        this.log = log;
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
        Bounds.atMost("purpose", purpose, 100);
        boolean ours = catalogue.user(user).map(u -> u.organisation().equals(ctx.organisation().code())).orElse(false);
        if (!ours) {
            throw new AccessRefusedException(notOurs(user, ctx));
        }
        return queries.whatDidUserSee(user, purpose);
    }

    /**
     * The ids of a large view's id set ({@code idset:sha256:…} in a row of "what did user Y see"), only when
     * an actor of the officer's own organisation read it.
     */
    @GetMapping("/id-sets/{reference}")
    IdSetDocument idSet(AccessContext ctx, @PathVariable String reference) {
        require(ctx);
        if (!AuditIdSets.isReference(reference)) {
            throw new UserInputException("an id set is named idset:sha256: and 64 hex digits, got '"
                    + Bounds.atMost("reference", reference, 100) + "'");
        }
        String org = ctx.organisation().code();
        boolean ours = log.findByObjectId(reference).stream().map(AuditEvent::organisation).anyMatch(org::equals);
        List<String> ids = ours ? queries.idSet(reference).orElse(null) : null;
        if (ids == null) {
            throw new AccessRefusedException("no id set " + reference + " read by " + org + " (or its file is not intact; "
                    + "run gb audit verify)");
        }
        return new IdSetDocument(reference, ids.size(), ids);
    }

    record IdSetDocument(String reference, int count, List<String> ids) {
    }

    private static String notOurs(String user, AccessContext ctx) {
        return "no user " + (user.length() > 100 ? user.substring(0, 100) + "…" : user) + " of "
                + ctx.organisation().code() + " to answer for";
    }

    private static void require(AccessContext ctx) {
        if (!"VERANTWOORDING".equals(ctx.purpose().code())) {
            throw new AccessRefusedException("audit questions are answered under purpose VERANTWOORDING");
        }
    }
}
