package nl.gedeeldbeeld.model.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * An entity as a view over its statements: nothing is stored about an entity except statements, so the
 * schema, caption and property values here are derived and always traceable to their provenance.
 */
public record EntityView(String id, String schema, String caption, Map<String, List<Statement>> properties) {

    public EntityView {
        Map<String, List<Statement>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Build the view of one entity. When partners disagree on the schema (Company vs LegalEntity) the most
     * specific schema that all agree with wins, as in FtM; incompatible schemata fall back to the first.
     */
    public static Optional<EntityView> of(String id, List<Statement> statements, SchemaRegistry schemas) {
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        Schema schema = null;
        for (Statement s : statements) {
            Schema next = schemas.schema(s.schema()).orElse(null);
            if (next == null) {
                continue;
            }
            if (schema == null) {
                schema = next;
            } else {
                try {
                    schema = schema.commonWith(next);
                } catch (tech.followthemoney.exc.SchemaException incompatible) {
                    // keep the first: an analyst sees both schemata on the statements themselves
                }
            }
        }
        Map<String, List<Statement>> byProperty = new LinkedHashMap<>();
        statements.stream()
                .filter(s -> !s.isIdStatement())
                .sorted(Comparator.comparing(Statement::property).thenComparing(Statement::value))
                .forEach(s -> byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s));
        String schemaName = schema == null ? statements.get(0).schema() : schema.getName();
        return Optional.of(new EntityView(id, schemaName, caption(schema, byProperty, id), byProperty));
    }

    private static String caption(Schema schema, Map<String, List<Statement>> byProperty, String id) {
        if (schema != null) {
            for (Property p : schema.getCaptionProperties()) {
                List<Statement> values = byProperty.get(p.getName());
                if (values != null && !values.isEmpty()) {
                    return values.get(0).value();
                }
            }
        }
        List<Statement> names = byProperty.get("name");
        return names != null && !names.isEmpty() ? names.get(0).value() : id;
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of()).stream().map(Statement::value).distinct().toList();
    }

    /** The first value of the property (in the view's value order), or empty when it has none. */
    public Optional<String> first(String property) {
        List<Statement> statements = properties.getOrDefault(property, List.of());
        return statements.isEmpty() ? Optional.empty() : Optional.of(statements.get(0).value());
    }
}
