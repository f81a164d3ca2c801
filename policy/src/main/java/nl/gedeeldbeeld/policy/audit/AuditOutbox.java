package nl.gedeeldbeeld.policy.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where a governed write leaves its audit records, in the same transaction as the write itself, until they
 * are in the chain. The file chain cannot take part in a database transaction, so a write that committed and
 * then appended could lose its event to a kill between the two; with the outbox the record commits or rolls
 * back with the write, and {@link AuditOutboxDrain} moves it into the chain after the commit, or on the next
 * open when the process died first. The store implements it (a table); the rules of draining live here.
 */
public interface AuditOutbox {

    /**
     * One record waiting for the chain.
     *
     * @param id         unique over the outbox's whole life (never reused), carried into the chained event as
     *                   {@link AuditRecord#outboxId()} so a drain can see the event is already there
     * @param chainAfter the log's last sequence when the entry was written: its event, if appended, lies
     *                   after it, which bounds how much of the chain's tail a drain must read
     * @param record     the record, with {@code outboxId} equal to {@code id}
     */
    record Entry(String id, long chainAfter, AuditRecord record) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(record, "record");
            if (id.isBlank() || !record.outboxId().equals(id)) {
                throw new IllegalArgumentException("an outbox entry carries its id in its record");
            }
            if (chainAfter < 0) {
                throw new IllegalArgumentException("chainAfter is a sequence number, 0 or more");
            }
        }
    }

    /** The entries not yet removed, in the order they were written. */
    List<Entry> pending();

    /** Forgets entries whose events are in the chain. */
    void remove(Collection<String> ids);
}
