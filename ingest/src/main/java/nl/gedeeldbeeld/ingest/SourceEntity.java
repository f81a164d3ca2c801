package nl.gedeeldbeeld.ingest;

import java.util.Objects;
import nl.gedeeldbeeld.model.entity.EntityRecord;

/**
 * An entity read from a record, with the label that names it in messages: the mapping's local name for a
 * CSV row that yields several entities ("rekening"), empty for an FtM line that is one entity.
 */
public record SourceEntity(String label, EntityRecord record) {
    public SourceEntity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(record, "record");
    }

    /** A rejection reason qualified with the label, so "iban: …" becomes "rekening.iban: …". */
    String qualify(String reason) {
        if (label.isEmpty()) {
            return reason;
        }
        int colon = reason.indexOf(": ");
        boolean startsWithProperty = colon > 0 && reason.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_]*");
        return startsWithProperty ? label + "." + reason : label + ": " + reason;
    }
}
