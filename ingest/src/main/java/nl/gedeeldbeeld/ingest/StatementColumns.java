package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.gedeeldbeeld.model.entity.StatementRecord;

/**
 * The columns of FtM's statement format and how they map to ours. FtM, nomenklatura and OpenSanctions
 * publish statements with {@code id, entity_id, canonical_id, prop, prop_type, schema, value,
 * original_value, dataset, lang, first_seen, last_seen, external}; our exports ({@code ExportWriter}) write
 * {@code id, entity_id, schema, prop, value, original_value, not_normalised, redacted, dataset, partner,
 * legal_regime, reliability, collected_at, first_seen, last_seen, retain_until, batch} and the legal basis
 * of the exporter. A row needs {@code entity_id, prop, schema, value}; everything else is optional.
 *
 * <p>Mapping: {@code entity_id} is the entity's id (namespaced per dataset like an entity line's id, which
 * leaves our own, already namespaced ids as they are); {@code id} is not read but recomputed from dataset,
 * entity, property and value, which gives the same id for our exports and for FtM's; {@code dataset,
 * partner, legal_regime, reliability, collected_at, first_seen, last_seen, retain_until, batch} become the
 * statement's provenance, and a column that is missing or empty is filled from the import request
 * (dataset, partner, regime, reliability, collected date) or derived as for entity lines (collected at the
 * row's first_seen, retained for the regime's term from then, seen at the import). {@code canonical_id}
 * (a merge in the source's own resolution), {@code prop_type}, {@code lang}, {@code external} and our
 * legal-basis columns are not kept: resolution here is judgements, types come from our schema, and the
 * legal basis is that of the exporter, not of the importer. A row with {@code redacted=true} holds no
 * value and imports nothing.
 */
final class StatementColumns {
    static final List<String> REQUIRED = List.of("entity_id", "prop", "schema", "value");

    /** What a row says about provenance; each is empty where the row does not say it. */
    record Provenance(Optional<String> dataset, Optional<String> partner, Optional<String> regime,
                      Optional<String> reliability, Optional<Instant> collectedAt, Optional<Instant> firstSeen,
                      Optional<Instant> lastSeen, Optional<LocalDate> retainUntil, Optional<String> batch) {
        Provenance {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(reliability, "reliability");
            Objects.requireNonNull(collectedAt, "collectedAt");
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(retainUntil, "retainUntil");
            Objects.requireNonNull(batch, "batch");
        }
    }

    private StatementColumns() {
    }

    /** A header (or a JSON line's fields) that names a statement rather than an entity. */
    static boolean isStatementHeader(Collection<String> columns) {
        return columns.containsAll(REQUIRED);
    }

    /** One statement row from its fields by column name; a field the row lacks may be absent or empty. */
    static SourceRecord toRecord(long line, String raw, Map<String, String> fields, String fileName) {
        for (String column : REQUIRED) {
            if (text(fields, column).isEmpty() && !column.equals("value")) {
                return new SourceRecord.Unreadable(line, raw, "statement has no '" + column + "'");
            }
        }
        if (text(fields, "redacted").filter("true"::equalsIgnoreCase).isPresent()) {
            // The exporter could see that the property exists, not its value: nothing to import.
            return new SourceRecord.Parsed(line, raw, List.of(), Optional.empty());
        }
        Provenance provenance;
        try {
            provenance = new Provenance(text(fields, "dataset"), text(fields, "partner"), text(fields, "legal_regime"),
                    text(fields, "reliability"), instant(fields, "collected_at"), instant(fields, "first_seen"),
                    instant(fields, "last_seen"), text(fields, "retain_until").map(t -> date("retain_until", t)),
                    text(fields, "batch"));
        } catch (BadColumn e) {
            return new SourceRecord.Unreadable(line, raw, e.getMessage());
        }
        StatementRecord statement = new StatementRecord(text(fields, "entity_id").orElse(""),
                text(fields, "schema").orElse(""), text(fields, "prop").orElse(""), fields.getOrDefault("value", ""),
                Optional.ofNullable(fields.get("original_value")).filter(v -> !v.isEmpty()),
                text(fields, "not_normalised").filter("true"::equalsIgnoreCase).isPresent(), fileName + ": line " + line);
        return new SourceRecord.StatementRow(line, raw, statement, provenance);
    }

    private static Optional<String> text(Map<String, String> fields, String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Instant> instant(Map<String, String> fields, String column) {
        Optional<String> text = text(fields, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseInstant(text.get()).orElseThrow(() -> new BadColumn(column + " '" + text.get()
                + "' is not a timestamp; use 2024-03-09T02:54:48 (UTC) or 2024-03-09T02:54:48Z")));
    }

    private static LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadColumn(column + " '" + text + "' is not a date; use 2031-03-09");
        }
    }

    /** FtM writes timestamps without a zone ("2024-03-09T02:54:48"), meaning UTC; offsets are accepted too. */
    static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private static final class BadColumn extends RuntimeException {
        BadColumn(String message) {
            super(message, null, false, false);
        }
    }
}
