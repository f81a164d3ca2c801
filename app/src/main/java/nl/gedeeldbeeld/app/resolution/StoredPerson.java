package nl.gedeeldbeeld.app.resolution;

import java.util.Objects;
import nl.gedeeldbeeld.resolve.PersonRecord;

/**
 * A Person entity of the store as the matcher compares it, with where it came from: the record's id is the
 * store's entity id; dataset, partner and regime are those of its statements (an entity id is namespaced
 * per dataset, so one entity has one provider).
 */
public record StoredPerson(PersonRecord record, String dataset, String partner, String regime) {
    public StoredPerson {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
    }

    public String id() {
        return record.id();
    }
}
