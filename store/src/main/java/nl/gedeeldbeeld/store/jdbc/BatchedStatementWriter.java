package nl.gedeeldbeeld.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * Bulk path through JDBC batches. Where the database understands {@code INSERT … ON CONFLICT DO NOTHING}
 * (PostgreSQL, and H2 in PostgreSQL mode) the batch inserts everything and the per-row update counts say
 * which ids were new; elsewhere it first looks up which ids exist through their entity ids. Known ids then
 * get one batch of last-seen updates, touching only rows whose last-seen actually moves, so re-importing a
 * file does not rewrite the table.
 */
final class BatchedStatementWriter implements StatementWriter {
    private static final int LOOKUP_CHUNK = 1000;

    private final boolean onConflict;

    BatchedStatementWriter(boolean onConflictDoNothing) {
        this.onConflict = onConflictDoNothing;
    }

    @Override
    public long write(Connection c, Collection<Statement> statements) throws SQLException {
        List<Statement> known = new ArrayList<>();
        long inserted = onConflict ? insertSkippingKnown(c, statements, known) : lookUpThenInsert(c, statements, known);
        if (!known.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE statements SET last_seen = ? WHERE entity_id = ? AND id = ? AND last_seen < ?")) {
                for (Statement s : known) {
                    ps.setObject(1, StatementRows.timestamp(s.lastSeen()));
                    ps.setString(2, s.entityId());
                    ps.setString(3, s.id());
                    ps.setObject(4, StatementRows.timestamp(s.lastSeen()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return inserted;
    }

    private static long insertSkippingKnown(Connection c, Collection<Statement> statements, List<Statement> known)
            throws SQLException {
        List<Statement> order = new ArrayList<>(statements);
        try (PreparedStatement ps = c.prepareStatement(StatementRows.INSERT + " ON CONFLICT DO NOTHING")) {
            for (Statement s : order) {
                StatementRows.bind(ps, s);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            long inserted = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    known.add(order.get(i));
                } else {
                    inserted++;
                }
            }
            return inserted;
        }
    }

    private static long lookUpThenInsert(Connection c, Collection<Statement> statements, List<Statement> known)
            throws SQLException {
        Set<String> existing = existingIds(c, statements);
        List<Statement> fresh = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            (existing.contains(s.id()) ? known : fresh).add(s);
        }
        if (!fresh.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(StatementRows.INSERT)) {
                for (Statement s : fresh) {
                    StatementRows.bind(ps, s);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return fresh.size();
    }

    /**
     * The batch's ids already stored, found through their entities: the key is (entity_id, id), so the
     * entity ids are what an index can seek on; the entities' other ids are read and ignored.
     */
    private static Set<String> existingIds(Connection c, Collection<Statement> statements) throws SQLException {
        Set<String> wanted = new HashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        for (Statement s : statements) {
            wanted.add(s.id());
            entities.add(s.entityId());
        }
        List<String> entityIds = new ArrayList<>(entities);
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM statements WHERE entity_id = ANY(?)")) {
            for (int from = 0; from < entityIds.size(); from += LOOKUP_CHUNK) {
                Array array = c.createArrayOf("VARCHAR",
                        entityIds.subList(from, Math.min(entityIds.size(), from + LOOKUP_CHUNK)).toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (wanted.contains(id)) {
                            existing.add(id);
                        }
                    }
                }
                array.free();
            }
        }
        return existing;
    }
}
