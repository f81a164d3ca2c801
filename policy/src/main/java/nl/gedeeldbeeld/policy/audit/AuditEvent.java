package nl.gedeeldbeeld.policy.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One link of the audit chain: an {@link AuditRecord}'s fields plus its position ({@code sequence}, from 1),
 * the hash of the event before it ({@link #GENESIS} for the first) and its own hash, the SHA-256 of its
 * canonical JSON (see {@link AuditJson}). Changing, removing or moving any event breaks the link after it.
 * {@code outboxId} is the {@link AuditOutbox} entry a write's event came through, empty otherwise.
 */
public record AuditEvent(long sequence, Instant time, String traceId, String spanId, String processingActivity,
                         String actor, String organisation, String purpose, String legalBasis, AuditAction action,
                         List<String> objectIds, String decision, String detail, String outboxId, String previousHash,
                         String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** An event of a record appended directly (no outbox entry). */
    public AuditEvent(long sequence, Instant time, String traceId, String spanId, String processingActivity,
                      String actor, String organisation, String purpose, String legalBasis, AuditAction action,
                      List<String> objectIds, String decision, String detail, String previousHash, String hash) {
        this(sequence, time, traceId, spanId, processingActivity, actor, organisation, purpose, legalBasis, action,
                objectIds, decision, detail, "", previousHash, hash);
    }

    public AuditEvent {
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
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The event that follows {@code previousHash} at {@code sequence}, with its hash computed. */
    public static AuditEvent chain(long sequence, AuditRecord r, String previousHash) {
        AuditEvent unhashed = new AuditEvent(sequence, r.time(), r.traceId(), r.spanId(), r.processingActivity(),
                r.actor(), r.organisation(), r.purpose(), r.legalBasis(), r.action(), r.objectIds(), r.decision(),
                r.detail(), r.outboxId(), previousHash, "");
        return unhashed.withHash(AuditJson.computeHash(unhashed));
    }

    AuditEvent withHash(String newHash) {
        return new AuditEvent(sequence, time, traceId, spanId, processingActivity, actor, organisation, purpose,
                legalBasis, action, objectIds, decision, detail, outboxId, previousHash, newHash);
    }

    public AuditRecord record() {
        return new AuditRecord(time, traceId, spanId, processingActivity, actor, organisation, purpose, legalBasis,
                action, objectIds, decision, detail, outboxId);
    }
}
