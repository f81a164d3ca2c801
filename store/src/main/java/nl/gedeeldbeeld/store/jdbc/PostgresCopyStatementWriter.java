package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's fast path: COPY the batch into a temporary staging table, then one set-based
 * {@code INSERT … ON CONFLICT DO NOTHING} for new ids and one {@code UPDATE … FROM} for last-seen.
 * The staging table empties itself at commit, so it is reused by the next batch on the same connection.
 * The update is skipped when every row was new, the common case of a first import.
 */
final class PostgresCopyStatementWriter implements StatementWriter {
    private static final String STAGING = "gb_statements_staging";
    private static final int CHUNK = 1 << 16;

    @Override
    public long write(Connection c, Collection<nl.gedeeldbeeld.model.statement.Statement> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGING
                    + " (LIKE statements INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        CopyIn in = copy.copyIn("COPY " + STAGING + " (" + StatementRows.COLUMNS + ") FROM STDIN");
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
