package nl.gedeeldbeeld.policy.decision;

import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;

/**
 * Turns what happened in a request into audit records, filling the Logboek Dataverwerkingen fields from
 * the access context: actor, organisation, purpose, its legal basis and processing activity, trace id.
 * The detail names rules and agreements only, never values, so the log holds no more personal data than
 * the entity ids it must hold.
 */
public final class AccessAudit {

    private AccessAudit() {
    }

    /** A policy decision on one statement. */
    public static AuditRecord decided(AccessContext ctx, String spanId, Statement statement, Decision decision, Instant at) {
        return record(ctx, spanId, AuditAction.DECIDE, List.of(statement.entityId()), decision.outcome(),
                decision.rule() + decision.agreement().map(a -> " " + a).orElse("") + ": " + decision.reason()
                        + " [" + statement.schema() + ":" + statement.property() + "]", at);
    }

    /** Entities shown or returned to the user, with the overall outcome (ALLOW, REDACT or DENY). */
    public static AuditRecord read(AccessContext ctx, String spanId, List<String> entityIds, String outcome,
                                   String detail, Instant at) {
        return record(ctx, spanId, AuditAction.READ, entityIds, outcome, detail, at);
    }

    /**
     * A request refused as a whole (403): who asked, for which declared purpose, and why it was refused. There
     * may be no context to take the fields from (the purpose itself was refused), so they are given; a
     * purpose that exists lends its processing activity and legal basis.
     */
    public static AuditRecord refused(String traceId, String actor, String organisation, String purposeCode,
                                      java.util.Optional<nl.gedeeldbeeld.policy.Purpose> purpose, String detail, Instant at) {
        return new AuditRecord(at, traceId, nl.gedeeldbeeld.policy.audit.AuditQueries.REFUSED,
                purpose.map(nl.gedeeldbeeld.policy.Purpose::processingActivity).orElse(""), actor, organisation, purposeCode,
                purpose.map(nl.gedeeldbeeld.policy.Purpose::legalBasis).orElse(""), AuditAction.DECIDE, List.of(), "DENY",
                detail);
    }

    public static AuditRecord record(AccessContext ctx, String spanId, AuditAction action, List<String> entityIds,
                                     String outcome, String detail, Instant at) {
        return new AuditRecord(at, ctx.traceId(), spanId, ctx.purpose().processingActivity(), ctx.user().id(),
                ctx.organisation().code(), ctx.purpose().code(), ctx.purpose().legalBasis(), action, entityIds,
                outcome, detail);
    }
}
