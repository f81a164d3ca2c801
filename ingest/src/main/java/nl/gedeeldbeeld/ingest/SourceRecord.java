package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gedeeldbeeld.model.entity.StatementRecord;
import nl.gedeeldbeeld.model.entity.ValueIssue;

/**
 * One record of a source file (a JSON line, a CSV row) as a reader delivers it: the entities it states,
 * the one statement it is (statement files), or why it could not be read. Both keep the raw text so a rejected record can be quarantined whole.
 */
public sealed interface SourceRecord {

    /** Line number where the record starts (1-based; in CSV the header is line 1). */
    long line();

    /** The record as read: the JSON line, or the CSV row re-serialised. */
    String raw();

    /**
     * @param firstSeen when the source says it first saw the record (FtM {@code first_seen}); may feed the
     *                  collected date
     */
    /**
     * @param issues    values the reader could not even hand on as text (a list inside a list, an object
     *                  without an id): they go to the quarantine with the record, which still lands
     */
    record Parsed(long line, String raw, List<SourceEntity> entities, Optional<Instant> firstSeen,
                  List<ValueIssue> issues) implements SourceRecord {
        public Parsed {
            Objects.requireNonNull(raw, "raw");
            entities = List.copyOf(entities);
            Objects.requireNonNull(firstSeen, "firstSeen");
            issues = List.copyOf(issues);
        }

        public Parsed(long line, String raw, List<SourceEntity> entities, Optional<Instant> firstSeen) {
            this(line, raw, entities, firstSeen, List.of());
        }
    }

    /**
     * One row of a statement file (FtM's statement format, JSON lines or CSV): a value with whatever
     * provenance the row carries; the import request's provenance fills what it does not.
     */
    record StatementRow(long line, String raw, StatementRecord statement, StatementColumns.Provenance columns)
            implements SourceRecord {
        public StatementRow {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(columns, "columns");
        }
    }

    record Unreadable(long line, String raw, String reason) implements SourceRecord {
        public Unreadable {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
