package nl.gedeeldbeeld.model.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.model.value.ValueResult;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * Turns a source record into statements: checks the schema and every property, normalises each value,
 * gives the entity and its references their opaque ids under the platform key ({@link EntityIdScheme}), so
 * no id shows or lets anyone compute a source key; the source id stays as the original of the {@code id}
 * statement (and the raw reference as the original of a reference), a value under the policy. A record with any invalid value is rejected
 * whole, with every reason, so that nothing half-valid enters the store and the quarantine shows all
 * that is wrong at once.
 */
public final class StatementFactory {
    private final SchemaRegistry schemas;
    private final EntityIdScheme ids;

    public StatementFactory(SchemaRegistry schemas, EntityIdScheme ids) {
        this.schemas = schemas;
        this.ids = java.util.Objects.requireNonNull(ids, "ids");
    }

    /** The statements of a valid record, or the reasons it is not valid. */
    public sealed interface Conversion {
        record Accepted(List<Statement> statements) implements Conversion {
            public Accepted {
                statements = List.copyOf(statements);
            }
        }

        record Rejected(List<String> reasons) implements Conversion {
            public Rejected {
                reasons = List.copyOf(reasons);
            }
        }
    }

    public Conversion convert(EntityRecord record, Provenance provenance, Instant seenAt) {
        List<String> problems = new ArrayList<>();
        Schema schema = schemas.schema(record.schema()).orElse(null);
        if (schema == null) {
            return new Conversion.Rejected(List.of("unknown schema '" + record.schema() + "'"));
        }
        if (record.sourceId().isBlank()) {
            return new Conversion.Rejected(List.of("record has no id"));
        }
        String dataset = provenance.dataset();
        String entityId = ids.id(dataset, record.sourceId());
        List<Statement> statements = new ArrayList<>();
        statements.add(statement(dataset, entityId, schema, Statement.ID_PROPERTY, entityId, record.sourceId(), provenance, seenAt));
        for (Map.Entry<String, List<String>> entry : record.properties().entrySet()) {
            String propertyName = entry.getKey();
            Property property = schema.getProperty(propertyName);
            if (property == null) {
                problems.add("schema " + schema.getName() + " has no property '" + propertyName + "'");
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String raw : entry.getValue()) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                ValueResult result = schemas.valueType(schema, property).normalise(raw);
                if (result instanceof ValueResult.Invalid invalid) {
                    problems.add(propertyName + ": " + invalid.reason());
                    continue;
                }
                String value = result.value();
                if (property.getType().isEntity()) {
                    value = ids.id(dataset, value);
                }
                if (seen.add(value)) {
                    statements.add(statement(dataset, entityId, schema, propertyName, value, raw, provenance, seenAt));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Conversion.Rejected(problems);
        }
        return new Conversion.Accepted(statements);
    }

    private static Statement statement(String dataset, String entityId, Schema schema, String property, String value,
                                       String original, Provenance provenance, Instant seenAt) {
        return new Statement(Statement.makeId(dataset, entityId, property, value), entityId, schema.getName(),
                property, value, original, provenance, seenAt, seenAt);
    }
}
