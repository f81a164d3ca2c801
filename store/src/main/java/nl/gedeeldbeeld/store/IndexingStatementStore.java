package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.registers.LegalHold;

/**
 * The store as importers see it: every committed batch is also brought into the search index, so that
 * what an import added is findable as soon as the import returns.
 */
final class IndexingStatementStore implements StatementStore {
    private final Storage storage;
    private final Optional<Audited> audited;

    /** The audited writes and the records of a batch, when batches are audited in their transaction. */
    record Audited(AuditedWrites writes, BatchAudit audit) {
    }

    IndexingStatementStore(Storage storage, Optional<Audited> audited) {
        this.storage = storage;
        this.audited = audited;
    }

    @Override
    public BatchResult commitBatch(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
        return audited.map(a -> storage.commitAndIndex(batch, statements, quarantined, a.writes(), a.audit()))
                .orElseGet(() -> storage.commitAndIndex(batch, statements, quarantined));
    }

    @Override
    public nl.gedeeldbeeld.model.entity.EntityIdScheme entityIds() {
        return storage.store().entityIds();
    }

    @Override
    public ImportRun beginRun(ImportRun proposed) {
        return storage.store().beginRun(proposed);
    }

    @Override
    public void completeRun(String runId) {
        storage.store().completeRun(runId);
    }

    @Override
    public Optional<ImportRun> run(String runId) {
        return storage.store().run(runId);
    }

    @Override
    public List<ImportRun> runs() {
        return storage.store().runs();
    }

    @Override
    public int committedBatches(String runId) {
        return storage.store().committedBatches(runId);
    }

    @Override
    public List<Statement> statementsOf(String entityId) {
        return storage.store().statementsOf(entityId);
    }

    @Override
    public java.util.Map<String, List<Statement>> statementsOf(java.util.Collection<String> entityIds) {
        return storage.store().statementsOf(entityIds);
    }

    @Override
    public List<String> entitiesWithValue(Optional<String> property, String normalisedValue) {
        return storage.store().entitiesWithValue(property, normalisedValue);
    }

    @Override
    public List<String> entitiesOfSchemata(java.util.Set<String> schemata) {
        return storage.store().entitiesOfSchemata(schemata);
    }

    @Override
    public Stream<Statement> streamAll() {
        return storage.store().streamAll();
    }

    @Override
    public long countStatements() {
        return storage.store().countStatements();
    }

    @Override
    public long countEntities() {
        return storage.store().countEntities();
    }

    @Override
    public List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved) {
        return storage.store().quarantine(dataset, includeResolved);
    }

    @Override
    public void resolveQuarantined(String runId, List<Long> recordNumbers) {
        storage.store().resolveQuarantined(runId, recordNumbers);
    }

    /** Purges through the {@link Storage}, so the search index drops the purged values too. */
    @Override
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, boolean dryRun) {
        return storage.purgeExpired(asOf, activeHolds, dryRun);
    }

    @Override
    public void close() {
        // the Storage is owned by the caller
    }
}
