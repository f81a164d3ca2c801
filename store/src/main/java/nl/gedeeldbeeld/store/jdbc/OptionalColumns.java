package nl.gedeeldbeeld.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Nullable columns as the registers' records see them: {@link Optional} in Java, NULL in the row. */
final class OptionalColumns {
    private OptionalColumns() {
    }

    static void setString(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void setInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            ps.setObject(index, StatementRows.timestamp(value.get()));
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static Optional<String> string(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(StatementRows.instant(rs, column));
    }
}
