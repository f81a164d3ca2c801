package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.entity.EntityRecord;

/**
 * Parses one FtM JSON line ({@code {"id", "schema", "properties": {prop: [values]}}}) with Jackson's
 * streaming parser: no tree per line, and fields that Aleph and OpenSanctions add (caption, datasets,
 * referents, last_seen, target …) are skipped unread. Used by the reader and by quarantine retry.
 */
final class FtmLineParser {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String fileName;
    private String lastSeenText = "";
    private Optional<Instant> lastSeenInstant = Optional.empty();

    FtmLineParser(String fileName) {
        this.fileName = fileName;
    }

    /** @param truncated the line is the file's last and has no newline: a failure then means it was cut off */
    SourceRecord parse(long line, String text, boolean truncated) {
        try {
            return read(line, text);
        } catch (JsonProcessingException e) {
            if (truncated) {
                return new SourceRecord.Unreadable(line, text, "truncated record at end of file");
            }
            return new SourceRecord.Unreadable(line, text, "malformed JSON: " + shortMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceRecord read(long line, String text) throws IOException {
        String id = "";
        String schema = "";
        Optional<Instant> firstSeen = Optional.empty();
        Map<String, List<String>> properties = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return unreadable(line, text, "expected a JSON object with id, schema and properties");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText().trim() : "";
                    case "schema" -> schema = value == JsonToken.VALUE_STRING ? p.getText().trim() : "";
                    case "first_seen" -> firstSeen = value == JsonToken.VALUE_STRING ? instant(p.getText()) : Optional.empty();
                    case "properties" -> {
                        if (value != JsonToken.START_OBJECT) {
                            return unreadable(line, text, "'properties' must be an object of property: [values]");
                        }
                        Optional<String> problem = readProperties(p, properties);
                        if (problem.isPresent()) {
                            return unreadable(line, text, problem.get());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return unreadable(line, text, "malformed JSON: more than one value on the line at column "
                        + p.currentTokenLocation().getColumnNr());
            }
        }
        if (id.isEmpty()) {
            return unreadable(line, text, "record has no 'id'");
        }
        if (schema.isEmpty()) {
            return unreadable(line, text, "record has no 'schema'");
        }
        EntityRecord record = new EntityRecord(id, schema, properties, fileName + ": line " + line);
        return new SourceRecord.Parsed(line, text, List.of(new SourceEntity("", record)), firstSeen);
    }

    private static Optional<String> readProperties(JsonParser p, Map<String, List<String>> properties) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            JsonToken token = p.nextToken();
            List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>(2));
            if (token == JsonToken.START_ARRAY) {
                while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                    Optional<String> problem = readValue(p, token, property, values);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            } else {
                // Some exporters write a lone value without the array; accept it rather than lose it.
                Optional<String> problem = readValue(p, token, property, values);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> readValue(JsonParser p, JsonToken token, String property, List<String> values)
            throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (token.isScalarValue()) {
            values.add(p.getText());
            return Optional.empty();
        }
        if (token == JsonToken.START_OBJECT) {
            // A nested entity (Aleph's "nested" export): the reference is its id.
            String nestedId = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id") && value.isScalarValue()) {
                    nestedId = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (nestedId.isBlank()) {
                return Optional.of("property '" + property + "' has an object value without an 'id'");
            }
            values.add(nestedId);
            return Optional.empty();
        }
        return Optional.of("property '" + property + "' has a list inside its list of values");
    }

    private static SourceRecord unreadable(long line, String text, String reason) {
        return new SourceRecord.Unreadable(line, text, reason);
    }

    /**
     * FtM writes first_seen without a zone ("2024-03-09T02:54:48"), meaning UTC; offsets are accepted too.
     * Exports give whole runs of records the same timestamp, so the last one parsed is remembered.
     */
    private Optional<Instant> instant(String text) {
        if (!text.equals(lastSeenText)) {
            lastSeenText = text;
            lastSeenInstant = parseInstant(text);
        }
        return lastSeenInstant;
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty(); // metadata only: an odd timestamp must not cost the record
            }
        }
    }

    /** Jackson's message without its source excerpt and start-marker detail, plus the column. */
    static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        message = message.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "");
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = message.strip();
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            message += " at column " + e.getLocation().getColumnNr();
        }
        return message;
    }
}
