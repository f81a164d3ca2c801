package nl.gedeeldbeeld.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditOutboxDrain;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.store.jdbc.JdbcAuditOutbox;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Governed writes with their audit events in the same transaction: the write and its audit records (as
 * {@code audit_outbox} rows) commit together, then the records are appended to the chain and the rows
 * deleted. A process killed between the commit and the append loses neither: the rows stay, and the next
 * {@link #open} drains them into the chain exactly once ({@link AuditOutboxDrain}). Reads and decisions are
 * not writes and keep appending directly through the log's buffered writer.
 *
 * <p>Opened once per process over the store and the audit log, before it serves anything: every command and
 * the application that opens both goes through here (via {@code AccessLayer.over} or the importer's wiring),
 * so no crash's leftovers wait longer than the next start.
 */
public final class AuditedWrites {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedWrites.class);

    /**
     * Test hook (a system property, never set in production): when set, the process prints its value on stdout
     * after the write's commit and before the append, then hangs, so a test can kill it at exactly that
     * point. It first waits three seconds, because H2 writes a committed transaction to its file up to a
     * second later and a kill inside that second would lose write and record alike (consistent, but not the
     * case under test).
     */
    public static final String HANG_AFTER_COMMIT = "gb.test.hangAfterAuditedCommit";

    /** Records of audited writes made inside another one's writes, chained with the outer write's. */
    private static final ThreadLocal<List<AuditRecord>> NESTED = new ThreadLocal<>();

    private final JdbcAuditOutbox outbox;
    private final AuditLog log;

    private AuditedWrites(JdbcAuditOutbox outbox, AuditLog log) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The audited writes of this store into this log, after draining what a killed process left in the outbox. */
    public static AuditedWrites open(JdbcStatementStore store, AuditLog log) {
        AuditedWrites writes = new AuditedWrites(store.auditOutbox(), log);
        int drained = AuditOutboxDrain.drain(writes.outbox, log);
        if (drained > 0) {
            LOG.warn("audit log lagged the store by {} write events (a process stopped between a write and its audit "
                    + "append); appended them now", drained);
        }
        return writes;
    }

    public AuditLog log() {
        return log;
    }

    /** Runs the writes, with these records, in one transaction; then chains the records. */
    public void write(String operation, Runnable writes, List<AuditRecord> records) {
        write(operation, () -> {
            writes.run();
            return null;
        }, result -> records);
    }

    /**
     * Runs the writes and stores the records {@code audit} makes of their result in one transaction (every
     * store call inside {@code writes} on this thread joins it), then appends the records to the chain,
     * forced to disk, and removes them from the outbox.
     */
    public <T> T write(String operation, Supplier<T> writes, Function<? super T, List<AuditRecord>> audit) {
        List<AuditRecord> outer = NESTED.get();
        if (outer != null) {
            T result = writes.get();
            outer.addAll(audit.apply(result));
            return result;
        }
        List<AuditRecord> nested = new ArrayList<>();
        NESTED.set(nested);
        JdbcAuditOutbox.Committed<T> committed;
        try {
            committed = outbox.commit(operation, log.lastSequence(), writes, result -> {
                List<AuditRecord> all = new ArrayList<>(nested);
                all.addAll(audit.apply(result));
                return all;
            });
        } finally {
            NESTED.remove();
        }
        hangIfTesting();
        AuditOutboxDrain.chain(outbox, log, committed.entries());
        return committed.result();
    }

    private static void hangIfTesting() {
        String marker = System.getProperty(HANG_AFTER_COMMIT);
        if (marker == null || marker.isEmpty()) {
            return;
        }
        try {
            Thread.sleep(3_000);
            System.out.println(marker);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
