package nl.gedeeldbeeld.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.statement.Statement;

/** The mapping between a {@link Statement} and a row of the statements table. */
final class StatementRows {
    static final String COLUMNS = "id, entity_id, schema, property, \"value\", original_value, dataset, partner, regime,"
            + " reliability, collected_at, first_seen, last_seen, retain_until, batch_id, not_normalised";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    static final String INSERT = "INSERT INTO statements (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")";
    static final String SELECT = "SELECT " + COLUMNS + " FROM statements";

    private StatementRows() {
    }

    /** Both databases keep microseconds; truncating here makes what is read back equal what was written. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
    }

    /** The stored original value: absent when the source already wrote the normalised form. */
    static String originalOrNull(Statement s) {
        return s.originalValue().equals(s.value()) ? null : s.originalValue();
    }

    static void bind(PreparedStatement ps, Statement s) throws SQLException {
        Provenance p = s.provenance();
        ps.setString(1, s.id());
        ps.setString(2, s.entityId());
        ps.setString(3, s.schema());
        ps.setString(4, s.property());
        ps.setString(5, s.value());
        String original = originalOrNull(s);
        if (original == null) {
            ps.setNull(6, Types.VARCHAR);
        } else {
            ps.setString(6, original);
        }
        ps.setString(7, p.dataset());
        ps.setString(8, p.partner());
        ps.setString(9, p.regime());
        ps.setString(10, p.reliability().code());
        ps.setObject(11, timestamp(p.collectedAt()));
        ps.setObject(12, timestamp(s.firstSeen()));
        ps.setObject(13, timestamp(s.lastSeen()));
        ps.setObject(14, p.retainUntil());
        ps.setString(15, p.batchId());
        ps.setBoolean(16, s.notNormalised());
    }

    static Statement read(ResultSet rs) throws SQLException {
        String value = rs.getString(5);
        String original = rs.getString(6);
        Provenance provenance = new Provenance(rs.getString(7), rs.getString(8), rs.getString(9),
                Reliability.parse(rs.getString(10)), instant(rs, 11), rs.getObject(14, LocalDate.class), rs.getString(15));
        return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), value,
                original == null ? value : original, provenance, instant(rs, 12), instant(rs, 13), rs.getBoolean(16));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
