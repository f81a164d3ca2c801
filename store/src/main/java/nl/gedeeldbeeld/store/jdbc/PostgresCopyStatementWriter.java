package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's fast path. A batch is first COPYed straight into {@code statements} under a savepoint: when
 * every id is new (a first import, the common case) that is the whole write, each row written once. When the
 * COPY meets an id the table already holds (a unique violation: a re-import, or a file overlapping an earlier
 * one), the savepoint undoes it and the batch takes the general path: COPY into a temporary staging table,
 * then one set-based {@code INSERT … ON CONFLICT DO NOTHING} for new ids and one {@code UPDATE … FROM} for
 * last-seen. After a batch that met known ids the next one goes the general way directly (a re-import's
 * batches all would), and tries the straight COPY again after that.
 * The staging table empties itself at commit, so it is reused by the next batch on the same connection.
 */
final class PostgresCopyStatementWriter implements StatementWriter {
    private static final String STAGING = "gb_statements_staging";
    private static final int CHUNK = 1 << 16;

    /** Whether the last batch met ids already stored; only a guess about the next, so a race costs speed, not truth. */
    private volatile boolean lastMetKnownIds;

    @Override
    public long write(Connection c, Collection<nl.gedeeldbeeld.model.statement.Statement> statements) throws SQLException {
        if (lastMetKnownIds) {
            lastMetKnownIds = false;
        } else {
            Savepoint before = c.setSavepoint();
            try {
                copy(c, "statements", statements);
                c.releaseSavepoint(before);
                return statements.size();
            } catch (SQLException e) {
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(before);
                lastMetKnownIds = true;
            }
        }
        return writeThroughStaging(c, statements);
    }

    private static long writeThroughStaging(Connection c, Collection<nl.gedeeldbeeld.model.statement.Statement> statements)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGING
                    + " (LIKE statements INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
        }
        copy(c, STAGING, statements);
        long inserted;
        try (Statement st = c.createStatement()) {
            inserted = st.executeUpdate("INSERT INTO statements (" + StatementRows.COLUMNS + ") SELECT "
                    + StatementRows.COLUMNS + " FROM " + STAGING + " ON CONFLICT DO NOTHING");
            if (inserted == statements.size()) {
                // All new (ids are distinct within a batch): no last-seen to move, and the join below
                // would read the whole table to find that out.
                st.execute("TRUNCATE " + STAGING);
                return inserted;
            }
            // The key is (entity_id, id): the id hashes the entity id, so both name the same row.
            st.executeUpdate("UPDATE statements s SET last_seen = g.last_seen FROM " + STAGING
                    + " g WHERE s.entity_id = g.entity_id AND s.id = g.id AND s.last_seen < g.last_seen");
            // ON COMMIT DELETE ROWS only empties at commit; a caller that writes twice in one transaction
            // must not see this batch again.
            st.execute("TRUNCATE " + STAGING);
        }
        return inserted;
    }

    private static void copy(Connection c, String table, Collection<nl.gedeeldbeeld.model.statement.Statement> statements)
            throws SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        CopyIn in = copy.copyIn("COPY " + table + " (" + StatementRows.COLUMNS + ") FROM STDIN");
        try {
            // Streamed in chunks: the batch never exists as one big text in memory.
            CopyTextEncoder rows = new CopyTextEncoder();
            for (var s : statements) {
                rows.row(s);
                if (rows.length() >= CHUNK) {
                    in.writeToCopy(rows.bytes(), 0, rows.length());
                    rows.reset();
                }
            }
            in.writeToCopy(rows.bytes(), 0, rows.length());
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * COPY text format: tab-separated, \N for NULL, backslash escapes for the few special characters. The
     * straightforward reference for {@link CopyTextEncoder}, which the writer uses.
     */
    static String copyText(Collection<nl.gedeeldbeeld.model.statement.Statement> statements) {
        StringBuilder sb = new StringBuilder(statements.size() * 320);
        for (var s : statements) {
            var p = s.provenance();
            field(sb, s.id()).append('\t');
            field(sb, s.entityId()).append('\t');
            field(sb, s.schema()).append('\t');
            field(sb, s.property()).append('\t');
            field(sb, s.value()).append('\t');
            String original = StatementRows.originalOrNull(s);
            (original == null ? sb.append("\\N") : field(sb, original)).append('\t');
            field(sb, p.dataset()).append('\t');
            field(sb, p.partner()).append('\t');
            field(sb, p.regime()).append('\t');
            sb.append(p.reliability().code()).append('\t');
            sb.append(StatementRows.micros(p.collectedAt())).append('\t');
            sb.append(StatementRows.micros(s.firstSeen())).append('\t');
            sb.append(StatementRows.micros(s.lastSeen())).append('\t');
            sb.append(p.retainUntil()).append('\t');
            field(sb, p.batchId()).append('\t');
            sb.append(s.notNormalised() ? 't' : 'f').append('\n');
        }
        return sb.toString();
    }

    private static StringBuilder field(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }
}
