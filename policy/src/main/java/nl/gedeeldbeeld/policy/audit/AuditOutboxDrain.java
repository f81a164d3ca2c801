package nl.gedeeldbeeld.policy.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves {@link AuditOutbox} entries into the chain exactly once.
 *
 * <p>Each entry is appended first and removed after, never the other way round: removing first would lose
 * the event to a kill between the two, which is what the outbox exists to prevent. A kill after the append
 * but before the remove leaves an entry whose event is already chained; the drain recognises it by the
 * entry id the event carries ({@link AuditRecord#outboxId()}), looking only at the chain's tail after the
 * entry's {@code chainAfter} (the log's last sequence when the entry was written, which its event must
 * follow), and then removes it without appending again. This needs no extra database write per event (a
 * "being appended" marker would cost one more transaction per write) and the check is exact, not a guess
 * from equal contents.
 *
 * <p>The open-time {@link #drain} assumes one writer of the chain per store, which the log's file lock
 * gives on one machine: it must run before the process serves writes, since a live writer's entries between
 * its commit and its own append would otherwise be appended by both.
 */
public final class AuditOutboxDrain {

    private AuditOutboxDrain() {
    }

    /**
     * Appends every entry left in the outbox whose event is not yet in the chain, in the order they were
     * written, makes them durable and removes the entries.
     *
     * @return how many events were appended (entries already chained are removed, not counted)
     */
    public static int drain(AuditOutbox outbox, AuditLog log) {
        List<AuditOutbox.Entry> pending = outbox.pending();
        if (pending.isEmpty()) {
            return 0;
        }
        long from = pending.stream().mapToLong(AuditOutbox.Entry::chainAfter).min().orElseThrow() + 1;
        Set<String> chained = new HashSet<>();
        long last = log.lastSequence();
        if (from <= last) {
            for (AuditEvent e : log.read(from, last)) {
                if (!e.outboxId().isEmpty()) {
                    chained.add(e.outboxId());
                }
            }
        }
        int appended = 0;
        for (AuditOutbox.Entry entry : pending) {
            if (!chained.contains(entry.id())) {
                log.append(entry.record());
                appended++;
            }
        }
        log.flush();
        outbox.remove(pending.stream().map(AuditOutbox.Entry::id).toList());
        return appended;
    }

    /**
     * The normal path after a write's commit: appends the write's own entries (no other process can have
     * chained them yet), makes them durable, removes them. Should the append fail, the entries stay and the
     * next open's {@link #drain} chains them.
     */
    public static void chain(AuditOutbox outbox, AuditLog log, List<AuditOutbox.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        for (AuditOutbox.Entry entry : entries) {
            log.append(entry.record());
        }
        log.flush();
        outbox.remove(entries.stream().map(AuditOutbox.Entry::id).toList());
    }
}
