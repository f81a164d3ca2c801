package nl.gedeeldbeeld.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * An in-memory store that honours the {@link StatementStore} contract the importer relies on: a batch is
 * applied whole or not at all, an already committed batch is skipped, a statement seen again only moves
 * last-seen, and a record quarantined twice for the same run and line is kept once. It can be told to
 * fail on a given batch, to simulate a crash between transactions.
 */
final class FakeStatementStore implements StatementStore {
    private final Map<String, ImportRun> runs = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> committed = new LinkedHashMap<>();
    private final Map<String, Statement> statements = new LinkedHashMap<>();
    private final Map<String, QuarantinedRecord> quarantine = new LinkedHashMap<>();
    private int failOnBatch = -1;
    int commits;

    /** The next commit of this batch number throws before anything is stored. */
    void failOnBatch(int batchNumber) {
        failOnBatch = batchNumber;
    }

    @Override
    public synchronized ImportRun beginRun(ImportRun proposed) {
        return runs.computeIfAbsent(proposed.runId(), id -> proposed);
    }

    @Override
    public synchronized BatchResult commitBatch(ImportBatch batch, List<Statement> batchStatements,
                                                List<QuarantinedRecord> quarantined) {
        ImportRun run = runs.get(batch.runId());
        if (run == null) {
            throw new IllegalStateException("no run " + batch.runId());
        }
        if (batch.batchNumber() == failOnBatch) {
            failOnBatch = -1;
            throw new IllegalStateException("simulated crash in batch " + batch.batchNumber());
        }
        Set<Integer> done = committed.computeIfAbsent(batch.runId(), k -> new HashSet<>());
        if (done.contains(batch.batchNumber())) {
            return BatchResult.empty();
        }
        long inserted = 0;
        long refreshed = 0;
        for (Statement s : batchStatements) {
            Statement old = statements.get(s.id());
            if (old == null) {
                statements.put(s.id(), s);
                inserted++;
            } else {
                Statement moved = new Statement(old.id(), old.entityId(), old.schema(), old.property(), old.value(),
                        old.originalValue(), old.provenance(), old.firstSeen(),
                        s.lastSeen().isAfter(old.lastSeen()) ? s.lastSeen() : old.lastSeen(), old.notNormalised());
                statements.put(s.id(), moved);
                refreshed++;
            }
        }
        long newlyQuarantined = 0;
        for (QuarantinedRecord q : quarantined) {
            if (quarantine.putIfAbsent(q.runId() + "#" + q.recordNumber(), q) == null) {
                newlyQuarantined++;
            }
        }
        done.add(batch.batchNumber());
        commits++;
        runs.put(run.runId(), new ImportRun(run.runId(), run.dataset(), run.partner(), run.regime(), run.sourceFile(),
                run.fileSha256(), run.parameters(), run.startedAt(), run.status(),
                Math.max(run.committedBatches(), batch.batchNumber()), run.statements() + inserted,
                run.quarantined() + newlyQuarantined));
        return new BatchResult(inserted, refreshed, newlyQuarantined);
    }

    @Override
    public synchronized void completeRun(String runId) {
        ImportRun run = runs.get(runId);
        runs.put(runId, new ImportRun(run.runId(), run.dataset(), run.partner(), run.regime(), run.sourceFile(),
                run.fileSha256(), run.parameters(), run.startedAt(), ImportRun.Status.COMPLETED,
                run.committedBatches(), run.statements(), run.quarantined()));
    }

    @Override
    public synchronized Optional<ImportRun> run(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<ImportRun> runs() {
        return List.copyOf(runs.values());
    }

    @Override
    public synchronized int committedBatches(String runId) {
        return committed.getOrDefault(runId, Set.of()).stream().max(Integer::compare).orElse(0);
    }

    @Override
    public synchronized List<Statement> statementsOf(String entityId) {
        return statements.values().stream().filter(s -> s.entityId().equals(entityId))
                .sorted(Comparator.comparing(Statement::firstSeen)).toList();
    }

    @Override
    public synchronized Stream<Statement> streamAll() {
        return new ArrayList<>(statements.values()).stream();
    }

    @Override
    public synchronized long countStatements() {
        return statements.size();
    }

    @Override
    public synchronized long countEntities() {
        return statements.values().stream().map(Statement::entityId).distinct().count();
    }

    @Override
    public synchronized List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved) {
        return quarantine.values().stream()
                .filter(q -> dataset.isEmpty() || q.dataset().equals(dataset.get()))
                .filter(q -> includeResolved || !q.resolved())
                .sorted(Comparator.comparing(QuarantinedRecord::runId).thenComparingLong(QuarantinedRecord::recordNumber))
                .toList();
    }

    @Override
    public synchronized void resolveQuarantined(String runId, List<Long> recordNumbers) {
        for (Long n : recordNumbers) {
            quarantine.computeIfPresent(runId + "#" + n, (k, q) -> new QuarantinedRecord(q.runId(), q.dataset(),
                    q.sourceFile(), q.recordNumber(), q.reason(), q.rawRecord(), q.quarantinedAt(), true));
        }
    }

    @Override
    public void close() {
    }

    /** A fixed test key; a JDBC store makes its own. */
    static final nl.gedeeldbeeld.model.entity.EntityIdScheme IDS = nl.gedeeldbeeld.model.entity.EntityIdScheme.withKey(
            "fake-store-entity-id-key-32bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Override
    public nl.gedeeldbeeld.model.entity.EntityIdScheme entityIds() {
        return IDS;
    }

    /** Values of one property of the entity with this source id in this dataset. */
    List<String> values(String dataset, String sourceId, String property) {
        String entityId = IDS.id(dataset, sourceId);
        return statementsOf(entityId).stream().filter(s -> s.property().equals(property)).map(Statement::value).toList();
    }

    /** Statement ids and values, order-free, to compare two stores' end states. */
    Set<String> fingerprint() {
        Set<String> result = new HashSet<>();
        statements.values().forEach(s -> result.add(s.id() + "|" + s.entityId() + "|" + s.property() + "|" + s.value()));
        quarantine.values().forEach(q -> result.add("Q|" + q.recordNumber() + "|" + q.reason() + "|" + q.rawRecord()));
        return result;
    }
}
