package nl.gedeeldbeeld.store.search;

import java.util.List;
import java.util.Objects;

/**
 * One entity found. When several provenance slices of the entity match, the best-scoring one supplies
 * schema and caption, so nothing shown comes from a slice the filter excluded.
 *
 * @param matchedField the property that matched best ("name", "iban", "kvkNumber" …) or "text"
 * @param datasets     the datasets of the matching slices
 */
public record SearchHit(String entityId, String schema, String caption, float score, String matchedField,
                        List<String> datasets) {
    public SearchHit {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(matchedField, "matchedField");
        datasets = List.copyOf(datasets);
    }
}
