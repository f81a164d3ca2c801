package nl.gedeeldbeeld.store.access;

import java.util.List;
import java.util.Objects;

/**
 * One search hit as a request may see it: the caption is built from the statements the request may see,
 * never from the index, so a redacted or denied name can never be a caption.
 */
public record FoundEntity(String entityId, String schema, String caption, float score, String matchedField,
                          List<String> datasets) {
    public FoundEntity {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(matchedField, "matchedField");
        datasets = List.copyOf(datasets);
    }
}
