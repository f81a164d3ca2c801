package nl.gedeeldbeeld.store.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's fast path: COPY the batch into a temporary staging table, then one set-based
 * {@code INSERT … ON CONFLICT DO NOTHING} for new ids and one {@code UPDATE … FROM} for last-seen.
 * The staging table empties itself at commit, so it is reused by the next batch on the same connection.
 */
final class PostgresCopyStatementWriter implements StatementWriter {
    private static final String STAGING = "gb_statements_staging";

    @Override
    public long write(Connection c, Collection<nl.gedeeldbeeld.model.statement.Statement> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGING
                    + " (LIKE statements INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY " + STAGING + " (" + StatementRows.COLUMNS + ") FROM STDIN", new StringReader(copyText(statements)));
        } catch (IOException e) {
            throw new SQLException("COPY into the staging table failed", "58030", e);
        }
        long inserted;
        try (Statement st = c.createStatement()) {
            inserted = st.executeUpdate("INSERT INTO statements (" + StatementRows.COLUMNS + ") SELECT "
                    + StatementRows.COLUMNS + " FROM " + STAGING + " ON CONFLICT (id) DO NOTHING");
            st.executeUpdate("UPDATE statements s SET last_seen = g.last_seen FROM " + STAGING
                    + " g WHERE s.id = g.id AND s.last_seen < g.last_seen");
            // ON COMMIT DELETE ROWS only empties at commit; a caller that writes twice in one transaction
            // must not see this batch again.
            st.execute("TRUNCATE " + STAGING);
        }
        return inserted;
    }

    /** COPY text format: tab-separated, \N for NULL, backslash escapes for the few special characters. */
    private static String copyText(Collection<nl.gedeeldbeeld.model.statement.Statement> statements) {
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
            field(sb, p.batchId()).append('\n');
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
