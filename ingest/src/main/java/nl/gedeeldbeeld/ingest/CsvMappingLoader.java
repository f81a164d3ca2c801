package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.ingest.CsvMapping.ValueSource;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * Reads a mapping YAML and checks it against the schemata before any data is read, so a typo in the
 * mapping costs one message naming the file and the entry rather than a quarantine full of rows.
 */
public final class CsvMappingLoader {
    private static final Set<String> SETTINGS = Set.of("format", "delimiter", "encoding", "entities");
    private static final Set<String> ENTITY_SETTINGS = Set.of("schema", "keys", "keyPrefix", "properties");
    private static final Set<String> SOURCE_SETTINGS = Set.of("column", "columns", "literal", "entity", "split");

    private final SchemaRegistry schemas;

    public CsvMappingLoader(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    public CsvMapping load(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("mapping file " + file + " not found");
        } catch (IOException e) {
            throw new UserInputException("cannot read mapping file " + file + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UserInputException(name + ": not valid YAML " + yamlProblem(e));
        } catch (IOException e) {
            throw new UserInputException("cannot read mapping file " + file + ": " + e.getMessage());
        }
        return parse(name, file.toAbsolutePath().normalize().toString(), root, FileFingerprint.sha256(bytes));
    }

    CsvMapping parse(String name, String location, JsonNode root, String sha256) {
        if (root == null || !root.isObject()) {
            throw new UserInputException(name + ": expected settings and 'entities', see docs/csv-mapping.md");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!SETTINGS.contains(key)) {
                throw new UserInputException(name + ": unknown setting '" + key + "'; known settings: delimiter, encoding, entities, format");
            }
        }
        Optional<SourceFormat> format = Optional.empty();
        if (root.hasNonNull("format")) {
            String f = root.get("format").asText();
            if (!f.equalsIgnoreCase("csv") && !f.equalsIgnoreCase("tsv")) {
                throw new UserInputException(name + ": format '" + f + "' must be csv or tsv");
            }
            format = Optional.of(SourceFormat.parse(f));
        }
        Optional<Character> delimiter = Optional.empty();
        if (root.hasNonNull("delimiter")) {
            String d = root.get("delimiter").asText();
            if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
                d = "\t";
            }
            if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
                throw new UserInputException(name + ": delimiter '" + d + "' must be one character, e.g. \",\", \";\" or \"\\t\"");
            }
            delimiter = Optional.of(d.charAt(0));
        }
        Charset encoding = StandardCharsets.UTF_8;
        if (root.hasNonNull("encoding")) {
            String e = root.get("encoding").asText();
            try {
                encoding = Charset.forName(e);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
                throw new UserInputException(name + ": unknown encoding '" + e + "'; use e.g. UTF-8 or windows-1252");
            }
        }
        JsonNode entities = root.get("entities");
        if (entities == null || !entities.isObject() || entities.isEmpty()) {
            throw new UserInputException(name + ": no 'entities'; a mapping needs at least one entity");
        }
        Map<String, CsvMapping.Entity> byName = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entities.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byName.put(e.getKey(), entity(name, e.getKey(), e.getValue()));
        }
        checkReferences(name, byName);
        checkDistinctIds(name, byName);
        return new CsvMapping(name, location, format, delimiter, encoding, ordered(name, byName), sha256);
    }

    private CsvMapping.Entity entity(String file, String local, JsonNode node) {
        String where = file + ": entity '" + local + "'";
        if (node == null || !node.isObject()) {
            throw new UserInputException(where + ": expected schema, keys and properties");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ENTITY_SETTINGS.contains(key)) {
                throw new UserInputException(where + ": unknown setting '" + key + "'; known settings: keyPrefix, keys, properties, schema");
            }
        }
        if (!node.hasNonNull("schema")) {
            throw new UserInputException(where + ": no schema; give one, e.g. schema: Person");
        }
        String schemaName = node.get("schema").asText();
        Schema schema = schemas.schema(schemaName).orElseThrow(
                () -> new UserInputException(where + ": unknown schema '" + schemaName + "'"));
        List<String> keys = stringList(node.get("keys"));
        if (keys.isEmpty()) {
            throw new UserInputException(where + ": no keys; list the columns that identify it, e.g. keys: [relatienummer]");
        }
        String keyPrefix = node.hasNonNull("keyPrefix") ? node.get("keyPrefix").asText() : "";
        List<CsvMapping.PropertyMapping> properties = new ArrayList<>();
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw new UserInputException(where + ": properties must map property names to columns");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                Property property = schema.getProperty(p.getKey());
                if (property == null) {
                    throw new UserInputException(where + ": schema " + schema.getName() + " has no property '" + p.getKey() + "'");
                }
                ValueSource source = source(where + ": property '" + p.getKey() + "'", p.getValue());
                if (source instanceof ValueSource.EntityRef && !property.getType().isEntity()) {
                    throw new UserInputException(where + ": property '" + p.getKey()
                            + "' holds no reference to another entity, so it cannot take {entity: ...}");
                }
                properties.add(new CsvMapping.PropertyMapping(p.getKey(), source));
            }
        }
        return new CsvMapping.Entity(local, schema.getName(), keys, keyPrefix, schema.isEdge(), properties);
    }

    private static ValueSource source(String where, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new UserInputException(where + ": give a column, a list of columns, {literal: ...} or {entity: ...}");
        }
        if (value.isTextual()) {
            return new ValueSource.Column(value.asText());
        }
        if (value.isArray()) {
            List<String> columns = stringList(value);
            if (columns.isEmpty()) {
                throw new UserInputException(where + ": the list of columns is empty");
            }
            return new ValueSource.Joined(columns);
        }
        if (!value.isObject()) {
            throw new UserInputException(where + ": give a column, a list of columns, {literal: ...} or {entity: ...}");
        }
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!SOURCE_SETTINGS.contains(key)) {
                throw new UserInputException(where + ": unknown setting '" + key + "'; use column, columns, literal or entity");
            }
        }
        int kinds = (value.has("column") ? 1 : 0) + (value.has("columns") ? 1 : 0) + (value.has("literal") ? 1 : 0)
                + (value.has("entity") ? 1 : 0);
        if (kinds != 1) {
            throw new UserInputException(where + ": give exactly one of column, columns, literal or entity");
        }
        if (value.has("literal")) {
            return new ValueSource.Literal(value.get("literal").asText());
        }
        if (value.has("entity")) {
            return new ValueSource.EntityRef(value.get("entity").asText());
        }
        Optional<String> split = split(where, value.get("split"));
        List<String> columns = value.has("column") ? List.of(value.get("column").asText()) : stringList(value.get("columns"));
        if (columns.isEmpty()) {
            throw new UserInputException(where + ": the list of columns is empty");
        }
        return new ValueSource.EachColumn(columns, split);
    }

    /** {@code split: false} (default) keeps each cell whole; a string splits cells on it; true means ";". */
    private static Optional<String> split(String where, JsonNode node) {
        if (node == null || node.isNull() || (node.isBoolean() && !node.asBoolean())) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(";");
        }
        String separator = node.asText();
        if (separator.isEmpty()) {
            throw new UserInputException(where + ": split must be false or a separator such as \";\"");
        }
        return Optional.of(separator);
    }

    private static List<String> stringList(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asText().isBlank()) {
                    list.add(n.asText().trim());
                }
            });
        } else if (!node.asText().isBlank()) {
            list.add(node.asText().trim());
        }
        return list;
    }

    private static void checkReferences(String file, Map<String, CsvMapping.Entity> byName) {
        for (CsvMapping.Entity e : byName.values()) {
            for (CsvMapping.PropertyMapping p : e.properties()) {
                if (p.source() instanceof ValueSource.EntityRef ref && !byName.containsKey(ref.entity())) {
                    throw new UserInputException(file + ": entity '" + e.name() + "': property '" + p.property()
                            + "' refers to entity '" + ref.entity() + "', which the mapping does not define");
                }
            }
        }
    }

    /** Two entries with the same keys and prefix would give different entities one id. */
    private static void checkDistinctIds(String file, Map<String, CsvMapping.Entity> byName) {
        Map<String, String> seen = new HashMap<>();
        for (CsvMapping.Entity e : byName.values()) {
            String signature = e.keyPrefix() + "\u0000" + String.join("\u0000", e.keys());
            String other = seen.putIfAbsent(signature, e.name());
            if (other != null) {
                throw new UserInputException(file + ": entities '" + other + "' and '" + e.name()
                        + "' have the same keys and keyPrefix, so their ids would collide; give one a keyPrefix");
            }
        }
    }

    /** Referenced entries before the entries that refer to them; a cycle cannot be resolved within a row. */
    private static List<CsvMapping.Entity> ordered(String file, Map<String, CsvMapping.Entity> byName) {
        List<CsvMapping.Entity> result = new ArrayList<>();
        Map<String, Boolean> state = new HashMap<>(); // false: visiting, true: done
        for (String name : byName.keySet()) {
            visit(file, name, byName, state, result);
        }
        return result;
    }

    private static void visit(String file, String name, Map<String, CsvMapping.Entity> byName,
                              Map<String, Boolean> state, List<CsvMapping.Entity> result) {
        Boolean s = state.get(name);
        if (Boolean.TRUE.equals(s)) {
            return;
        }
        if (Boolean.FALSE.equals(s)) {
            throw new UserInputException(file + ": entity '" + name + "' refers to itself through {entity: ...} references");
        }
        state.put(name, false);
        for (CsvMapping.PropertyMapping p : byName.get(name).properties()) {
            if (p.source() instanceof ValueSource.EntityRef ref) {
                visit(file, ref.entity(), byName, state, result);
            }
        }
        state.put(name, true);
        result.add(byName.get(name));
    }

    /** SnakeYAML's own problem and where it noticed it; its full message spans several lines. */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return "at line " + (marked.getProblemMark().getLine() + 1) + ", column " + (marked.getProblemMark().getColumn() + 1)
                    + ": " + marked.getProblem() + " (check the indentation and brackets)";
        }
        String where = e.getLocation() == null ? "" : "at line " + e.getLocation().getLineNr() + ": ";
        return where + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
