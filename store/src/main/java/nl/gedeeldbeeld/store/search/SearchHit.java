package nl.gedeeldbeeld.store.search;

import java.util.List;
import java.util.Objects;

/**
 * One entity found. Carries no display values (no caption): the index cannot tell which of an entity's
 * names the viewer may see in full, so the caller builds what it shows from policy-filtered store reads.
 * Schema and matched field come from the best-scoring visible document, so nothing here comes from a
 * statement the access filter excluded.
 *
 * @param schema       the schema of the statements that matched best
 * @param matchedField the property that matched best ("name", "iban", "kvkNumber" …), or "text" for words of
 *                     other values and for a blank search
 * @param datasets     the datasets of the matching visible documents
 */
public record SearchHit(String entityId, String schema, float score, String matchedField, List<String> datasets) {
    public SearchHit {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(matchedField, "matchedField");
        datasets = List.copyOf(datasets);
    }
}
