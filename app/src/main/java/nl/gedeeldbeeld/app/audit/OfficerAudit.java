package nl.gedeeldbeeld.app.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditIdSets;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.audit.EntityIdAliases;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.store.Storage;
import org.springframework.stereotype.Component;

/**
 * The privacy officer's questions to the audit log, under purpose VERANTWOORDING, for the API and the audit
 * screen alike: who looked at entity X (and under which purpose, legal basis and agreement), what did user Y
 * see (and do) under purpose Z, and which ids a large view named. An officer answers for their own
 * organisation, so every answer is limited to actors of that organisation: another partner's interest in an
 * entity is that partner's to account for, and telling it would itself share information.
 *
 * <p>A user name that does not exist and one of another organisation get the same refusal with the same text
 * (finding 17): a different answer would tell which user names exist elsewhere.
 */
@Component
public class OfficerAudit {
    /** The purpose under which audit questions are answered. */
    public static final String PURPOSE = "VERANTWOORDING";
    private static final Set<AuditAction> LOOKS = EnumSet.of(AuditAction.READ, AuditAction.EXPORT);

    private final AuditQueries queries;
    private final AuditLog log;
    private final PolicyCatalogue catalogue;
    private final EntityIdAliases aliases;

    /** Events written before migration V7 name entities by their old ids; the store's history translates them. */
    OfficerAudit(AuditLog log, PolicyCatalogue catalogue, Storage storage) {
        this.aliases = storage.store().idHistory();
        this.queries = new AuditQueries(log, aliases);
        this.log = log;
        this.catalogue = catalogue;
    }

    /** Who of the officer's organisation looked at the entity, per (actor, purpose). */
    public List<AuditQueries.Look> whoLookedAt(AccessContext ctx, String entityId) {
        require(ctx);
        return queries.whoLookedAt(entityId).stream().filter(l -> l.organisation().equals(ctx.organisation().code())).toList();
    }

    /**
     * Every look of the officer's organisation at the entity, oldest first, each with its purpose, legal basis
     * and its detail, which names the rule and the agreement (convenant) under which each value was shown.
     */
    public List<AuditEvent> looksAt(AccessContext ctx, String entityId) {
        require(ctx);
        String current = aliases.currentId(entityId);
        Map<Long, AuditEvent> events = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(aliases.formerIds(current));
        ids.add(current);
        for (String id : ids) {
            log.findByObjectId(id).stream().filter(e -> LOOKS.contains(e.action()))
                    .filter(e -> e.organisation().equals(ctx.organisation().code()))
                    .forEach(e -> events.putIfAbsent(e.sequence(), e));
        }
        return events.values().stream().sorted(Comparator.comparingLong(AuditEvent::sequence)).toList();
    }

    /** What a user of the officer's organisation saw and did under the purpose. */
    public List<AuditQueries.Seen> whatDidUserSee(AccessContext ctx, String user, String purpose) {
        require(ctx);
        nl.gedeeldbeeld.app.problem.Bounds.atMost("purpose", purpose, 100);
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
    public List<String> idSet(AccessContext ctx, String reference) {
        require(ctx);
        if (!AuditIdSets.isReference(reference)) {
            throw new UserInputException("an id set is named idset:sha256: and 64 hex digits, got '"
                    + (reference.length() > 100 ? reference.substring(0, 100) + "…" : reference) + "'");
        }
        String org = ctx.organisation().code();
        boolean ours = log.findByObjectId(reference).stream().map(AuditEvent::organisation).anyMatch(org::equals);
        List<String> ids = ours ? queries.idSet(reference).orElse(null) : null;
        if (ids == null) {
            throw new AccessRefusedException("no id set " + reference + " read by " + org + " (or its file is not intact; "
                    + "run gb audit verify)");
        }
        return ids;
    }

    private static String notOurs(String user, AccessContext ctx) {
        return "no user " + (user.length() > 100 ? user.substring(0, 100) + "…" : user) + " of "
                + ctx.organisation().code() + " to answer for";
    }

    private static void require(AccessContext ctx) {
        if (!PURPOSE.equals(ctx.purpose().code())) {
            throw new AccessRefusedException("audit questions are answered under purpose " + PURPOSE);
        }
    }
}
