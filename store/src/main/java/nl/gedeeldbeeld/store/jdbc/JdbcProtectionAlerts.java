package nl.gedeeldbeeld.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;

/**
 * {@link ProtectionAlerts} over the protection_alerts table. Raising an alert with an id that is already
 * stored changes nothing (a retried request raises it once); acknowledging is a compare-and-set on the open
 * alert of the owning organisation, so another organisation cannot close, or learn of, someone else's alert.
 */
public final class JdbcProtectionAlerts implements ProtectionAlerts {
    private static final String COLUMNS = "alert_id, entity_id, owner_organisation, owner_unit, alert_trigger, actor,"
            + " actor_organisation, purpose, trace_id, raised_at, acknowledged_by, acknowledged_at";

    private final DataSource dataSource;

    public JdbcProtectionAlerts(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void raise(ProtectionAlert alert) {
        Objects.requireNonNull(alert, "alert");
        Jdbc.insertUnlessPresentKeepingReads(dataSource, "raising a protection alert", c -> Jdbc.update(c,
                "INSERT INTO protection_alerts (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM protection_alerts WHERE alert_id = ?)", ps -> {
                    ps.setString(1, alert.id());
                    ps.setString(2, alert.entityId());
                    ps.setString(3, alert.ownerOrganisation());
                    ps.setString(4, alert.ownerUnit());
                    ps.setString(5, alert.trigger().name());
                    ps.setString(6, alert.actor());
                    ps.setString(7, alert.actorOrganisation());
                    ps.setString(8, alert.purpose());
                    ps.setString(9, alert.traceId());
                    ps.setObject(10, StatementRows.timestamp(alert.at()));
                    OptionalColumns.setString(ps, 11, alert.acknowledgedBy());
                    OptionalColumns.setInstant(ps, 12, alert.acknowledgedAt());
                    ps.setString(13, alert.id());
                }) == 1);
    }

    @Override
    public List<ProtectionAlert> forOwner(String organisation, boolean includeAcknowledged) {
        Objects.requireNonNull(organisation, "organisation");
        String sql = "SELECT " + COLUMNS + " FROM protection_alerts WHERE owner_organisation = ?"
                + (includeAcknowledged ? "" : " AND acknowledged_at IS NULL")
                + " ORDER BY raised_at DESC, alert_id DESC";
        return Jdbc.read(dataSource, "reading protection alerts", c -> List.copyOf(Jdbc.query(c, sql,
                ps -> ps.setString(1, organisation), JdbcProtectionAlerts::read)));
    }

    @Override
    public List<ProtectionAlert> forOwningUnit(String organisation, String unit, boolean includeAcknowledged) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(unit, "unit");
        String sql = "SELECT " + COLUMNS + " FROM protection_alerts WHERE owner_organisation = ? AND owner_unit = ?"
                + (includeAcknowledged ? "" : " AND acknowledged_at IS NULL")
                + " ORDER BY raised_at DESC, alert_id DESC";
        return Jdbc.read(dataSource, "reading protection alerts", c -> List.copyOf(Jdbc.query(c, sql, ps -> {
            ps.setString(1, organisation);
            ps.setString(2, unit);
        }, JdbcProtectionAlerts::read)));
    }

    @Override
    public boolean acknowledge(String alertId, String organisation, String by, Instant at) {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return Jdbc.inTransactionKeepingReads(dataSource, "acknowledging a protection alert", c -> Jdbc.update(c,
                "UPDATE protection_alerts SET acknowledged_by = ?, acknowledged_at = ?"
                        + " WHERE alert_id = ? AND owner_organisation = ? AND acknowledged_at IS NULL", ps -> {
                    ps.setString(1, by);
                    ps.setObject(2, StatementRows.timestamp(at));
                    ps.setString(3, alertId);
                    ps.setString(4, organisation);
                })) == 1;
    }

    private static ProtectionAlert read(ResultSet rs) throws SQLException {
        return new ProtectionAlert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                AlertTrigger.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                StatementRows.instant(rs, 10), OptionalColumns.string(rs, 11), OptionalColumns.instant(rs, 12));
    }
}
