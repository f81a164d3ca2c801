package nl.gedeeldbeeld.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LegalHolds} over the legal_holds table. Placing a hold with an id that is already stored changes
 * nothing; lifting is a compare-and-set on the active hold, and a lifted hold stays listed in
 * {@link #allHolds()} with who lifted it and when.
 */
public final class JdbcLegalHolds implements LegalHolds {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLegalHolds.class);
    private static final String COLUMNS = "hold_id, hold_scope, target, reason, placed_by, placed_at, lifted_by, lifted_at,"
            + " organisation";

    private final DataSource dataSource;

    public JdbcLegalHolds(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void place(LegalHold hold) {
        Objects.requireNonNull(hold, "hold");
        boolean placed = Jdbc.insertUnlessPresent(dataSource, "placing a legal hold", c -> Jdbc.update(c,
                "INSERT INTO legal_holds (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM legal_holds WHERE hold_id = ?)", ps -> {
                    ps.setString(1, hold.id());
                    ps.setString(2, hold.scope().name());
                    ps.setString(3, hold.target());
                    ps.setString(4, hold.reason());
                    ps.setString(5, hold.placedBy());
                    ps.setObject(6, StatementRows.timestamp(hold.placedAt()));
                    OptionalColumns.setString(ps, 7, hold.liftedBy());
                    OptionalColumns.setInstant(ps, 8, hold.liftedAt());
                    ps.setString(9, hold.organisation());
                    ps.setString(10, hold.id());
                }) == 1);
        if (placed) {
            LOG.info("legal hold placed: hold={} scope={}", hold.id(), hold.scope());
        }
    }

    @Override
    public boolean lift(String holdId, String by, Instant at) {
        Objects.requireNonNull(holdId, "holdId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        boolean lifted = Jdbc.inTransaction(dataSource, "lifting a legal hold", c -> Jdbc.update(c,
                "UPDATE legal_holds SET lifted_by = ?, lifted_at = ? WHERE hold_id = ? AND lifted_at IS NULL", ps -> {
                    ps.setString(1, by);
                    ps.setObject(2, StatementRows.timestamp(at));
                    ps.setString(3, holdId);
                })) == 1;
        if (lifted) {
            LOG.info("legal hold lifted: hold={}", holdId);
        }
        return lifted;
    }

    @Override
    public List<LegalHold> activeHolds() {
        return holds(" WHERE lifted_at IS NULL");
    }

    @Override
    public List<LegalHold> allHolds() {
        return holds("");
    }

    private List<LegalHold> holds(String where) {
        return Jdbc.read(dataSource, "reading legal holds", c -> List.copyOf(Jdbc.query(c,
                "SELECT " + COLUMNS + " FROM legal_holds" + where + " ORDER BY placed_at, hold_id", ps -> { },
                JdbcLegalHolds::read)));
    }

    private static LegalHold read(ResultSet rs) throws SQLException {
        return new LegalHold(rs.getString(1), HoldScope.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(9), StatementRows.instant(rs, 6), OptionalColumns.string(rs, 7),
                OptionalColumns.instant(rs, 8));
    }
}
