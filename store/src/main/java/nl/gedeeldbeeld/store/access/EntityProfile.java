package nl.gedeeldbeeld.store.access;

import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.store.RedactedProperty;

/**
 * An entity as one request may see it: the view over its visible statements (each with provenance) and
 * the properties it may only see as "afgeschermd".
 */
public record EntityProfile(EntityView view, List<RedactedProperty> redacted) {
    public EntityProfile {
        Objects.requireNonNull(view, "view");
        redacted = List.copyOf(redacted);
    }
}
