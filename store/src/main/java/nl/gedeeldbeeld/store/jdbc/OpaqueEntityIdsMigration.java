package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.statement.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration V7: opaque entity ids. Makes the store's entity id key ({@link EntityIdKeys}) and moves every
 * first-generation id ({@link LegacyEntityIds}: the source key readable in front, signed with the public
 * dataset name) to its opaque id under that key, in one transaction:
 * <ul>
 *   <li>statements: entity id, every value that is an old id of the statement's dataset (the {@code id}
 *       statement's own value and entity references), and the statement id, which hashes both; the
 *       originals stay, so the source key remains a statement under the policy;</li>
 *   <li>every table holding entity ids: joint-case entities, confirmed hits, protection flags (entity and
 *       cover), protection alerts, entity legal holds, export request entities and resolution judgements
 *       (pairs re-ordered where the new ids sort the other way);</li>
 *   <li>{@code entity_id_history} keeps old → new, because the audit log is a hash chain that must not be
 *       rewritten: the privacy officer's questions translate old ids through it.</li>
 * </ul>
 * An id in a register whose statements were purged is recognised by trying the datasets the import ledger
 * knows. The search index is rebuilt on open, since it records the key fingerprint it was built under.
 *
 * <p>A table added by a later migration (V8 …) holds new ids from the start and needs nothing here.
 */
