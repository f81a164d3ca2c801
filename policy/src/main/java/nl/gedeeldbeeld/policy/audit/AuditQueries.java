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
 *
 * <p>"What did this user see" also answers what the user did to widen what is seen (finding 17): a search
 * that found nothing (a READ naming no entity: the question asked is itself processing), the writes that open
 * access (joint cases, confirmed hits, judgements, protection flags, holds: WRITE and ADMIN events) and
 * requests refused outright ({@link #REFUSED}). Alerts stay out: that an entity is protected is the owning
 * unit's to know, not the officer of whoever touched it.
 */
public final class AuditQueries {
    private static final Set<AuditAction> LOOKS = EnumSet.of(AuditAction.READ, AuditAction.EXPORT);
    private static final Set<AuditAction> DOINGS = EnumSet.of(AuditAction.READ, AuditAction.EXPORT, AuditAction.WRITE,
            AuditAction.ADMIN);
    /** The span id of a DECIDE event that records a request refused as a whole (a 403). */
    public static final String REFUSED = "request-refused";

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

    /**
     * One entity a user saw (or tried to, or acted on), when and how. {@code objectId} is empty for an event
     * that named no entity (a search without hits, a refused request), and an {@link AuditIdSets} reference
     * for a large view ({@code detail} has its count; {@link #idSet} gives the ids). {@code activity} is the
     * event's span (search, entity-profile, network-view, sharing-registers …); {@code detail} what it records.
     */
    public record Seen(String objectId, Instant time, AuditAction action, String decision, String traceId,
                       long sequence, String activity, String detail) {
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

    /**
     * Everything the user looked at, changed or was refused under the purpose: one row per (event, entity),
     * one row with an empty id for an event that named none, in log order.
     */
    public List<Seen> whatDidUserSee(String actor, String purpose) {
        List<Seen> result = new ArrayList<>();
        for (AuditEvent e : log.findByActorAndPurpose(actor, purpose)) {
            boolean refused = e.action() == AuditAction.DECIDE && REFUSED.equals(e.spanId());
            if (!DOINGS.contains(e.action()) && !refused) {
                continue;
            }
            if (e.objectIds().isEmpty()) {
                result.add(seen("", e));
            }
            for (String id : e.objectIds()) {
                result.add(seen(aliases.currentId(id), e));
            }
        }
        result.sort(Comparator.comparingLong(Seen::sequence));
        return result;
    }

    /** The ids of an id set a row names; empty when the set is unknown or its file no longer intact. */
    public java.util.Optional<List<String>> idSet(String reference) {
        return AuditIdSets.isReference(reference) ? log.idSet(reference) : java.util.Optional.empty();
    }

    private static Seen seen(String id, AuditEvent e) {
        return new Seen(id, e.time(), e.action(), e.decision(), e.traceId(), e.sequence(), e.spanId(), e.detail());
    }
}
