package nl.gedeeldbeeld.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The ledger entry of importing one source file into one dataset. The run id is derived from the dataset
 * and the file's SHA-256, so importing the same bytes again finds the same run: completed batches are
 * skipped (a killed import resumes after its last committed batch) and a completed run is a no-op.
 *
 * @param parameters the importer's settings as JSON (format, mapping, partner, regime, reliability,
 *                   retention) so that quarantined records can be retried with them
 */
public record ImportRun(String runId, String dataset, String partner, String regime, String sourceFile,
                        String fileSha256, String parameters, Instant startedAt, Status status,
                        int committedBatches, long statements, long quarantined) {
    public enum Status { RUNNING, COMPLETED }

    public ImportRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }
}
