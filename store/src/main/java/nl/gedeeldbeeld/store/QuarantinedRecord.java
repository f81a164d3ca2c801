package nl.gedeeldbeeld.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A source record that could not be imported, kept whole with the reason so nothing is lost: it can be
 * listed, fixed at the source, or retried once the cause (a mapping, a schema) is fixed.
 *
 * @param recordNumber line number for CSV/TSV and JSON lines (1-based; in CSV the header is line 1)
 * @param reason       what is wrong, in words a person can act on; several reasons joined by "; "
 * @param rawRecord    the record exactly as read (the line, or the CSV row re-serialised)
 */
public record QuarantinedRecord(String runId, String dataset, String sourceFile, long recordNumber, String reason,
                                String rawRecord, Instant quarantinedAt, boolean resolved) {
    public QuarantinedRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawRecord, "rawRecord");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
    }

    /** "personen.csv: line 12: iban: IBAN 'NL00…' fails its checksum". */
    public String message() {
        return sourceFile + ": line " + recordNumber + ": " + reason;
    }
}
