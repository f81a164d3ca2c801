package nl.gedeeldbeeld.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing one file did. {@code problems} holds the first {@link #MAX_PROBLEMS} problem lines
 * ("FILE: line N: reason" for a refused record, "FILE: line N: property 'value': reason; kept as text, not
 * normalised" or "…; value held in quarantine" for a value); the rest are counted in {@code
 * problemsOmitted} and the refused records and held values are all in the quarantine, so a file with a
 * million bad rows does not fill the heap.
 *
 * @param recordsSkipped      records in batches an earlier, interrupted run had already committed
 * @param recordsQuarantined  records refused whole (unusable: malformed, no id, unknown schema, no
 *                            properties); they are in the quarantine
 * @param valuesNotNormalised values kept as the source's text, marked not normalised, in records that landed
 * @param valuesQuarantined   values held in the quarantine (unknown property, too long) of records that landed
 * @param failure             a problem with the whole file (missing mapped column, unreadable file); nothing of
 *                            it was imported
 */
public record ImportReport(String file, Optional<String> runId, Outcome outcome, long recordsRead,
                           long recordsSkipped, long statementsInserted, long statementsRefreshed,
                           long recordsQuarantined, long valuesNotNormalised, long valuesQuarantined,
                           int batchesCommitted, List<String> problems, long problemsOmitted, Optional<String> failure,
                           Duration elapsed) {

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
        return new ImportReport(file, Optional.empty(), Outcome.FAILED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0,
                Optional.of(message), elapsed);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Whether any record was refused whole (what the CLI's exit status says); bad values alone are not. */
    public boolean refusedRecords() {
        return recordsQuarantined > 0;
    }

    /**
     * One line for the CLI, e.g. "personen.csv: 120 records, 2 refused, 840 new statements, 0 seen again;
     * values: 3 kept as text (not normalised), 1 in quarantine".
     */
    public String summary() {
        return switch (outcome) {
            case FAILED -> failure.orElse(file + ": failed");
            case ALREADY_IMPORTED -> file + ": already imported (run " + runId.orElse("?") + "); nothing to do";
            default -> file + ": " + recordsRead + " records" + (recordsSkipped > 0 ? " (" + recordsSkipped
                    + " already committed by an earlier run)" : "") + ", " + recordsQuarantined + " refused, "
                    + statementsInserted + " new statements, " + statementsRefreshed + " seen again; values: "
                    + valuesNotNormalised + " kept as text (not normalised), " + valuesQuarantined + " in quarantine";
        };
    }
}
