package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.registers.LegalHold;

/**
 * The store as importers see it: every committed batch is also brought into the search index, on the
 * {@link IndexFeeder}'s thread while the next batch commits, so that what an import added is findable as
 * soon as its run is completed: {@link #completeRun} (and {@link #close}) wait for the queued updates.
 */
final class IndexingStatementStore implements StatementStore {
    private final Storage storage;
    private final Optional<Audited> audited;
    private final IndexFeeder feeder;

    /** The audited writes and the records of a batch, when batches are audited in their transaction. */
    record Audited(AuditedWrites writes, BatchAudit audit) {
    }

    IndexingStatementStore(Storage storage, Optional<Audited> audited) {
        this.storage = storage;
        this.audited = audited;
        this.feeder = new IndexFeeder(storage);
    }

    /**
     * Commits the batch, then queues its index update: only a committed batch reaches the index. The batch's
     * entry in the store's index backlog, written in the batch's transaction, stays until a Lucene commit holds
     * the update, so a process killed in between is caught up on at the next open.
     */
    @Override
    public BatchResult commitBatch(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
        BatchResult result = audited
                .map(a -> storage.commitAudited(batch, statements, quarantined, a.writes(), a.audit()))
                .orElseGet(() -> storage.store().commitBatch(batch, statements, quarantined));
        if (result.inserted() > 0) {
            feeder.submit(Storage.entityIds(statements), batch.batchId());
        }
        return result;
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
        feeder.await();
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
        feeder.await();
        return storage.purgeExpired(asOf, activeHolds, dryRun);
    }

    /** Waits for the queued index updates; the Storage itself is owned by the caller. */
    @Override
    public void close() {
        feeder.await();
    }
}
