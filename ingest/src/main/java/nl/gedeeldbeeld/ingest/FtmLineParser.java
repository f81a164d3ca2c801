package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.entity.EntityRecord;
import nl.gedeeldbeeld.model.entity.ValueIssue;

/**
 * Parses one FtM JSON line with Jackson's streaming parser, no tree per line: an entity line ({@code {"id",
 * "schema", "properties": {prop: [values]}}}, fields that Aleph and OpenSanctions add such as caption,
 * datasets, referents, target are read past) or a statement line of FtM's statement format ({@code
 * entity_id, prop, schema, value …}, see {@link StatementColumns}). Used by the reader and by quarantine retry.
 */
final class FtmLineParser {
    /**
     * Jackson refuses strings over 20 million characters by default, which would make a line with one huge
     * value "malformed JSON" and cost the record. The line is already in memory when it is parsed, so the
     * limit protects nothing here; the value is refused for its length by the statement factory instead.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build())
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
        Map<String, String> scalars = new HashMap<>();
        boolean hasProperties = false;
        Map<String, List<String>> properties = new LinkedHashMap<>();
        List<ValueIssue> issues = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return unreadable(line, text, "expected a JSON object with id, schema and properties");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("properties")) {
                    if (value != JsonToken.START_OBJECT) {
                        return unreadable(line, text, "'properties' must be an object of property: [values]");
                    }
                    hasProperties = true;
                    readProperties(p, properties, issues);
                } else if (value.isScalarValue()) {
                    if (value != JsonToken.VALUE_NULL) {
                        scalars.put(field, p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return unreadable(line, text, "malformed JSON: more than one value on the line at column "
                        + p.currentTokenLocation().getColumnNr());
            }
        }
        if (!hasProperties && (scalars.containsKey("entity_id") || scalars.containsKey("prop"))) {
            // FtM's statement format (and our exports): one value per line, with its own provenance.
            return StatementColumns.toRecord(line, text, scalars, fileName);
        }
        String id = scalars.getOrDefault("id", "").trim();
        String schema = scalars.getOrDefault("schema", "").trim();
        if (id.isEmpty()) {
            return unreadable(line, text, "record has no 'id'");
        }
        if (schema.isEmpty()) {
            return unreadable(line, text, "record has no 'schema'");
        }
        if (!hasProperties) {
            return unreadable(line, text, "record has no 'properties'; an FtM entity line is {\"id\", \"schema\", "
                    + "\"properties\": {property: [values]}} and a statement line has entity_id, prop, schema and value");
        }
        Optional<Instant> firstSeen = scalars.containsKey("first_seen") ? instant(scalars.get("first_seen")) : Optional.empty();
        EntityRecord record = new EntityRecord(id, schema, properties, fileName + ": line " + line);
        return new SourceRecord.Parsed(line, text, List.of(new SourceEntity("", record)), firstSeen, issues);
    }

    /**
     * Reads the properties object. A value of the wrong JSON type (a list inside the list, an object without
     * an id) costs that value, not the record: it is reported for the quarantine, which keeps the line.
     */
    private static void readProperties(JsonParser p, Map<String, List<String>> properties, List<ValueIssue> issues)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            JsonToken token = p.nextToken();
            List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>(2));
            if (token == JsonToken.START_ARRAY) {
                while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                    readValue(p, token, property, values, issues);
                }
            } else {
                // Some exporters write a lone value without the array; accept it rather than lose it.
                readValue(p, token, property, values, issues);
            }
        }
    }

    private static void readValue(JsonParser p, JsonToken token, String property, List<String> values,
                                  List<ValueIssue> issues) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token.isScalarValue()) {
            values.add(p.getText());
            return;
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
                issues.add(new ValueIssue(property, "{…}", "an object without an 'id' is not a value",
                        ValueIssue.Disposition.QUARANTINED));
                return;
            }
            values.add(nestedId);
            return;
        }
        p.skipChildren();
        issues.add(new ValueIssue(property, "[…]", "a list inside the list of values is not a value",
                ValueIssue.Disposition.QUARANTINED));
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
        return StatementColumns.parseInstant(text); // metadata only: an odd timestamp must not cost the record
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
