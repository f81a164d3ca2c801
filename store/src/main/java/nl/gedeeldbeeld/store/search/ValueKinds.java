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

    /** Characters; a UTF-8 character is at most 4 bytes, so this stays far below Lucene's 32,766-byte term limit. */
    static final int MAX_IDENTIFIER_TERM = 1_000;

    private final SchemaRegistry schemas;
    private final Map<String, Kind> cache = new ConcurrentHashMap<>();

    ValueKinds(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    /**
     * A value kept as the source's text (not normalised) is searched as free text whatever its property:
     * it is in no normalised form an identifier or date lookup could use, and as text it can still be
     * found (a birth date "September 23", an IBAN with a typing error). A name that is not normalised (no
     * letters, or longer than a name may be) is text too: the name keys hold whole names as single terms.
     */
    Kind of(Statement s) {
        Kind kind = of(s.schema(), s.property());
        if (s.notNormalised() && !Statement.ID_PROPERTY.equals(s.property())) {
            return Kind.TEXT;
        }
        // An identifier is indexed whole, as one term, and Lucene refuses terms over 32,766 bytes; a value that
        // long (an e-mail address may be) is searched by its words instead of failing the index update.
        return kind == Kind.IDENTIFIER && s.value().length() > MAX_IDENTIFIER_TERM ? Kind.TEXT : kind;
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
