package nl.gedeeldbeeld.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A source record kept in the quarantine with the reason, so nothing is lost: it can be listed, fixed at
 * the source, or retried once the cause (a mapping, a schema) is fixed. Either the record was refused
 * whole ({@link Scope#RECORD}: malformed, no id, unknown schema, no properties), or it landed and only
 * some of its values had no place ({@link Scope#VALUES}: a property the schema does not have, a value too
 * long for the store); the raw record is what a retry reads again in both cases.
 *
 * @param recordNumber line number for CSV/TSV and JSON lines (1-based; in CSV the header is line 1)
 * @param reason       what is wrong, in words a person can act on; several reasons joined by "; "
 * @param rawRecord    the record exactly as read (the line, or the CSV row re-serialised), cut to
 *                     {@link #MAX_RAW_LENGTH} characters when longer
 * @param rawCut       the raw record was longer than the quarantine keeps and is cut short: a retry cannot
 *                     read it again, and the record must be fixed at the source
 */
public record QuarantinedRecord(String runId, String dataset, String sourceFile, long recordNumber, String reason,
                                String rawRecord, Instant quarantinedAt, boolean resolved, Scope scope, boolean rawCut) {

    /** What of the record is in quarantine. */
    public enum Scope { RECORD, VALUES }

    /** Widths of the quarantine's columns (V1); longer text is cut, never refused by the database. */
    public static final int MAX_RAW_LENGTH = 1_000_000;
    public static final int MAX_REASON_LENGTH = 100_000;
    /** How much of a raw record too long to keep is kept, enough to find it in the file. */
    static final int CUT_RAW_LENGTH = 10_000;

    public QuarantinedRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawRecord, "rawRecord");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        Objects.requireNonNull(scope, "scope");
        if (rawRecord.length() > MAX_RAW_LENGTH) {
            rawRecord = rawRecord.substring(0, CUT_RAW_LENGTH);
            rawCut = true;
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
    }

    /** A record refused whole. */
    public QuarantinedRecord(String runId, String dataset, String sourceFile, long recordNumber, String reason,
                             String rawRecord, Instant quarantinedAt, boolean resolved) {
        this(runId, dataset, sourceFile, recordNumber, reason, rawRecord, quarantinedAt, resolved, Scope.RECORD, false);
    }

    /**
     * "personen.csv: line 12: iban: IBAN 'NL00…' fails its checksum"; for a record that landed, the line says
     * which of its values are held back.
     */
    public String message() {
        return sourceFile + ": line " + recordNumber + ": " + (scope == Scope.VALUES ? "record imported; " : "") + reason;
    }
}
