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
 * statement (and the raw reference as the original of a reference), a value under the policy.
 *
 * <p>A record lands with its usable values; a value that cannot be used costs that value only, never the
 * record (FtM keeps the record and drops the value; we keep both). A value its property's format cannot
 * read becomes a statement of the source's text marked not normalised; a value the schema has no place
 * for (an unknown property, a value too long for the store) is reported for the quarantine, which keeps
 * the record so that a retry after a model change brings it in. Each such value comes back as a
 * {@link ValueIssue}. Only a record that is unusable as a whole (unknown schema, no id) is rejected.
 */
public final class StatementFactory {
    private final SchemaRegistry schemas;
    private final EntityIdScheme ids;

    public StatementFactory(SchemaRegistry schemas, EntityIdScheme ids) {
        this.schemas = schemas;
        this.ids = java.util.Objects.requireNonNull(ids, "ids");
    }

    /** The statements of a usable record with the values that could not be used, or why it is unusable. */
    public sealed interface Conversion {
        /**
         * @param issues every value that could not be used as it was: kept as text (its statement is among
         *               {@code statements}) or held for the quarantine (it has no statement)
         */
        record Accepted(List<Statement> statements, List<ValueIssue> issues) implements Conversion {
            public Accepted {
                statements = List.copyOf(statements);
                issues = List.copyOf(issues);
            }

            public Accepted(List<Statement> statements) {
                this(statements, List.of());
            }
        }

        record Rejected(List<String> reasons) implements Conversion {
            public Rejected {
                reasons = List.copyOf(reasons);
            }
        }
    }

