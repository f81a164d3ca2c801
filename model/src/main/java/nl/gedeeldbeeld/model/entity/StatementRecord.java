package nl.gedeeldbeeld.model.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement as a statement file states it (FtM's statement format, as FtM, nomenklatura and
 * OpenSanctions publish it and as our exports write it), before validation. The provenance columns of
 * the row are the importer's business; this is what {@link StatementFactory} needs to make the value.
 *
 * @param entityId      the row's {@code entity_id}: the entity's id in the source (our exports: our id)
 * @param originalValue the row's {@code original_value}, when it has one
 * @param notNormalised the row says the value is kept as text, not normalised (our exports' column):
 *                      it is taken as it is, not read again
 * @param location      where in the source the row was, for messages
 */
public record StatementRecord(String entityId, String schema, String property, String value,
                              Optional<String> originalValue, boolean notNormalised, String location) {
    public StatementRecord {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(originalValue, "originalValue");
        Objects.requireNonNull(location, "location");
    }
}
