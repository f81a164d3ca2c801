package nl.gedeeldbeeld.model.statement;

import java.time.Instant;
import java.util.Objects;
import nl.gedeeldbeeld.model.provenance.Provenance;

/**
 * The unit of truth: one value of one property of one entity, as one partner stated it, with its
 * provenance. Statements are append-only; seeing the same statement again only moves {@code lastSeen}.
 * The id is FtM's statement id (a hash of dataset, entity, property and value), so a re-import yields the
 * same id and the store can recognise it.
 *
 * @param value         the normalised value that search and matching use
 * @param originalValue the value as the source wrote it (equal to {@code value} when nothing changed)
 */
public record Statement(String id, String entityId, String schema, String property, String value,
                        String originalValue, Provenance provenance, Instant firstSeen, Instant lastSeen) {

    /** The pseudo-property FtM uses to record that an entity exists, with its schema, in a dataset. */
    public static final String ID_PROPERTY = "id";

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(originalValue, "originalValue");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    /** FtM's statement id: SHA-1 over dataset, entity id, property and value. */
    public static String makeId(String dataset, String entityId, String property, String value) {
        return tech.followthemoney.statement.Statement.makeId(dataset, entityId, property, value);
    }

    public boolean isIdStatement() {
        return ID_PROPERTY.equals(property);
    }
}
