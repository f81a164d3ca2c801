package nl.gedeeldbeeld.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing one file did. {@code problems} holds the first {@link #MAX_PROBLEMS} problem lines
 * ("FILE: line N: reason"); the rest are counted in {@code problemsOmitted} and all of them are in the
 * quarantine, so a file with a million bad rows does not fill the heap.
 *
 * @param recordsSkipped records in batches an earlier, interrupted run had already committed
 * @param failure        a problem with the whole file (missing mapped column, unreadable file); nothing of
 *                       it was imported
 */
public record ImportReport(String file, Optional<String> runId, Outcome outcome, long recordsRead,
                           long recordsSkipped, long statementsInserted, long statementsRefreshed,
                           long recordsQuarantined, int batchesCommitted, List<String> problems,
                           long problemsOmitted, Optional<String> failure, Duration elapsed) {

    public static final int MAX_PROBLEMS = 1_000;

    public enum Outcome { IMPORTED, RESUMED, ALREADY_IMPORTED, FAILED }

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    static ImportReport failed(String file, String message, Duration elapsed) {
        return new ImportReport(file, Optional.empty(), Outcome.FAILED, 0, 0, 0, 0, 0, 0, List.of(), 0,
                Optional.of(message), elapsed);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** One line for the CLI, e.g. "personen.csv: 120 records, 840 new statements, 0 seen again, 2 quarantined". */
    public String summary() {
        return switch (outcome) {
            case FAILED -> failure.orElse(file + ": failed");
            case ALREADY_IMPORTED -> file + ": already imported (run " + runId.orElse("?") + "); nothing to do";
            default -> file + ": " + recordsRead + " records" + (recordsSkipped > 0 ? " (" + recordsSkipped
                    + " already committed by an earlier run)" : "") + ", " + statementsInserted + " new statements, "
                    + statementsRefreshed + " seen again, " + recordsQuarantined + " quarantined";
        };
    }
}
