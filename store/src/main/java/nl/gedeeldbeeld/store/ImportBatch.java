package nl.gedeeldbeeld.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One atomic unit of an import: a run over one source file is cut into numbered batches; each batch
 * commits all its statements and quarantined records together, or nothing.
 *
 * @param runId       the import run this batch belongs to (see {@link ImportRun})
 * @param batchNumber 1-based position of the batch within the run
 * @param firstRecord first record/line number in the batch (for resumption and messages)
 * @param lastRecord  last record/line number in the batch
 */
public record ImportBatch(String runId, int batchNumber, long firstRecord, long lastRecord, Instant seenAt) {
    public ImportBatch {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    /** The batch id stored in every statement's provenance: run id and batch number. */
    public String batchId() {
        return runId + "#" + batchNumber;
    }
}
