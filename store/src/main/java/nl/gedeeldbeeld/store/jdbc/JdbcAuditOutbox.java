package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.audit.AuditJson;
import nl.gedeeldbeeld.policy.audit.AuditOutbox;
import nl.gedeeldbeeld.policy.audit.AuditRecord;

/**
 * {@link AuditOutbox} in the {@code audit_outbox} table, and the transaction that writes a governed change
 * and its outbox rows together ({@link #commit}).
 */
public final class JdbcAuditOutbox implements AuditOutbox {
    private final DataSource dataSource;

    JdbcAuditOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #commit} committed: the writes' result and the outbox entries of their records. */
    public record Committed<T>(T result, List<Entry> entries) {
        public Committed {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Runs the writes in one transaction that every store call inside them joins (registers, holds, batches:
     * anything on this store's data source in this thread), adds the records {@code audit} makes of their
     * result as outbox rows, and commits it all at once. Nothing is chained here; the caller appends the
     * entries after the commit.
     *
     * @param chainAfter the audit log's last sequence now (see {@link Entry#chainAfter()})
     */
    public <T> Committed<T> commit(String operation, long chainAfter, Supplier<T> writes,
                                   Function<? super T, List<AuditRecord>> audit) {
        return Jdbc.inSharedTransaction(dataSource, operation, c -> {
            T result = writes.get();
            List<Entry> entries = new ArrayList<>();
            for (AuditRecord r : audit.apply(result)) {
                String id = UUID.randomUUID().toString();
                entries.add(new Entry(id, chainAfter, r.withOutboxId(id)));
            }
            insert(c, entries);
            return new Committed<>(result, entries);
        });
    }

    /** True while the calling thread is inside a {@link #commit} of this store. */
    public boolean inCommit() {
        return Jdbc.inSharedTransaction(dataSource);
    }

    private static void insert(Connection c, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_outbox (entry_id, chain_after, audit_record, recorded_at) VALUES (?, ?, ?, ?)")) {
            Instant now = Instant.now();
            for (Entry e : entries) {
                ps.setString(1, e.id());
                ps.setLong(2, e.chainAfter());
                ps.setString(3, AuditJson.recordLine(e.record()));
                ps.setObject(4, StatementRows.timestamp(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Entry> pending() {
        return Jdbc.read(dataSource, "reading the audit outbox", c -> Jdbc.query(c,
                "SELECT entry_id, chain_after, audit_record FROM audit_outbox ORDER BY entry_no", ps -> { }, rs -> {
                    AuditRecord record;
                    try {
                        record = AuditJson.parseRecord(rs.getString(3));
                    } catch (IllegalArgumentException e) {
                        throw new SQLException("audit outbox entry " + rs.getString(1) + " is not an audit record: "
                                + e.getMessage(), e);
                    }
                    return new Entry(rs.getString(1), rs.getLong(2), record);
                }));
    }

    @Override
    public void remove(Collection<String> ids) {
        Jdbc.deleteWhereIn(dataSource, "removing chained audit outbox entries", "audit_outbox", "entry_id", ids);
    }
}
