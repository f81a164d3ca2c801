package nl.gedeeldbeeld.model.entity;

import java.util.Objects;

/**
 * One value of a record that could not be used as it is, and what the import did with it. The record
 * itself still lands with its other values: as FtM does, a bad value costs that value, not the record;
 * unlike FtM, the value is not dropped either.
 *
 * @param property the property as the source named it (qualified with the entity's label by importers
 *                 that read several entities from one row)
 * @param value    the value as the source wrote it
 * @param reason   what is wrong with it, in words a person can act on
 */
public record ValueIssue(String property, String value, String reason, Disposition disposition) {

    /** What became of the value. */
    public enum Disposition {
        /**
         * A known property whose value its format cannot read (an unparseable date or country, a bad
         * checksum): stored as the source's text, marked not normalised.
         */
        KEPT_AS_TEXT,
        /**
         * A value the store cannot hold as a statement of this schema (a property the schema does not
         * have, a value longer than {@link nl.gedeeldbeeld.model.statement.Statement#MAX_VALUE_LENGTH},
         * a value of the wrong JSON type): held in the quarantine with its record, so a retry after a
         * model change can bring it in.
         */
        QUARANTINED
    }

    /** How much of a value a message quotes: a 20 MB value must not become a 20 MB report line. */
    static final int QUOTE_LIMIT = 200;

    public ValueIssue {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(disposition, "disposition");
        // Value types quote the value in their reasons; a 100,000-character value must not make each report
        // line that long.
        if (value.length() > QUOTE_LIMIT) {
            reason = reason.replace(value, quote(value));
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
    }

    /** The longest reason kept; a value type's reason that quotes a long value is cut. */
    static final int MAX_REASON = 1_000;

    /** The same issue with the property qualified by an entity label ("rekening" + "iban" = "rekening.iban"). */
    public ValueIssue qualified(String label) {
        return label.isEmpty() ? this : new ValueIssue(label + "." + property, value, reason, disposition);
    }

    /**
     * "birthDate 'Unknown': date 'Unknown' is not a date; …; kept as text, not normalised". The value is
     * quoted (shortened when long) so a person can find it in the file.
     */
    public String message() {
        return describe() + "; " + switch (disposition) {
            case KEPT_AS_TEXT -> "kept as text, not normalised";
            case QUARANTINED -> "value held in quarantine";
        };
    }

    /** "wikidataLabel 'Fahd': schema Person has no property 'wikidataLabel'": the issue without what became of it. */
    public String describe() {
        return property + " '" + quote(value) + "': " + reason;
    }

    static String quote(String value) {
        if (value.length() <= QUOTE_LIMIT) {
            return value;
        }
        return value.substring(0, QUOTE_LIMIT) + "… (" + value.length() + " characters)";
    }
}
