package nl.gedeeldbeeld.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * Holds the one batch in memory and commits it as one store transaction; keeps the run's running
 * totals and the first problem lines. A batch either commits whole or not at all, so a killed import
 * leaves no half batch and a resume starts at the first uncommitted batch.
 */
final class BatchWriter {
    private final StatementStore store;
    private final String runId;
    private final String dataset;
    private final String sourceFile;
    private final Clock clock;

    private final List<Statement> statements = new ArrayList<>();
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private ImportBatch batch;
    private long lastRecord;
    private int records;

    private BatchResult totals = BatchResult.empty();
    private int committedBatches;
    private final List<String> problems = new ArrayList<>();
    private long problemsOmitted;

    BatchWriter(StatementStore store, String runId, String dataset, String sourceFile, Clock clock) {
        this.store = store;
        this.runId = runId;
        this.dataset = dataset;
        this.sourceFile = sourceFile;
        this.clock = clock;
    }

    boolean isOpen() {
        return batch != null;
    }

    void open(int batchNumber, long firstRecord) {
        batch = new ImportBatch(runId, batchNumber, firstRecord, firstRecord, clock.instant());
        lastRecord = firstRecord;
    }

    String batchId() {
        return batch.batchId();
    }

    Instant seenAt() {
        return batch.seenAt();
    }

    int records() {
        return records;
    }

    void accept(long line, List<Statement> recordStatements) {
        statements.addAll(recordStatements);
        done(line);
    }

    void quarantine(long line, String reason, String raw) {
        quarantined.add(new QuarantinedRecord(runId, dataset, sourceFile, line, reason, raw, batch.seenAt(), false));
        done(line);
    }

    private void done(long line) {
        records++;
        lastRecord = line;
    }

    /** Commits the open batch; on failure nothing of it is stored and the exception propagates. */
    BatchResult commit() {
        ImportBatch complete = new ImportBatch(runId, batch.batchNumber(), batch.firstRecord(), lastRecord, batch.seenAt());
        BatchResult result = store.commitBatch(complete, List.copyOf(statements), List.copyOf(quarantined));
        totals = totals.plus(result);
        committedBatches++;
        for (QuarantinedRecord q : quarantined) {
            if (problems.size() < ImportReport.MAX_PROBLEMS) {
                problems.add(q.message());
            } else {
                problemsOmitted++;
            }
        }
        statements.clear();
        quarantined.clear();
        records = 0;
        batch = null;
        return result;
    }

    /** Records quarantined so far in this run, the open batch included (for progress). */
    long quarantinedSoFar() {
        return totals.quarantined() + quarantined.size();
    }

    BatchResult totals() {
        return totals;
    }

    int committedBatches() {
        return committedBatches;
    }

    List<String> problems() {
        return problems;
    }

    long problemsOmitted() {
        return problemsOmitted;
    }
}
