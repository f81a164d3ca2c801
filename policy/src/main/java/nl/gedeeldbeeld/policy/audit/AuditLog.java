package nl.gedeeldbeeld.policy.audit;

import java.util.Collection;
import java.util.List;

/**
 * An append-only, hash-chained log of audit events. Appends are serialised: the log assigns the next
 * sequence number and chains the event to the last one. Kept apart from the data it describes (its own
 * file or table), so purging entity data never touches the record that it was seen.
 */
public interface AuditLog extends AuditSource, AutoCloseable {

    /** Chains and stores the record; returns the event as stored. */
    AuditEvent append(AuditRecord record);

    /**
     * Keeps these ids as an {@link AuditIdSets id set}, durably, and returns the reference an event names
     * instead of the ids themselves; call before appending that event.
     */
    String storeIdSet(Collection<String> ids);

    /** Makes every appended event durable; call before a response that depends on them completes. */
    void flush();

    /** Sequence number of the last event; 0 when empty. */
    long lastSequence();

    /** Hash of the last event; {@link AuditEvent#GENESIS} when empty. */
    String lastHash();

    /** Events with sequence numbers in [from, to], in order. */
    List<AuditEvent> read(long fromSequence, long toSequence);

    @Override
    void close();
}
