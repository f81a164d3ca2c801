package nl.gedeeldbeeld.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.store.EntityChecks;
import nl.gedeeldbeeld.store.PolicyFilteredReads;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.VisibleStatements;

/**
 * {@link PolicyFilteredReads} over the statements table, on H2 and PostgreSQL with the same SQL. Per chunk
 * of entities two queries: the visible statements in full, and for the masked ones only their coordinates
 * ({@code SELECT DISTINCT entity_id, schema, property, dataset, partner, regime}), so a withheld value is
 * never read out of the database and the number of withheld values is not revealed. The predicates come
 * from {@link SliceFilter}; every value is a bind parameter.
 */
public final class JdbcPolicyFilteredReads implements PolicyFilteredReads {
    /** Entities per query: keeps the per-grant entity lists and the array parameters small. */
    static final int ENTITY_CHUNK = 500;
    private static final String MASKED_COLUMNS = "entity_id, schema, property, dataset, partner, regime";

    private final DataSource dataSource;

    public JdbcPolicyFilteredReads(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public VisibleStatements visibleStatementsOf(AllowedSlices slices, EntityChecks checks, Collection<String> entityIds) {
        Objects.requireNonNull(slices, "slices");
        Objects.requireNonNull(checks, "checks");
        List<String> ids = entityIds.stream().map(id -> Objects.requireNonNull(id, "entity id")).distinct().toList();
        if (ids.isEmpty() || slices.isEmpty()) {
            return VisibleStatements.none();
        }
        return Jdbc.read(dataSource, "reading visible statements", c -> {
            Map<String, List<Statement>> statements = new LinkedHashMap<>();
            Map<String, List<RedactedProperty>> masked = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += ENTITY_CHUNK) {
                SliceFilter filter = SliceFilter.of(slices, checks, ids.subList(from, Math.min(ids.size(), from + ENTITY_CHUNK)));
                readVisible(c, filter.visible(), statements);
                readMasked(c, filter.masked(), masked);
            }
            return new VisibleStatements(statements, masked);
        });
    }

    private static void readVisible(Connection c, SqlPredicate where, Map<String, List<Statement>> into)
            throws SQLException {
        if (where.isFalse()) {
            return;
        }
        query(c, StatementRows.SELECT + " WHERE " + where.sql() + " ORDER BY entity_id, first_seen, id", where, rs -> {
            Statement s = StatementRows.read(rs);
            into.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s);
        });
    }

    private static void readMasked(Connection c, SqlPredicate where, Map<String, List<RedactedProperty>> into)
            throws SQLException {
        if (where.isFalse()) {
            return;
        }
        query(c, "SELECT DISTINCT " + MASKED_COLUMNS + " FROM statements WHERE " + where.sql() + " ORDER BY "
                + MASKED_COLUMNS, where, rs -> {
            RedactedProperty p = new RedactedProperty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6));
            into.computeIfAbsent(p.entityId(), k -> new ArrayList<>()).add(p);
        });
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, SqlPredicate where, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Array> arrays = where.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            } finally {
                for (Array a : arrays) {
                    a.free();
                }
            }
        }
    }
}
