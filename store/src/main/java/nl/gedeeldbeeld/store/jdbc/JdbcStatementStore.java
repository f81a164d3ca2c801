package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.policy.registers.InformationRequests;
import nl.gedeeldbeeld.policy.registers.PendingJudgements;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.export.ExportRequests;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.Database;
import nl.gedeeldbeeld.store.EntityIdHistory;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.IndexBacklog;
import nl.gedeeldbeeld.store.PolicyFilteredReads;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.StoreException;
import nl.gedeeldbeeld.store.WriteGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement store over JDBC, for H2 and PostgreSQL with the same SQL except for the bulk write path
 * (COPY on PostgreSQL). Open it through {@link nl.gedeeldbeeld.store.StoreFactory}, which also migrates
 * the schema. Thread-safe: every call takes its own connection from the data source.
 */
public final class JdbcStatementStore implements StatementStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStatementStore.class);
    private static final int ENTITY_CHUNK = 500;
    /** A purge that lost to a concurrent write (serialization failure) is run again, at most this often in all. */
    private static final int PURGE_ATTEMPTS = 3;
    private static final String RUN_COLUMNS = "r.run_id, r.dataset, r.partner, r.regime, r.source_file, r.file_sha256,"
            + " r.parameters, r.started_at, r.status, r.statements, r.quarantined,"
            + " (SELECT COALESCE(MAX(b.batch_number), 0) FROM import_batches b WHERE b.run_id = r.run_id)";

    private final DataSource dataSource;
    private final Database database;
    private final StatementWriter writer;
    private final EntityIdScheme ids;
    private final AutoCloseable onClose;

    /**
     * @param onClose released when the store closes (e.g. the connection that keeps an embedded H2 open);
     *                the data source itself belongs to the caller
     */
    public JdbcStatementStore(DataSource dataSource, Database database, EntityIdScheme ids, AutoCloseable onClose) {
        this(dataSource, database, database == Database.POSTGRESQL ? new PostgresCopyStatementWriter()
                : new BatchedStatementWriter(h2InPostgresMode(dataSource)), ids, onClose);
    }

    /** H2 accepts ON CONFLICT DO NOTHING only in its PostgreSQL mode, which our embedded URL sets. */
    private static boolean h2InPostgresMode(DataSource dataSource) {
        return Jdbc.read(dataSource, "reading the database mode", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && "PostgreSQL".equalsIgnoreCase(rs.getString(1));
            }
        });
    }

    JdbcStatementStore(DataSource dataSource, Database database, StatementWriter writer, EntityIdScheme ids,
                       AutoCloseable onClose) {
        this.dataSource = dataSource;
        this.database = database;
        this.writer = writer;
        this.ids = java.util.Objects.requireNonNull(ids, "ids");
        this.onClose = onClose;
    }

    /** The same store writing through JDBC batches instead of COPY; for comparing the two on PostgreSQL. */
    public JdbcStatementStore withJdbcBatches() {
        return new JdbcStatementStore(dataSource, database, new BatchedStatementWriter(true), ids, () -> { });
    }

    /** The ids of this store's entities, under its key (see {@link EntityIdKeys}). */
    @Override
    public EntityIdScheme entityIds() {
        return ids;
    }

    /** Ids entities had before migration V7, for reading audit events written before it. */
    public EntityIdHistory idHistory() {
        return new JdbcEntityIdHistory(dataSource);
    }

    public Database database() {
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Reads of this store with the access policy inside the query; what request handlers should use. */
    public PolicyFilteredReads policyFilteredReads() {
        return new JdbcPolicyFilteredReads(dataSource);
    }

    /**
     * The access-policy registers (joint cases, confirmed hits, protection flags) in this database; what a
     * request's {@link nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint} and {@link
     * nl.gedeeldbeeld.store.EntityChecks} should be built with.
     */
    public PolicyRegisters registers() {
        return new JdbcPolicyRegisters(dataSource);
    }

    /** Alerts to the owners of protection flags, in this database. */
    public ProtectionAlerts protectionAlerts() {
        return new JdbcProtectionAlerts(dataSource);
    }

    /** What the search index has not yet made durable; see {@link IndexBacklog}. */
    public IndexBacklog indexBacklog() {
        return new JdbcIndexBacklog(dataSource);
    }

    /** Audit records of governed writes not yet in the audit chain (see {@link nl.gedeeldbeeld.store.AuditedWrites}). */
    public JdbcAuditOutbox auditOutbox() {
        return new JdbcAuditOutbox(dataSource);
    }

    /** Legal holds in this database; pass {@link LegalHolds#activeHolds()} to {@link #purgeExpired}. */
    public LegalHolds legalHolds() {
        return new JdbcLegalHolds(dataSource);
    }

    @Override
    public long writeGeneration() {
        long own = WriteGeneration.current();
        if (database != Database.POSTGRESQL) {
            return own;
        }
        // Both parts only grow, so their sum moves whenever either does.
        return own + Jdbc.read(dataSource, "reading the write generation", SharedGeneration::current);
    }

    /**
     * The write generation under which a value computed now from this store may be kept (read it, as
     * {@link #writeGeneration}, before the value's inputs); empty inside an open transaction of this store, whose
     * own rows a rollback takes back without moving the generation: nothing read there may be kept. Every cache
     * of what a read may see asks this, so the rule lives here once.
     */
    public java.util.OptionalLong generationToKeep() {
        return Jdbc.inSharedTransaction(dataSource) ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(writeGeneration());
    }

    /** Requests for information after a hit, in this database. */
    public InformationRequests informationRequests() {
        return new JdbcInformationRequests(dataSource);
    }

    /** Cross-owner judgements waiting for their owners' consent, in this database. */
    public PendingJudgements pendingJudgements() {
        return new JdbcPendingJudgements(dataSource);
    }

    /**
     * The partners that imported into the dataset, from the import ledger: one run per (dataset, file)
     * names its partner, so this needs no scan of the statements.
     */
    @Override
    public Set<String> partnersOfDataset(String dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return Jdbc.read(dataSource, "reading the partners of a dataset", c -> new java.util.TreeSet<>(Jdbc.query(c,
                "SELECT DISTINCT partner FROM import_runs WHERE dataset = ?", ps -> ps.setString(1, dataset),
                rs -> rs.getString(1))));
    }

    /** The judgements of entity resolution, in this database. */
    public JudgementLedger judgements() {
        return new JdbcJudgementLedger(dataSource);
    }

    /** Export requests and their four-eyes decisions, in this database. */
    public ExportRequests exportRequests() {
        return new JdbcExportRequests(dataSource);
    }

    @Override
    public ImportRun beginRun(ImportRun proposed) {
        try {
            Jdbc.inTransaction(dataSource, "starting import run", c -> {
                if (findRun(c, proposed.runId()).isEmpty()) {
                    insertRun(c, proposed);
                    LOG.info("import run started: run={} dataset={}", proposed.runId(), proposed.dataset());
                }
                return null;
            });
        } catch (StoreException e) {
            // Another process began the same run between our look-up and insert: theirs stands.
            if (!(e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql))) {
                throw e;
            }
        }
        return run(proposed.runId()).orElseThrow();
    }

    private static void insertRun(Connection c, ImportRun r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_runs (run_id, dataset, partner, regime,"
                + " source_file, file_sha256, parameters, started_at, status, statements, quarantined)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.runId());
            ps.setString(2, r.dataset());
            ps.setString(3, r.partner());
            ps.setString(4, r.regime());
            ps.setString(5, r.sourceFile());
            ps.setString(6, r.fileSha256());
            ps.setString(7, r.parameters());
            ps.setObject(8, StatementRows.timestamp(r.startedAt()));
            ps.setString(9, r.status().name());
            ps.setLong(10, r.statements());
            ps.setLong(11, r.quarantined());
            ps.executeUpdate();
        }
    }

    @Override
    public BatchResult commitBatch(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
        Collection<Statement> distinct = distinctById(statements);
        long started = System.nanoTime();
        try {
            BatchResult result = Jdbc.inTransaction(dataSource, "committing batch " + batch.batchId(), c -> {
                if (findRun(c, batch.runId()).isEmpty()) {
                    throw new IllegalStateException("no import run '" + batch.runId() + "': call beginRun first");
                }
                if (isCommitted(c, batch)) {
                    return null;
                }
                long inserted = distinct.isEmpty() ? 0 : writer.write(c, distinct);
                long refreshed = distinct.size() - inserted;
                long stored = insertQuarantine(c, quarantined);
                recordBatch(c, batch, inserted, refreshed, stored);
                if (inserted > 0) {
                    // Only new statements change what the index holds; a re-import that moves last-seen does not.
                    JdbcIndexBacklog.record(c, batch.batchId(), entityIds(distinct), Instant.now());
                }
                return new BatchResult(inserted, refreshed, stored);
            });
            if (result == null) {
                LOG.info("batch already committed, skipped: batch={}", batch.batchId());
                return BatchResult.empty();
            }
            LOG.debug("batch committed: batch={} inserted={} refreshed={} quarantined={} ms={}", batch.batchId(),
                    result.inserted(), result.refreshed(), result.quarantined(), (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (StoreException e) {
            // Two processes committed the same batch at once; the ledger's key let exactly one through.
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql) && isCommitted(batch)) {
                LOG.info("batch committed concurrently elsewhere, skipped: batch={}", batch.batchId());
                return BatchResult.empty();
            }
            throw e;
        }
    }

    private static Set<String> entityIds(Collection<Statement> statements) {
        Set<String> ids = new HashSet<>();
        statements.forEach(s -> ids.add(s.entityId()));
        return ids;
    }

    /** Merges repeats of one statement within a batch (an entity listed twice): earliest first-seen, latest last-seen. */
    private static Collection<Statement> distinctById(List<Statement> statements) {
        Map<String, Statement> byId = new LinkedHashMap<>(statements.size() * 2);
        for (Statement s : statements) {
            byId.merge(s.id(), s, (a, b) -> new Statement(a.id(), a.entityId(), a.schema(), a.property(), a.value(),
                    a.originalValue(), a.provenance(), min(a.firstSeen(), b.firstSeen()), max(a.lastSeen(), b.lastSeen()),
                    a.notNormalised()));
        }
        return byId.values();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private boolean isCommitted(ImportBatch batch) {
        return Jdbc.read(dataSource, "reading the import ledger", c -> isCommitted(c, batch));
    }

    private static boolean isCommitted(Connection c, ImportBatch batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM import_batches WHERE run_id = ? AND batch_number = ?")) {
            ps.setString(1, batch.runId());
            ps.setInt(2, batch.batchNumber());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long insertQuarantine(Connection c, List<QuarantinedRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        Map<String, QuarantinedRecord> distinct = new LinkedHashMap<>();
        records.forEach(r -> distinct.putIfAbsent(r.runId() + "\n" + r.recordNumber(), r));
        long stored = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quarantine (run_id, record_number, dataset,"
                + " source_file, reason, raw_record, quarantined_at, resolved, scope, raw_cut) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM quarantine WHERE run_id = ? AND record_number = ?)")) {
            for (QuarantinedRecord r : distinct.values()) {
                ps.setString(1, r.runId());
                ps.setLong(2, r.recordNumber());
                ps.setString(3, r.dataset());
                ps.setString(4, r.sourceFile());
                ps.setString(5, r.reason());
                ps.setString(6, r.rawRecord());
                ps.setObject(7, StatementRows.timestamp(r.quarantinedAt()));
                ps.setBoolean(8, r.resolved());
                ps.setString(9, r.scope().name());
                ps.setBoolean(10, r.rawCut());
                ps.setString(11, r.runId());
                ps.setLong(12, r.recordNumber());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                // Drivers may answer SUCCESS_NO_INFO (-2) for a batch entry; that entry did insert.
                stored += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
            }
        }
        return stored;
    }

    private static void recordBatch(Connection c, ImportBatch b, long inserted, long refreshed, long quarantined)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batches (run_id, batch_number, first_record,"
                + " last_record, seen_at, committed_at, inserted, refreshed, quarantined) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, b.runId());
            ps.setInt(2, b.batchNumber());
            ps.setLong(3, b.firstRecord());
            ps.setLong(4, b.lastRecord());
            ps.setObject(5, StatementRows.timestamp(b.seenAt()));
            ps.setObject(6, StatementRows.timestamp(Instant.now()));
            ps.setLong(7, inserted);
            ps.setLong(8, refreshed);
            ps.setLong(9, quarantined);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE import_runs SET statements = statements + ?, quarantined = quarantined + ? WHERE run_id = ?")) {
            ps.setLong(1, inserted + refreshed);
            ps.setLong(2, quarantined);
            ps.setString(3, b.runId());
            ps.executeUpdate();
        }
    }

    @Override
    public void completeRun(String runId) {
        int updated = Jdbc.inTransaction(dataSource, "completing import run", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE import_runs SET status = ?, completed_at = ? WHERE run_id = ?")) {
                ps.setString(1, ImportRun.Status.COMPLETED.name());
                ps.setObject(2, StatementRows.timestamp(Instant.now()));
                ps.setString(3, runId);
                return ps.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new IllegalStateException("no import run '" + runId + "' to complete");
        }
        LOG.info("import run completed: run={}", runId);
    }

    @Override
    public Optional<ImportRun> run(String runId) {
        return Jdbc.read(dataSource, "reading import run", c -> findRun(c, runId));
    }

    private static Optional<ImportRun> findRun(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM import_runs r WHERE r.run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readRun(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<ImportRun> runs() {
        return Jdbc.read(dataSource, "listing import runs", c -> {
            List<ImportRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS
                    + " FROM import_runs r ORDER BY r.started_at, r.run_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(readRun(rs));
                }
            }
            return runs;
        });
    }

    private static ImportRun readRun(ResultSet rs) throws SQLException {
        return new ImportRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), StatementRows.instant(rs, 8), ImportRun.Status.valueOf(rs.getString(9)),
                rs.getInt(12), rs.getLong(10), rs.getLong(11));
    }

    @Override
    public int committedBatches(String runId) {
        return Jdbc.read(dataSource, "reading the import ledger", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(batch_number), 0) FROM import_batches WHERE run_id = ?")) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Statement> statementsOf(String entityId) {
        return statementsOf(List.of(entityId)).getOrDefault(entityId, List.of());
    }

    /** Statements of many entities in a few queries, keyed by entity id; entities without any are left out. */
    @Override
    public Map<String, List<Statement>> statementsOf(Collection<String> entityIds) {
        List<String> ids = entityIds.stream().distinct().toList();
        return Jdbc.read(dataSource, "reading statements", c -> {
            Map<String, List<Statement>> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(StatementRows.SELECT
                    + " WHERE entity_id = ANY(?) ORDER BY entity_id, first_seen, id")) {
                for (int from = 0; from < ids.size(); from += ENTITY_CHUNK) {
                    java.sql.Array array = c.createArrayOf("VARCHAR",
                            ids.subList(from, Math.min(ids.size(), from + ENTITY_CHUNK)).toArray());
                    ps.setArray(1, array);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Statement s = StatementRows.read(rs);
                            result.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s);
                        }
                    }
                    array.free();
                }
            }
            return result;
        });
    }

    @Override
    public List<String> entitiesOfSchemata(java.util.Set<String> schemata) {
        if (schemata.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, "listing entities by schema", c -> {
            // Only the id pseudo-statement: every imported entity has one, and it keeps the scan's sort small.
            String sql = "SELECT DISTINCT entity_id FROM statements WHERE property = 'id' AND schema IN ("
                    + String.join(",", java.util.Collections.nCopies(schemata.size(), "?")) + ") ORDER BY entity_id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (String schema : new java.util.TreeSet<>(schemata)) {
                    ps.setString(i++, schema);
                }
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public List<String> entitiesWithValue(Optional<String> property, String normalisedValue) {
        return Jdbc.read(dataSource, "looking up a value", c -> {
            // H2 indexes a hash of the value (migration h2/V3); PostgreSQL's hash index serves "value" = ? itself.
            String sql = "SELECT DISTINCT entity_id FROM statements WHERE "
                    + (database == Database.H2 ? "value_hash = ORA_HASH(CAST(? AS VARCHAR)) AND " : "") + "\"value\" = ?"
                    + (property.isPresent() ? " AND property = ?" : "") + " ORDER BY entity_id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (database == Database.H2) {
                    ps.setString(i++, normalisedValue);
                }
                ps.setString(i++, normalisedValue);
                if (property.isPresent()) {
                    ps.setString(i, property.get());
                }
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Every statement, grouped by entity id (ordered by it), streamed without holding the table in memory. */
    @Override
    public Stream<Statement> streamAll() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            // PostgreSQL streams with a cursor only outside auto-commit; H2 only with lazy execution.
            c.setAutoCommit(false);
            if (database == Database.H2) {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            PreparedStatement ps = c.prepareStatement(StatementRows.SELECT + " ORDER BY entity_id, first_seen, id");
            ps.setFetchSize(2000);
            ResultSet rs = ps.executeQuery();
            Connection connection = c;
            Spliterator<Statement> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super Statement> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(StatementRows.read(rs));
                        return true;
                    } catch (SQLException e) {
                        throw Jdbc.failure("streaming statements", e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> {
                try (connection; ps; rs) {
                    connection.rollback();
                } catch (SQLException e) {
                    LOG.warn("closing the statement stream failed: sqlState={}", e.getSQLState());
                }
            });
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw Jdbc.failure("streaming statements", e);
        }
    }

    @Override
    public long countStatements() {
        return count("SELECT COUNT(*) FROM statements");
    }

    @Override
    public long countEntities() {
        return count("SELECT COUNT(DISTINCT entity_id) FROM statements");
    }

    private long count(String sql) {
        return Jdbc.read(dataSource, "counting", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved) {
        return Jdbc.read(dataSource, "reading the quarantine", c -> {
            String sql = "SELECT run_id, dataset, source_file, record_number, reason, raw_record, quarantined_at, resolved, scope, raw_cut"
                    + " FROM quarantine WHERE 1 = 1"
                    + (dataset.isPresent() ? " AND dataset = ?" : "")
                    + (includeResolved ? "" : " AND resolved = FALSE")
                    + " ORDER BY quarantined_at, run_id, record_number";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (dataset.isPresent()) {
                    ps.setString(1, dataset.get());
                }
                List<QuarantinedRecord> records = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        records.add(new QuarantinedRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), StatementRows.instant(rs, 7), rs.getBoolean(8),
                                QuarantinedRecord.Scope.valueOf(rs.getString(9)), rs.getBoolean(10)));
                    }
                }
                return records;
            }
        });
    }

    @Override
    public void resolveQuarantined(String runId, List<Long> recordNumbers) {
        if (recordNumbers.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, "resolving quarantined records", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE quarantine SET resolved = TRUE WHERE run_id = ? AND record_number = ?")) {
                for (long n : recordNumbers) {
                    ps.setString(1, runId);
                    ps.setLong(2, n);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Counts and deletes in one repeatable-read transaction, so the report describes exactly the rows
     * deleted: a statement an import inserts meanwhile is not in the snapshot and is left for the next purge,
     * and an import that moves last-seen on a row being purged makes the purge fail with a serialization
     * failure, after which it runs again on a fresh snapshot. The report matters beyond the figures: its
     * touched entities are what the search index is updated for, and an entity missing from it would keep
     * a purged value findable.
     */
    @Override
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, boolean dryRun) {
        return purgeExpired(asOf, activeHolds, Optional.empty(), dryRun);
    }

    @Override
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, Optional<String> partner, boolean dryRun) {
        return purgeExpired(asOf, activeHolds, partner, dryRun, "purge:" + java.util.UUID.randomUUID());
    }

    /**
     * The purge, with the touched entities recorded in the {@link IndexBacklog} under {@code backlogKey} in the
     * same transaction as the delete, so a crash before the index catches up cannot leave a purged value
     * findable.
     */
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, Optional<String> partner, boolean dryRun,
                                    String backlogKey) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(backlogKey, "backlogKey");
        List<LegalHold> holds = activeHolds.stream().filter(LegalHold::active).toList();
        SqlPredicate expired = partner.map(p -> SqlPredicate.and(List.of(SqlPredicate.before("retain_until", asOf),
                SqlPredicate.equal("partner", p)))).orElse(SqlPredicate.before("retain_until", asOf));
        SqlPredicate held = SqlPredicate.or(List.of(SqlPredicate.in("entity_id", holdTargets(holds, HoldScope.ENTITY)),
                SqlPredicate.in("dataset", holdTargets(holds, HoldScope.DATASET))));
        SqlPredicate purgeable = SqlPredicate.and(List.of(expired, SqlPredicate.not(held)));
        SqlPredicate heldBack = SqlPredicate.and(List.of(expired, held));
        for (int attempt = 1; ; attempt++) {
            try {
                PurgeReport report = Jdbc.inTransaction(dataSource, "purging expired statements",
                        Connection.TRANSACTION_REPEATABLE_READ, c -> {
                            PurgeReport r = purge(c, asOf, dryRun, purgeable, heldBack);
                            if (!dryRun) {
                                JdbcIndexBacklog.record(c, backlogKey, r.touchedEntityIds(), Instant.now());
                            }
                            return r;
                        });
                LOG.info("retention purge: asOf={} dryRun={} purged={} heldBack={} entities={} holds={}", asOf, dryRun,
                        report.purged(), report.heldBack(), report.touchedEntityIds().size(), holds.size());
                return report;
            } catch (StoreException e) {
                if (attempt < PURGE_ATTEMPTS && e.getCause() instanceof SQLException sql && Jdbc.isSerializationFailure(sql)) {
                    LOG.info("retention purge met a concurrent write, running it again: attempt={}", attempt);
                    continue;
                }
                throw e;
            }
        }
    }

    private static Set<String> holdTargets(List<LegalHold> holds, HoldScope scope) {
        Set<String> targets = new HashSet<>();
        for (LegalHold h : holds) {
            if (h.scope() == scope) {
                targets.add(h.target());
            }
        }
        return targets;
    }

    private static PurgeReport purge(Connection c, LocalDate asOf, boolean dryRun, SqlPredicate purgeable,
                                     SqlPredicate heldBack) throws SQLException {
        long[] kept = {0};
        if (!heldBack.isFalse()) {
            select(c, "SELECT COUNT(*) FROM statements WHERE " + heldBack.sql(), heldBack, rs -> kept[0] = rs.getLong(1));
        }
        Map<String, Long> byDatasetAndRegime = new HashMap<>();
        Set<String> touched = new HashSet<>();
        long[] purged = {0};
        select(c, "SELECT entity_id, dataset, regime, COUNT(*) FROM statements WHERE " + purgeable.sql()
                + " GROUP BY entity_id, dataset, regime", purgeable, rs -> {
            long n = rs.getLong(4);
            touched.add(rs.getString(1));
            byDatasetAndRegime.merge(PurgeReport.key(rs.getString(2), rs.getString(3)), n, Long::sum);
            purged[0] += n;
        });
        if (!dryRun && purged[0] > 0) {
            long deleted;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM statements WHERE " + purgeable.sql())) {
                List<java.sql.Array> arrays = purgeable.bind(c, ps);
                deleted = ps.executeUpdate();
                for (java.sql.Array a : arrays) {
                    a.free();
                }
            }
            if (deleted != purged[0]) {
                // The snapshot should make this impossible; if a database lets it through, the report would
                // not name what was deleted, so roll back and run again as after any serialization failure.
                throw new SQLException("purge deleted " + deleted + " statements, counted " + purged[0],
                        Jdbc.SERIALIZATION_FAILURE);
            }
        }
        return new PurgeReport(asOf, dryRun, purged[0], kept[0], byDatasetAndRegime, touched);
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void select(Connection c, String sql, SqlPredicate where, RowConsumer rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(2000);
            List<java.sql.Array> arrays = where.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.accept(rs);
                }
            } finally {
                for (java.sql.Array a : arrays) {
                    a.free();
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            LOG.warn("closing the store failed: {}", e.getClass().getSimpleName());
        }
    }
}
