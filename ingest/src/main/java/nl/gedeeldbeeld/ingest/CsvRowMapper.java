package nl.gedeeldbeeld.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.ingest.CsvMapping.ValueSource;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityRecord;

/**
 * Applies a mapping to the rows of one file: binds the mapping's columns to header positions (failing
 * for the whole file when a column is missing) and turns each row into the entities it yields.
 */
final class CsvRowMapper {
    private final CsvMapping mapping;
    private final String fileName;
    private final int width;
    private final Map<String, Integer> index = new HashMap<>();

    CsvRowMapper(CsvMapping mapping, List<String> header, String fileName) {
        this.mapping = mapping;
        this.fileName = fileName;
        this.width = header.size();
        Map<String, Integer> positions = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim();
            if (positions.putIfAbsent(column, i) != null) {
                duplicates.add(column);
            }
        }
        // Column → the first entry that needs it: each missing column is reported once.
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        for (CsvMapping.Entity entity : mapping.entities()) {
            for (String column : entity.columns()) {
                if (duplicates.contains(column)) {
                    throw new UserInputException(fileName + ": line 1: the header has column '" + column
                            + "' more than once, so mapping entity '" + entity.name() + "' cannot tell which to use");
                }
                Integer position = positions.get(column);
                if (position == null) {
                    missing.putIfAbsent(column, entity.name());
                } else {
                    index.put(column, position);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map.Entry<String, String> first = missing.entrySet().iterator().next();
            String more = missing.size() > 1 ? " (and " + (missing.size() - 1) + " more missing column"
                    + (missing.size() > 2 ? "s" : "") + ")" : "";
            throw new UserInputException(fileName + ": line 1: mapping entity '" + first.getValue() + "' refers to column '"
                    + first.getKey() + "', which the header does not have" + more + delimiterHint(header));
        }
    }

    /** A header read as one column that contains a likely separator usually means the wrong delimiter. */
    private static String delimiterHint(List<String> header) {
        if (header.size() == 1) {
            for (String candidate : new String[] {"\t", ";", ",", "|"}) {
                if (header.get(0).contains(candidate)) {
                    String shown = candidate.equals("\t") ? "tabs" : "'" + candidate + "'";
                    return "; the header was read as one column but contains " + shown
                            + ", so check the format or delimiter in the mapping";
                }
            }
        }
        return "";
    }

    int width() {
        return width;
    }

    SourceRecord map(long line, List<String> row, String raw) {
        Optional<String> shape = checkShape(row);
        if (shape.isPresent()) {
            return new SourceRecord.Unreadable(line, raw, shape.get());
        }
        Map<String, String> produced = new HashMap<>(); // local name → source id
        List<SourceEntity> entities = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String location = fileName + ": line " + line;
        for (CsvMapping.Entity entity : mapping.entities()) {
            if (entity.edge() && !referencesProduced(entity, produced)) {
                continue; // an edge to an entity the row does not have (no account → no account holder)
            }
            List<String> keyValues = new ArrayList<>(entity.keys().size());
            List<String> emptyKeys = new ArrayList<>();
            for (String key : entity.keys()) {
                String value = cell(row, key);
                keyValues.add(value);
                if (value.isEmpty()) {
                    emptyKeys.add(key);
                }
            }
            if (emptyKeys.size() == keyValues.size()) {
                continue;
            }
            if (!emptyKeys.isEmpty()) {
                problems.add(entity.name() + ": key column" + (emptyKeys.size() > 1 ? "s " : " ")
                        + quoted(emptyKeys) + (emptyKeys.size() > 1 ? " are" : " is") + " empty");
                continue;
            }
            List<String> idParts = new ArrayList<>();
            if (!entity.keyPrefix().isEmpty()) {
                idParts.add(entity.keyPrefix());
            }
            idParts.addAll(keyValues);
            String sourceId = String.join(":", idParts);
            produced.put(entity.name(), sourceId);
            entities.add(new SourceEntity(entity.name(),
                    new EntityRecord(sourceId, entity.schema(), properties(entity, row, produced), location)));
        }
        if (!problems.isEmpty()) {
            return new SourceRecord.Unreadable(line, raw, String.join("; ", problems));
        }
        if (entities.isEmpty()) {
            return new SourceRecord.Unreadable(line, raw, "row yields no entity: every key column is empty ("
                    + quoted(mapping.entities().stream().flatMap(e -> e.keys().stream()).distinct().toList()) + ")");
        }
        return new SourceRecord.Parsed(line, raw, entities, Optional.empty());
    }

    private Optional<String> checkShape(List<String> row) {
        if (row.size() < width) {
            return Optional.of("row has " + row.size() + " column" + (row.size() == 1 ? "" : "s") + ", the header has " + width);
        }
        // Extra empty cells come from trailing delimiters that spreadsheet exports add; only data counts.
        for (int i = width; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return Optional.of("row has " + row.size() + " columns, the header has " + width);
            }
        }
        return Optional.empty();
    }

    private static boolean referencesProduced(CsvMapping.Entity entity, Map<String, String> produced) {
        return entity.properties().stream()
                .map(CsvMapping.PropertyMapping::source)
                .filter(s -> s instanceof ValueSource.EntityRef)
                .allMatch(s -> produced.containsKey(((ValueSource.EntityRef) s).entity()));
    }

    private Map<String, List<String>> properties(CsvMapping.Entity entity, List<String> row, Map<String, String> produced) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        for (CsvMapping.PropertyMapping p : entity.properties()) {
            List<String> values = properties.computeIfAbsent(p.property(), k -> new ArrayList<>(1));
            ValueSource source = p.source();
            if (source instanceof ValueSource.Column c) {
                addIfPresent(values, cell(row, c.column()));
            } else if (source instanceof ValueSource.Joined j) {
                addIfPresent(values, String.join(" ", j.columns().stream()
                        .map(column -> cell(row, column)).filter(v -> !v.isEmpty()).toList()));
            } else if (source instanceof ValueSource.EachColumn each) {
                for (String column : each.columns()) {
                    String value = cell(row, column);
                    if (each.split().isPresent()) {
                        for (String part : value.split(Pattern.quote(each.split().get()))) {
                            addIfPresent(values, part.trim());
                        }
                    } else {
                        addIfPresent(values, value);
                    }
                }
            } else if (source instanceof ValueSource.Literal l) {
                addIfPresent(values, l.value());
            } else if (source instanceof ValueSource.EntityRef r && produced.containsKey(r.entity())) {
                // A non-edge entity whose referenced entity is absent simply lacks that property.
                values.add(produced.get(r.entity()));
            }
        }
        properties.values().removeIf(List::isEmpty);
        return properties;
    }

    private static void addIfPresent(List<String> values, String value) {
        if (!value.isEmpty()) {
            values.add(value);
        }
    }

    private String cell(List<String> row, String column) {
        String value = row.get(index.get(column));
        return value == null ? "" : value.trim();
    }

    private static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "'" + c + "'").toList());
    }
}
