package nl.gedeeldbeeld.store.search;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/** How the index treats a property's values, decided by its value format in the schema registry. */
final class ValueKinds {
    enum Kind { NAME, IDENTIFIER, TEXT, SKIP }

    private static final Set<String> IDENTIFIER_FORMATS = Set.of(
            "iban", "bic", "kvk", "rsin", "email", "phone", "postcode", "plate", "container", "identifier");
    private static final Set<String> TEXT_FORMATS = Set.of("string", "text", "address", "url");

    private final SchemaRegistry schemas;
    private final Map<String, Kind> cache = new ConcurrentHashMap<>();

    ValueKinds(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    Kind of(Statement s) {
        return of(s.schema(), s.property());
    }

    Kind of(String schema, String property) {
        if (Statement.ID_PROPERTY.equals(property)) {
            return Kind.SKIP;
        }
        return cache.computeIfAbsent(schema + ":" + property, k -> classify(schema, property));
    }

    private Kind classify(String schemaName, String propertyName) {
        Schema schema = schemas.schema(schemaName).orElse(null);
        if (schema == null) {
            return Kind.TEXT;
        }
        Property property = schema.getProperty(propertyName);
        if (property == null) {
            return Kind.TEXT;
        }
        String format = schemas.valueType(schema, property).code();
        if (format.equals("name")) {
            return Kind.NAME;
        }
        if (IDENTIFIER_FORMATS.contains(format)) {
            return Kind.IDENTIFIER;
        }
        return TEXT_FORMATS.contains(format) ? Kind.TEXT : Kind.SKIP;
    }
}
