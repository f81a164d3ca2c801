package nl.gedeeldbeeld.policy.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The questions a privacy officer (functionaris gegevensbescherming) asks of the audit log: who looked at
 * this entity, and what did this user see under this purpose. "Looking" is a READ or EXPORT event; denied
 * attempts are counted apart because attempts matter too.
 */
public final class AuditQueries {
    private static final Set<AuditAction> LOOKS = EnumSet.of(AuditAction.READ, AuditAction.EXPORT);

    private final AuditSource log;
    private final EntityIdAliases aliases;

    public AuditQueries(AuditSource log) {
        this(log, EntityIdAliases.NONE);
    }

    /** Questions that also find, and answer in today's ids, events written under an entity's former ids. */
    public AuditQueries(AuditSource log, EntityIdAliases aliases) {
        this.log = Objects.requireNonNull(log, "log");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** One viewer's looks at an entity under one purpose. */
    public record Look(String actor, String organisation, String purpose, long seen, long denied, Instant first,
                       Instant last) {
    }

    /** One entity a user saw (or tried to), when and how. */
    public record Seen(String objectId, Instant time, AuditAction action, String decision, String traceId,
                       long sequence) {
    }

    /** Who looked at the entity, grouped by (actor, organisation, purpose), in order of first look. */
    public List<Look> whoLookedAt(String entityId) {
        Map<List<String>, Look> byViewer = new LinkedHashMap<>();
        String current = aliases.currentId(entityId);
        List<AuditEvent> events = new ArrayList<>();
        for (String id : aliases.formerIds(current)) {
            events.addAll(log.findByObjectId(id));
        }
        events.addAll(log.findByObjectId(current));
        events.sort(Comparator.comparingLong(AuditEvent::sequence));
        for (AuditEvent e : events) {
            if (!LOOKS.contains(e.action())) {
                continue;
            }
            boolean denied = "DENY".equals(e.decision());
            List<String> key = List.of(e.actor(), e.organisation(), e.purpose());
            Look before = byViewer.get(key);
            byViewer.put(key, before == null
                    ? new Look(e.actor(), e.organisation(), e.purpose(), denied ? 0 : 1, denied ? 1 : 0, e.time(), e.time())
                    : new Look(e.actor(), e.organisation(), e.purpose(), before.seen() + (denied ? 0 : 1),
                            before.denied() + (denied ? 1 : 0), before.first(), e.time()));
        }
        return List.copyOf(byViewer.values());
    }

    /** Every entity the user looked at under the purpose, one row per (event, entity), in log order. */
    public List<Seen> whatDidUserSee(String actor, String purpose) {
        List<Seen> result = new ArrayList<>();
        for (AuditEvent e : log.findByActorAndPurpose(actor, purpose)) {
            if (LOOKS.contains(e.action())) {
                for (String id : e.objectIds()) {
                    result.add(new Seen(aliases.currentId(id), e.time(), e.action(), e.decision(), e.traceId(), e.sequence()));
                }
            }
        }
        result.sort(Comparator.comparingLong(Seen::sequence));
        return result;
    }
}
