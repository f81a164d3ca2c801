package nl.gedeeldbeeld.policy.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a caller records: the fields of the Logboek Dataverwerkingen standard (the Dutch government's
 * standard for logging processing of personal data: trace id, operation, processing activity, who, for
 * which organisation and purpose, on which legal basis, about which data subjects/objects, with which
 * outcome, when). The log adds sequence number and hashes to make it an {@link AuditEvent}. Fields that do
 * not apply are empty strings (an ADMIN change has no purpose), never null.
 *
 * @param spanId             the operation within the trace (W3C trace context span id or a name)
 * @param processingActivity the entry of the register of processing activities (verwerkingsactiviteit)
 * @param actor              user id, or a system component for imports
 * @param objectIds          entity ids the event concerns (data subjects and objects)
 * @param decision           ALLOW / REDACT / DENY for decisions and reads, else a short outcome
 * @param detail             the rule and agreement that decided, or what changed; never personal data
 * @param outboxId           the audit outbox entry the record was written through ({@link AuditOutbox}), so a
 *                           drain after a crash can tell it is already in the chain; empty for records
 *                           appended directly (reads, decisions)
 */
public record AuditRecord(Instant time, String traceId, String spanId, String processingActivity, String actor,
                          String organisation, String purpose, String legalBasis, AuditAction action,
                          List<String> objectIds, String decision, String detail, String outboxId) {

    /** A record appended directly, not through the outbox. */
    public AuditRecord(Instant time, String traceId, String spanId, String processingActivity, String actor,
                       String organisation, String purpose, String legalBasis, AuditAction action,
                       List<String> objectIds, String decision, String detail) {
        this(time, traceId, spanId, processingActivity, actor, organisation, purpose, legalBasis, action, objectIds,
                decision, detail, "");
    }

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(processingActivity, "processingActivity");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(action, "action");
        objectIds = List.copyOf(objectIds);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(outboxId, "outboxId");
        if (traceId.isBlank() || actor.isBlank()) {
            throw new IllegalArgumentException("an audit record names its trace id and actor");
        }
    }

    /** The same record, written through the outbox entry {@code id}. */
    public AuditRecord withOutboxId(String id) {
        return new AuditRecord(time, traceId, spanId, processingActivity, actor, organisation, purpose, legalBasis,
                action, objectIds, decision, detail, id);
    }
}
