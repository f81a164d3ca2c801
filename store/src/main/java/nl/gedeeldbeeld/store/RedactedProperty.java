package nl.gedeeldbeeld.store;

import java.util.Objects;

/**
 * A property shown as "afgeschermd": the entity has at least one value for it in this dataset, the viewer
 * may know that, but not the value. Carries where it comes from so the viewer can ask the partner; never the
 * value, its original form, its statement id (a hash of the value, guessable for dates and phone numbers)
 * or how many values there are.
 */
public record RedactedProperty(String entityId, String schema, String property, String dataset, String partner,
                               String regime) {
    public RedactedProperty {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
    }
}
