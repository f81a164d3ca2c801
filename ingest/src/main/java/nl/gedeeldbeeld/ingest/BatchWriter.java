package nl.gedeeldbeeld.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.entity.ValueIssue;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * Holds the open batch in memory and commits it as one store transaction; keeps the run's running
 * totals and the first problem lines. A batch either commits whole or not at all, so a killed import
 * leaves no half batch and a resume starts at the first uncommitted batch. Commits run on the
 * {@link BatchCommitter}'s thread while the next batch fills, in order and one at a time; the totals are
 * kept here, on the importer's thread, as each commit is collected, and a batch's problems are reported
 * only once it is committed.
 *
 * <p>A record that landed with values held back (an unknown property, a value too long to store) is
 * quarantined at value level in the same batch as its statements, so a retry can bring those values in.
 */
final class BatchWriter {
    private final StatementStore store;
    private final String runId;
    private final String dataset;
    private final String sourceFile;
    private final Clock clock;
    private final BatchCommitter committer;

    private final List<Statement> statements = new ArrayList<>();
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private ImportBatch batch;
    private long lastRecord;
    private int records;
    private Tally open = new Tally();
    /** What the batch being committed has to report, reported once its commit is collected. */
    private Tally inFlight = new Tally();

    private BatchResult totals = BatchResult.empty();
    private int committedBatches;
    private long refused;
    private long valuesKeptAsText;
    private long valuesQuarantined;
    private final List<String> problems = new ArrayList<>();
    private long problemsOmitted;

    /** One batch's problem lines and counts. */
    private static final class Tally {
        final List<String> problems = new ArrayList<>();
        long refused;
        long keptAsText;
        long quarantinedValues;
    }

    BatchWriter(StatementStore store, BatchCommitter committer, String runId, String dataset, String sourceFile,
                Clock clock) {
        this.store = store;
        this.committer = committer;
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

    /** A record that lands, with the values that could not be used as they were. */
    void accept(long line, List<Statement> recordStatements, List<ValueIssue> issues, String raw) {
        statements.addAll(recordStatements);
        List<ValueIssue> held = new ArrayList<>();
        for (ValueIssue issue : issues) {
            open.problems.add(sourceFile + ": line " + line + ": " + issue.message());
            if (issue.disposition() == ValueIssue.Disposition.QUARANTINED) {
                held.add(issue);
                open.quarantinedValues++;
            } else {
                open.keptAsText++;
            }
        }
        if (!held.isEmpty()) {
            String reason = held.stream().map(ValueIssue::describe).collect(Collectors.joining("; "));
            quarantined.add(new QuarantinedRecord(runId, dataset, sourceFile, line, reason, raw, batch.seenAt(), false,
                    QuarantinedRecord.Scope.VALUES, false));
        }
        done(line);
    }

    /** A record refused whole. */
    void quarantine(long line, String reason, String raw) {
        QuarantinedRecord record = new QuarantinedRecord(runId, dataset, sourceFile, line, reason, raw, batch.seenAt(), false);
        quarantined.add(record);
        open.problems.add(record.message());
        open.refused++;
        done(line);
    }

    private void done(long line) {
        records++;
        lastRecord = line;
    }

    /**
     * Hands the open batch to the committer, after collecting the commit before it; a failure of that
     * earlier commit propagates here, and nothing of this batch or later ones is then written.
     */
    void commit() {
        ImportBatch complete = new ImportBatch(runId, batch.batchNumber(), batch.firstRecord(), lastRecord, batch.seenAt());
        List<Statement> batchStatements = List.copyOf(statements);
        List<QuarantinedRecord> batchQuarantined = List.copyOf(quarantined);
        statements.clear();
        quarantined.clear();
        records = 0;
        batch = null;
        Tally submitted = open;
        open = new Tally();
        collect(committer.submit(() -> store.commitBatch(complete, batchStatements, batchQuarantined)));
        inFlight = submitted;
    }

    /** Commits the open batch, if any, and waits until every batch is committed. */
    void finish() {
        if (isOpen()) {
            commit();
        }
        collect(committer.await());
    }

    /**
     * After a failure on the importer's side: waits for the commit in flight, so the store is left alone
     * when the failure propagates; that commit's own failure is added to the first.
     */
    void abandon(Throwable failure) {
        try {
            collect(committer.await());
        } catch (RuntimeException | Error e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    private void collect(Optional<BatchResult> committed) {
        if (committed.isEmpty()) {
            return;
        }
        BatchResult result = committed.get();
        totals = totals.plus(result);
        committedBatches++;
        refused += inFlight.refused;
        valuesKeptAsText += inFlight.keptAsText;
        valuesQuarantined += inFlight.quarantinedValues;
        for (String problem : inFlight.problems) {
            if (problems.size() < ImportReport.MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                problemsOmitted++;
            }
        }
        inFlight = new Tally();
    }

    /** Records refused so far in this run, the open batch included (for progress). */
    long quarantinedSoFar() {
        return refused + inFlight.refused + open.refused;
    }

    BatchResult totals() {
        return totals;
    }

    /** Records refused whole, in committed batches. */
    long refused() {
        return refused;
    }

    long valuesKeptAsText() {
        return valuesKeptAsText;
    }

    long valuesQuarantined() {
        return valuesQuarantined;
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
