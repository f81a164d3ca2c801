package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.policy.export.ExportRequests;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ExportRequests} over export_requests and its child tables (entity ids in order, foreign partners).
 *
 * <p>{@link #save} stores a new request; saving an id that is already stored changes nothing, so a retried
 * submission cannot overwrite a request that was decided meanwhile. The status moves only through
 * {@link #decide}, a single {@code UPDATE … WHERE status = 'PENDING_APPROVAL'}: the database lets exactly one
 * of two racing approvers change the row (the second waits for the first's row lock, then finds the row no
 * longer pending), so no read-then-write window exists.
 */
public final class JdbcExportRequests implements ExportRequests {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcExportRequests.class);
    private static final String COLUMNS = "export_id, requested_by, organisation, purpose, export_format, justification,"
            + " status, requested_at, decided_by, decided_at, decision_note";

    private final DataSource dataSource;

    public JdbcExportRequests(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void save(ExportRequest request) {
        Objects.requireNonNull(request, "request");
        boolean saved = Jdbc.insertUnlessPresent(dataSource, "saving an export request", c -> {
            int inserted = Jdbc.update(c, "INSERT INTO export_requests (" + COLUMNS + ")"
                    + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM export_requests WHERE export_id = ?)", ps -> {
                ps.setString(1, request.id());
                ps.setString(2, request.requestedBy());
                ps.setString(3, request.organisation());
                ps.setString(4, request.purpose());
                ps.setString(5, request.format().name());
                ps.setString(6, request.justification());
                ps.setString(7, request.status().name());
                ps.setObject(8, StatementRows.timestamp(request.requestedAt()));
                OptionalColumns.setString(ps, 9, request.decidedBy());
                OptionalColumns.setInstant(ps, 10, request.decidedAt());
                OptionalColumns.setString(ps, 11, request.decisionNote());
                ps.setString(12, request.id());
            });
            if (inserted == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_request_entities (export_id, ordinal, entity_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < request.entityIds().size(); i++) {
                    ps.setString(1, request.id());
                    ps.setInt(2, i);
                    ps.setString(3, request.entityIds().get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_request_partners (export_id, partner) VALUES (?, ?)")) {
                for (String partner : new TreeSet<>(request.foreignPartners())) {
                    ps.setString(1, request.id());
                    ps.setString(2, partner);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return true;
        });
        if (saved) {
            LOG.info("export request saved: export={} status={} entities={}", request.id(), request.status(),
                    request.entityIds().size());
        }
    }

    @Override
    public Optional<ExportRequest> find(String id) {
        Objects.requireNonNull(id, "id");
        return read("SELECT " + COLUMNS + " FROM export_requests WHERE export_id = ?",
                "export_id = ?", id).stream().findFirst();
    }

    @Override
    public List<ExportRequest> ofOrganisation(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return read("SELECT " + COLUMNS + " FROM export_requests WHERE organisation = ?"
                        + " ORDER BY requested_at DESC, export_id DESC",
                "export_id IN (SELECT export_id FROM export_requests WHERE organisation = ?)", organisation);
    }

    /**
     * Writes only the decision (status, by, at, note) of {@code decided}; its other fields are the stored
     * request's and are not compared. False when the request is unknown or no longer pending.
     */
    @Override
    public boolean decide(ExportRequest decided) {
        Objects.requireNonNull(decided, "decided");
        if (decided.status() == ExportStatus.PENDING_APPROVAL) {
            throw new IllegalArgumentException("a decision approves or rejects; export " + decided.id()
                    + " is still PENDING_APPROVAL");
        }
        if (decided.decidedBy().isEmpty() || decided.decidedAt().isEmpty()) {
            throw new IllegalArgumentException("a decision on export " + decided.id() + " names who decided and when");
        }
        boolean won = Jdbc.inTransaction(dataSource, "deciding an export request", c -> Jdbc.update(c,
                "UPDATE export_requests SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                        + " WHERE export_id = ? AND status = ?", ps -> {
                    ps.setString(1, decided.status().name());
                    OptionalColumns.setString(ps, 2, decided.decidedBy());
                    OptionalColumns.setInstant(ps, 3, decided.decidedAt());
                    OptionalColumns.setString(ps, 4, decided.decisionNote());
                    ps.setString(5, decided.id());
                    ps.setString(6, ExportStatus.PENDING_APPROVAL.name());
                })) == 1;
        if (won) {
            LOG.info("export request decided: export={} status={}", decided.id(), decided.status());
        }
        return won;
    }

    /**
     * Requests by {@code requestsSql}, with their entity ids and partners read by {@code childWhere} (which
     * selects the same export ids); each query takes the one parameter. Three queries, however many requests.
     */
    private List<ExportRequest> read(String requestsSql, String childWhere, String parameter) {
        return Jdbc.read(dataSource, "reading export requests", c -> {
            Map<String, List<String>> entities = children(c, "SELECT export_id, entity_id FROM export_request_entities"
                    + " WHERE " + childWhere + " ORDER BY export_id, ordinal", parameter);
            Map<String, List<String>> partners = children(c, "SELECT export_id, partner FROM export_request_partners"
                    + " WHERE " + childWhere + " ORDER BY export_id, partner", parameter);
            return List.copyOf(Jdbc.query(c, requestsSql, ps -> ps.setString(1, parameter), rs -> {
                String id = rs.getString(1);
                return new ExportRequest(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        ExportFormat.valueOf(rs.getString(5)), entities.getOrDefault(id, List.of()), rs.getString(6),
                        Set.copyOf(partners.getOrDefault(id, List.of())), ExportStatus.valueOf(rs.getString(7)),
                        StatementRows.instant(rs, 8), OptionalColumns.string(rs, 9), OptionalColumns.instant(rs, 10),
                        OptionalColumns.string(rs, 11));
            }));
        });
    }

    private static Map<String, List<String>> children(Connection c, String sql, String parameter) throws SQLException {
        Map<String, List<String>> byRequest = new LinkedHashMap<>();
        for (String[] row : Jdbc.query(c, sql, ps -> ps.setString(1, parameter),
                (ResultSet rs) -> new String[] {rs.getString(1), rs.getString(2)})) {
            byRequest.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return byRequest;
    }
}
