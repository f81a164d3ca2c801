package nl.gedeeldbeeld.store.access;

import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.store.search.SearchFacets;

/**
 * One page of policy-filtered hits, the number of entities the request may see that match, and how those
 * divide per schema and dataset (facets, under the same filter).
 */
public record SearchPage(List<FoundEntity> hits, long total, SearchFacets facets) {
    public SearchPage {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }
}
