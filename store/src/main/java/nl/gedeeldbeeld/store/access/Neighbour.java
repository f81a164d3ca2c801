package nl.gedeeldbeeld.store.access;

import java.util.Objects;

/**
 * An entity one step away, and how: through a link entity (an Ownership, Directorship, Payment …, named by
 * {@code viaEntityId} and {@code viaSchema}) or directly through a property of the centre or of the
 * neighbour ({@code viaEntityId} is then the entity holding the reference). {@code property} names the
 * reference that leads to the neighbour.
 */
public record Neighbour(String entityId, String schema, String caption, String viaEntityId, String viaSchema,
                        String property) {
    public Neighbour {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(viaEntityId, "viaEntityId");
        Objects.requireNonNull(viaSchema, "viaSchema");
        Objects.requireNonNull(property, "property");
    }
}
