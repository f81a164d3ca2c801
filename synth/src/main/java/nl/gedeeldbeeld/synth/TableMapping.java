package nl.gedeeldbeeld.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV/TSV mapping in the format of docs/csv-mapping.md. The same object writes the YAML and computes the
 * source ids the importer will derive from a row, so ground truth and importer can never disagree.
 */
final class TableMapping {
    /** How the ground truth treats an entity's source id. */
    enum Identity {
        /** Each row yields a new id. */
        OWN,
        /** Several rows may yield the same id (an address, an account); recorded at first sighting. */
        SHARED,
        /** The id belongs to an entity recorded by another file of the same dataset. */
        REFERENCE
    }

    record Entity(String name, String schema, List<String> keys, String keyPrefix, Map<String, Object> properties,
                  Identity identity) {
    }

    final String format;
    final List<Entity> entities = new ArrayList<>();

    TableMapping(String format) {
        this.format = format;
    }

    TableMapping entity(String name, String schema, List<String> keys, String keyPrefix, Identity identity,
                        Object... propertyPairs) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < propertyPairs.length; i += 2) {
            props.put((String) propertyPairs[i], propertyPairs[i + 1]);
        }
        entities.add(new Entity(name, schema, List.copyOf(keys), keyPrefix, props, identity));
        return this;
    }

    static Map<String, Object> literal(String value) {
        return Map.of("literal", value);
    }

    static Map<String, Object> ref(String entity) {
        return Map.of("entity", entity);
    }

    static List<String> join(String... columns) {
        return List.of(columns);
    }

    static Map<String, Object> each(String... columns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("columns", List.of(columns));
        m.put("split", false);
        return m;
    }

    /** The source id the importer derives: keyPrefix and key values joined with ':'; empty if all blank. */
    static String sourceId(Entity e, String[] keyValues) {
        boolean any = false;
        for (String v : keyValues) {
            any |= !v.isBlank();
        }
        if (!any) {
            return "";
        }
        List<String> parts = new ArrayList<>(keyValues.length + 1);
        if (e.keyPrefix() != null && !e.keyPrefix().isEmpty()) {
            parts.add(e.keyPrefix());
        }
        parts.addAll(List.of(keyValues));
        return String.join(":", parts);
    }

    /** Every column the mapping refers to, for the header check. */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            out.addAll(e.keys());
            for (Object v : e.properties().values()) {
                collect(v, out);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object v, List<String> out) {
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof List<?> l) {
            l.forEach(x -> out.add((String) x));
        } else if (v instanceof Map<?, ?> m && m.containsKey("columns")) {
            out.addAll((List<String>) m.get("columns"));
        }
    }

    void write(Path file, String comment) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", format);
        root.put("encoding", "UTF-8");
        Map<String, Object> ents = new LinkedHashMap<>();
        for (Entity e : entities) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("schema", e.schema());
            m.put("keys", e.keys());
            if (e.keyPrefix() != null && !e.keyPrefix().isEmpty()) {
                m.put("keyPrefix", e.keyPrefix());
            }
            m.put("properties", e.properties());
            ents.put(e.name(), m);
        }
        root.put("entities", ents);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : comment.split("\n")) {
                w.write("# " + line + "\n");
            }
            yaml.writeValue(w, root);
        }
    }
}
