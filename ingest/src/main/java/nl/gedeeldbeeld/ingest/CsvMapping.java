package nl.gedeeldbeeld.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated CSV/TSV mapping (see docs/csv-mapping.md): which entities each row yields and where their
 * values come from. Entities are kept in an order where every referenced entity comes before the
 * entities that refer to it, so one pass over them resolves the references of a row.
 *
 * @param name   the mapping file's name, for messages
 * @param sha256 of the mapping's bytes: a changed mapping reads the same file differently
 */
public record CsvMapping(String name, String location, Optional<SourceFormat> format, Optional<Character> delimiter,
                         Charset encoding, List<Entity> entities, String sha256) {

    public CsvMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(encoding, "encoding");
        entities = List.copyOf(entities);
        Objects.requireNonNull(sha256, "sha256");
    }

    /** One mapping entry: a local name, the schema, the key columns and the property sources. */
    public record Entity(String name, String schema, List<String> keys, String keyPrefix, boolean edge,
                         List<PropertyMapping> properties) {
        public Entity {
            keys = List.copyOf(keys);
            properties = List.copyOf(properties);
        }

        /** Every column this entry reads, keys first, in mapping order. */
        public List<String> columns() {
            Set<String> columns = new LinkedHashSet<>(keys);
            for (PropertyMapping p : properties) {
                columns.addAll(p.source().columns());
            }
            return new ArrayList<>(columns);
        }
    }

    public record PropertyMapping(String property, ValueSource source) {
    }

    /** Where a property's values come from. */
    public sealed interface ValueSource {
        List<String> columns();

        /** {@code prop: column} */
        record Column(String column) implements ValueSource {
            public List<String> columns() {
                return List.of(column);
            }
        }

        /** {@code prop: [a, b, c]}: one value, the non-blank cells joined with single spaces. */
        record Joined(List<String> columns) implements ValueSource {
            public Joined {
                columns = List.copyOf(columns);
            }
        }

        /** {@code prop: {columns: [a, b], split: ";"}}: each cell its own value, optionally split further. */
        record EachColumn(List<String> columns, Optional<String> split) implements ValueSource {
            public EachColumn {
                columns = List.copyOf(columns);
            }
        }

        /** {@code prop: {literal: nl}} */
        record Literal(String value) implements ValueSource {
            public List<String> columns() {
                return List.of();
            }
        }

        /** {@code prop: {entity: persoon}}: the id of another entity of the same row. */
        record EntityRef(String entity) implements ValueSource {
            public List<String> columns() {
                return List.of();
            }
        }
    }
}
