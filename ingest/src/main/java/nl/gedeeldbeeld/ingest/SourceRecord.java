package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a source file (a JSON line, a CSV row) as a reader delivers it: either the entities it
 * states, or why it could not be read. Both keep the raw text so a rejected record can be quarantined whole.
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
    record Parsed(long line, String raw, List<SourceEntity> entities, Optional<Instant> firstSeen)
            implements SourceRecord {
        public Parsed {
            Objects.requireNonNull(raw, "raw");
            entities = List.copyOf(entities);
            Objects.requireNonNull(firstSeen, "firstSeen");
        }
    }

    record Unreadable(long line, String raw, String reason) implements SourceRecord {
        public Unreadable {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