    public Conversion convert(EntityRecord record, Provenance provenance, Instant seenAt) {
        Schema schema = schemas.schema(record.schema()).orElse(null);
        if (schema == null) {
            return new Conversion.Rejected(List.of("unknown schema '" + record.schema() + "'"));
        }
        if (record.sourceId().isBlank()) {
            return new Conversion.Rejected(List.of("record has no id"));
        }
        if (record.sourceId().length() > MAX_ID_LENGTH) {
            return new Conversion.Rejected(List.of("id of " + record.sourceId().length() + " characters is longer than the "
                    + MAX_ID_LENGTH + " an id may have"));
        }
        String dataset = provenance.dataset();
        String entityId = ids.id(dataset, record.sourceId());
        List<Statement> statements = new ArrayList<>();
        List<ValueIssue> issues = new ArrayList<>();
        statements.add(statement(dataset, entityId, schema, Statement.ID_PROPERTY, entityId, record.sourceId(), provenance,
                seenAt, seenAt, false));
        for (Map.Entry<String, List<String>> entry : record.properties().entrySet()) {
            String propertyName = entry.getKey();
            Property property = schema.getProperty(propertyName);
            Set<String> seen = new LinkedHashSet<>();
            for (String raw : entry.getValue()) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                if (property == null) {
                    issues.add(new ValueIssue(propertyName, raw, "schema " + schema.getName() + " has no property '"
                            + propertyName + "'", ValueIssue.Disposition.QUARANTINED));
                    continue;
                }
                value(dataset, entityId, schema, property, raw, raw, false, provenance, seenAt, seenAt, seen, statements, issues);
            }
        }
        return new Conversion.Accepted(statements, issues);
    }

    /**
     * One row of a statement file. Its entity id is taken as the record's id in the file's dataset and given
     * this store's opaque id, as an entity line's would be, and so are references: the rows of one entity,
     * and the links between the file's entities, stay together, and importing the file again inserts
     * nothing. An id made by another store (our own export) cannot be kept as it is, because ids are keyed
     * per store; it becomes a source id like any other. The value is normalised again unless the row marks
     * it not normalised, so a value from elsewhere meets the same rules as any other.
     */
    public Conversion convertStatement(StatementRecord row, Provenance provenance, Instant firstSeen, Instant lastSeen) {
        Schema schema = schemas.schema(row.schema()).orElse(null);
        if (schema == null) {
            return new Conversion.Rejected(List.of("unknown schema '" + row.schema() + "'"));
        }
        if (row.entityId().isBlank()) {
            return new Conversion.Rejected(List.of("statement has no entity_id"));
        }
        if (row.entityId().length() > MAX_ID_LENGTH) {
            return new Conversion.Rejected(List.of("entity_id of " + row.entityId().length()
                    + " characters is longer than the " + MAX_ID_LENGTH + " an id may have"));
        }
        if (row.property().isBlank()) {
            return new Conversion.Rejected(List.of("statement has no prop"));
        }
        if (row.value().isBlank()) {
            return new Conversion.Rejected(List.of("statement has no value"));
        }
        String dataset = provenance.dataset();
        String entityId = ids.id(dataset, row.entityId());
        String original = row.originalValue().filter(o -> !o.isBlank()).orElse(row.value());
        List<Statement> statements = new ArrayList<>();
        List<ValueIssue> issues = new ArrayList<>();
        if (row.property().equals(Statement.ID_PROPERTY)) {
            statements.add(statement(dataset, entityId, schema, Statement.ID_PROPERTY, entityId, original, provenance,
                    firstSeen, lastSeen, false));
            return new Conversion.Accepted(statements, issues);
        }
        Property property = schema.getProperty(row.property());
        if (property == null) {
            issues.add(new ValueIssue(row.property(), row.value(), "schema " + schema.getName() + " has no property '"
                    + row.property() + "'", ValueIssue.Disposition.QUARANTINED));
            return new Conversion.Accepted(statements, issues);
        }
        value(dataset, entityId, schema, property, row.value(), original, row.notNormalised(), provenance, firstSeen,
                lastSeen, new LinkedHashSet<>(), statements, issues);
        return new Conversion.Accepted(statements, issues);
    }

    /** The longest source id a record may have: the store's entity id column is 1,024 wide, signature included. */
    public static final int MAX_ID_LENGTH = 900;

    private void value(String dataset, String entityId, Schema schema, Property property, String raw, String original,
                       boolean keepAsText, Provenance provenance, Instant firstSeen, Instant lastSeen, Set<String> seen,
                       List<Statement> statements, List<ValueIssue> issues) {
        String propertyName = property.getName();
        if (raw.length() > Statement.MAX_VALUE_LENGTH || original.length() > Statement.MAX_VALUE_LENGTH) {
            issues.add(new ValueIssue(propertyName, raw, "value of " + Math.max(raw.length(), original.length())
                    + " characters is longer than the " + Statement.MAX_VALUE_LENGTH + " the store keeps",
                    ValueIssue.Disposition.QUARANTINED));
            return;
        }
        if (keepAsText) {
            String text = raw.strip();
            if (seen.add(text)) {
                statements.add(statement(dataset, entityId, schema, propertyName, text, original, provenance, firstSeen,
                        lastSeen, true));
            }
            return;
        }
        ValueResult result = schemas.valueType(schema, property).normalise(raw);
        if (result instanceof ValueResult.Invalid invalid) {
            issues.add(new ValueIssue(propertyName, raw, invalid.reason(), ValueIssue.Disposition.KEPT_AS_TEXT));
            String text = raw.strip();
            if (seen.add(text)) {
                statements.add(statement(dataset, entityId, schema, propertyName, text, original, provenance, firstSeen,
                        lastSeen, true));
            }
            return;
        }
        String value = result.value();
        if (property.getType().isEntity()) {
            value = ids.id(dataset, value);
        }
        if (seen.add(value)) {
            statements.add(statement(dataset, entityId, schema, propertyName, value, original, provenance, firstSeen,
                    lastSeen, false));
        }
    }

    private static Statement statement(String dataset, String entityId, Schema schema, String property, String value,
                                       String original, Provenance provenance, Instant firstSeen, Instant lastSeen,
                                       boolean notNormalised) {
        return new Statement(Statement.makeId(dataset, entityId, property, value), entityId, schema.getName(),
                property, value, original, provenance, firstSeen, lastSeen, notNormalised);
    }
}
