package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditIdSets;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.Slice;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import nl.gedeeldbeeld.store.EntityChecks;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.VisibleStatements;

/**
 * Writes the one audit event of a read: which entities were returned and, per rule and agreement, how
 * many values each decision let through or withheld. One event per request rather than one per
 * statement: it names every decision that shaped the answer, and a profile of thirty values stays one line
 * a privacy officer can read. Values denied are not counted: the store never read them, which is the point.
 * A read of more than {@link AuditIdSets#INLINE_MAX} entities (an analysis view) names an id set instead of
 * every id, so the line stays small and "who looked at X" still finds X.
 */
final class ReadAudit {
    private final PolicyDecisionPoint decisions;
    private final AuditLog log;
    private final Clock clock;

    ReadAudit(PolicyDecisionPoint decisions, AuditLog log, Clock clock) {
        this.decisions = decisions;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Each returned value is attributed to the grant that let it through, with the request's own register
     * answers; only a value no grant explains (none should exist) is decided again, so that the count still
     * names the rule that applies.
     */
    void read(AccessContext ctx, String activity, Collection<String> entityIds, String what, AllowedSlices slices,
              EntityChecks checks, VisibleStatements visible) {
        write(ctx, activity, entityIds, what, visible, summarise(ctx, slices, checks, visible));
    }

    /**
     * What a read let through, per rule and agreement, and what it withheld: the part of the event that depends
     * only on the answer and the slice, so a cached projection keeps it and writes the same event again.
     */
    String summarise(AccessContext ctx, AllowedSlices slices, EntityChecks checks, VisibleStatements visible) {
        Map<String, Integer> allowed = new TreeMap<>();
        for (List<Statement> statements : visible.statements().values()) {
            for (Statement s : statements) {
                Optional<SliceGrant> grant = slices.grantFor(Slice.of(s), checks.conditionsFor(s.entityId()));
                String key;
                if (grant.isPresent()) {
                    key = "ALLOW " + grant.get().rule() + grant.get().agreement().map(a -> " " + a).orElse("");
                } else {
                    Decision d = decisions.decide(ctx, s);
                    key = d.outcome() + " " + d.rule() + d.agreement().map(a -> " " + a).orElse("");
                }
                allowed.merge(key, 1, Integer::sum);
            }
        }
        Map<String, TreeSet<String>> redacted = new TreeMap<>();
        for (List<RedactedProperty> properties : visible.redacted().values()) {
            for (RedactedProperty p : properties) {
                redacted.computeIfAbsent(redactingAgreement(slices, p), k -> new TreeSet<>()).add(p.schema() + ":" + p.property());
            }
        }
        StringBuilder detail = new StringBuilder();
        allowed.forEach((rule, n) -> detail.append("; ").append(rule).append(" x").append(n));
        redacted.forEach((agreement, props) -> detail.append("; REDACT ").append(agreement).append(" ").append(props));
        return detail.toString();
    }

    /** The event of one read, with the summary {@link #summarise} gave for its answer. */
    void write(AccessContext ctx, String activity, Collection<String> entityIds, String what, VisibleStatements visible,
               String summary) {
        write(ctx, activity, named(entityIds), what, visible, summary);
    }

    /**
     * The entities a read names, as its event names them: the ids themselves, or above
     * {@link AuditIdSets#INLINE_MAX} one id set (its side file written now, before any event refers to it). A kept
     * answer keeps this too, so the same 75,000 ids are not sorted and hashed again for every request that gets
     * that answer; the side file is content-addressed, so the set written once is the set every such event names.
     */
    Named named(Collection<String> entityIds) {
        List<String> ids = List.copyOf(entityIds);
        if (ids.size() > AuditIdSets.INLINE_MAX) {
            return new Named(ids.size(), List.of(log.storeIdSet(ids)), true);
        }
        return new Named(ids.size(), ids, false);
    }

    /** What an event names: {@code count} entities, as these ids or as one id-set reference. */
    record Named(int count, List<String> ids, boolean asSet) {
        Named {
            ids = List.copyOf(ids);
        }
    }

    /** The event of one read naming these entities ({@link #named}), with the summary of its answer. */
    void write(AccessContext ctx, String activity, Named named, String what, VisibleStatements visible, String summary) {
        StringBuilder detail = new StringBuilder(what).append(summary);
        // A read that named no entity (a search without hits) denied nothing: NONE, not DENY.
        String outcome = named.count() == 0 ? "NONE" : visible.isEmpty() ? "DENY" : visible.redacted().isEmpty() ? "ALLOW" : "REDACT";
        if (named.asSet()) {
            // A view of thousands of entities names one id set instead (count and digest here, ids beside the log).
            detail.append("; ids=").append(named.count());
        }
        log.append(AccessAudit.record(ctx, activity, AuditAction.READ, named.ids(), outcome, detail.toString(), clock.instant()));
        log.flush();
    }

    private static String redactingAgreement(AllowedSlices slices, RedactedProperty p) {
        Slice slice = new Slice(p.partner(), p.regime(), p.schema(), p.property());
        return slices.grants().stream().filter(g -> g.covers(slice) && g.redactsProperty(p.property()))
                .map(SliceGrant::agreement).flatMap(Optional::stream).map(Object::toString)
                .findFirst().orElse("AGREEMENT");
    }
}
