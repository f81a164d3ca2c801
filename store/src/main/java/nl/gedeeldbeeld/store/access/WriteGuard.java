package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteDecisionPoint;
import nl.gedeeldbeeld.policy.write.WriteRequest;

/**
 * Asks the {@link WriteDecisionPoint} before a governed write and records its answer in the audit log (a
 * DECIDE event naming the write rule, whether it allowed, refused or made the write wait for consent),
 * forced to disk before the write goes ahead or the refusal reaches the user. A refusal is thrown as an
 * {@code AccessRefusedException}; the write's own event (ADMIN, WRITE, EXPORT) follows as before and names
 * the same rule.
 */
public final class WriteGuard {
    private final WriteDecisionPoint decisions;
    private final AuditLog audit;
    private final Clock clock;

    public WriteGuard(WriteDecisionPoint decisions, AuditLog audit, Clock clock) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public WriteDecisionPoint decisions() {
        return decisions;
    }

    /** The decision (ALLOW or PENDING_CONSENT), audited; a refusal is audited and thrown. */
    public WriteDecision check(AccessContext ctx, WriteRequest request, Collection<String> objectIds) {
        WriteDecision decision = decisions.decide(ctx, request);
        audit.append(AccessAudit.record(ctx, "write-" + request.action().name().toLowerCase(java.util.Locale.ROOT),
                AuditAction.DECIDE, List.copyOf(objectIds), decision.outcome().name(), decision.auditDetail(),
                clock.instant()));
        audit.flush();
        return decision.orThrow();
    }
}