public final class OpaqueEntityIdsMigration implements JavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(OpaqueEntityIdsMigration.class);
    private static final int CHUNK = 500;

    private final Optional<byte[]> configuredKey;

    public OpaqueEntityIdsMigration(Optional<byte[]> configuredKey) {
        this.configuredKey = configuredKey.map(byte[]::clone);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "opaque entity ids";
    }

    @Override
    public Integer getChecksum() {
        return 7_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        EntityIdKeys.createTable(c);
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE entity_id_history ("
                    + " old_id VARCHAR(1024) NOT NULL PRIMARY KEY,"
                    + " new_id VARCHAR(64) NOT NULL,"
                    + " dataset VARCHAR(63) NOT NULL,"
                    + " migrated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            st.execute("CREATE INDEX entity_id_history_new ON entity_id_history (new_id)");
        }
        EntityIdScheme scheme = EntityIdKeys.create(c, configuredKey);
        new Run(c, scheme).all();
    }

    /** One migration's state: the old → new map, filled as ids are met. */
    private static final class Run {
        private final Connection c;
        private final EntityIdScheme scheme;
        private final Map<String, String> newIds = new HashMap<>();
        private final Map<String, String> datasetOf = new HashMap<>();
        private final List<String> datasets;

        Run(Connection c, EntityIdScheme scheme) throws SQLException {
            this.c = c;
            this.scheme = scheme;
            this.datasets = strings("SELECT dataset FROM statements UNION SELECT dataset FROM import_runs");
        }

        void all() throws SQLException {
            long started = System.nanoTime();
            long statements = statements();
            int registers = 0;
            registers += simple("joint_case_entities", "entity_id");
            registers += simple("confirmed_hits", "entity_id");
            registers += protectionFlags();
            registers += simple("protection_flags", "cover_of");
            registers += simple("protection_alerts", "entity_id");
            registers += simpleWhere("legal_holds", "target", "hold_scope = 'ENTITY'");
            registers += simple("export_request_entities", "entity_id");
            registers += judgements();
            history();
            LOG.info("entity ids migrated to opaque ids: ids={} statements={} registerRows={} ms={}", newIds.size(),
                    statements, registers, (System.nanoTime() - started) / 1_000_000);
        }

        /** The new id of an old id of a known dataset, remembered for the history. */
        private Optional<String> translate(String dataset, String id) {
            String known = newIds.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            return LegacyEntityIds.sourceIdOf(dataset, id).map(source -> remember(id, dataset, source));
        }

        /** The new id of an old id whose dataset is unknown (a register row): any dataset whose signature fits. */
        private Optional<String> translate(String id) {
            String known = newIds.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            for (String dataset : datasets) {
                Optional<String> found = translate(dataset, id);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private String remember(String oldId, String dataset, String source) {
            String id = scheme.id(dataset, source);
            newIds.put(oldId, id);
            datasetOf.put(oldId, dataset);
            return id;
        }

        private long statements() throws SQLException {
            List<String> oldEntities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id, dataset FROM statements");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (translate(rs.getString(2), rs.getString(1)).isPresent()) {
                        oldEntities.add(rs.getString(1));
                    }
                }
            }
            List<String> distinct = List.copyOf(new LinkedHashSet<>(oldEntities));
            long rows = 0;
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                rows += rewrite(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
            }
            return rows;
        }

        private record Row(String id, String entityId, String dataset, String property, String value) {
        }

        private long rewrite(List<String> oldEntities) throws SQLException {
            String marks = String.join(", ", java.util.Collections.nCopies(oldEntities.size(), "?"));
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, entity_id, dataset, property, \"value\""
                    + " FROM statements WHERE entity_id IN (" + marks + ")")) {
                for (int i = 0; i < oldEntities.size(); i++) {
                    ps.setString(i + 1, oldEntities.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE statements SET id = ?, entity_id = ?, \"value\" = ?"
                    + " WHERE entity_id = ? AND id = ?")) {
                for (Row r : rows) {
                    String entity = translate(r.dataset(), r.entityId()).orElse(r.entityId());
                    String value = translate(r.dataset(), r.value()).orElse(r.value());
                    ps.setString(1, Statement.makeId(r.dataset(), entity, r.property(), value));
                    ps.setString(2, entity);
                    ps.setString(3, value);
                    ps.setString(4, r.entityId());
                    ps.setString(5, r.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return rows.size();
        }

        private int simple(String table, String column) throws SQLException {
            return simpleWhere(table, column, "1 = 1");
        }

        private int simpleWhere(String table, String column, String where) throws SQLException {
            int changed = 0;
            for (String old : strings("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column
                    + " IS NOT NULL AND " + where)) {
                Optional<String> id = translate(old);
                if (id.isPresent()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE "
                            + column + " = ? AND " + where)) {
                        ps.setString(1, id.get());
                        ps.setString(2, old);
                        changed += ps.executeUpdate();
                    }
                }
            }
            return changed;
        }

        /** entity_id and active_entity_id move together: a CHECK keeps them equal while a flag is active. */
        private int protectionFlags() throws SQLException {
            int changed = 0;
            for (String old : strings("SELECT DISTINCT entity_id FROM protection_flags")) {
                Optional<String> id = translate(old);
                if (id.isPresent()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE protection_flags SET entity_id = ?,"
                            + " active_entity_id = CASE WHEN active_entity_id IS NULL THEN NULL ELSE ? END WHERE entity_id = ?")) {
                        ps.setString(1, id.get());
                        ps.setString(2, id.get());
                        ps.setString(3, old);
                        changed += ps.executeUpdate();
                    }
                }
            }
            return changed;
        }

        /** A judgement names its pair in Java string order (left < right), so a pair may swap sides. */
        private int judgements() throws SQLException {
            record Pair(long id, String left, String right) {
            }
            List<Pair> pairs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT judgement_id, left_id, right_id FROM resolution_judgements");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pair(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE resolution_judgements SET left_id = ?, right_id = ? WHERE judgement_id = ?")) {
                for (Pair p : pairs) {
                    String left = translate(p.left()).orElse(p.left());
                    String right = translate(p.right()).orElse(p.right());
                    if (left.equals(p.left()) && right.equals(p.right())) {
                        continue;
                    }
                    boolean swap = left.compareTo(right) > 0;
                    ps.setString(1, swap ? right : left);
                    ps.setString(2, swap ? left : right);
                    ps.setLong(3, p.id());
                    ps.addBatch();
                    changed++;
                }
                ps.executeBatch();
            }
            return changed;
        }

        private void history() throws SQLException {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO entity_id_history (old_id, new_id, dataset, migrated_at) VALUES (?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<String, String> e : newIds.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.setString(3, datasetOf.get(e.getKey()));
                    ps.setObject(4, StatementRows.timestamp(now));
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
        }

        private List<String> strings(String sql) throws SQLException {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return List.copyOf(out);
        }
    }
}
