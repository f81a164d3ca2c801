package nl.gedeeldbeeld.model.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity as a source file states it, before validation: its id in that file, its schema and raw
 * property values. Importers produce these; {@link StatementFactory} turns them into statements.
 *
 * @param location where in the source the record was (e.g. "personen.csv: line 12"), for error messages
 */
public record EntityRecord(String sourceId, String schema, Map<String, List<String>> properties, String location) {
    public EntityRecord {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(location, "location");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = java.util.Collections.unmodifiableMap(copy);
    }
}
