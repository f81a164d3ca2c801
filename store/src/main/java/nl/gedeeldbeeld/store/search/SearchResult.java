package nl.gedeeldbeeld.store.search;

import java.util.List;
import java.util.Objects;

/** One page of hits, the number of distinct entities that match in all, and their facets (under the same filter). */
public record SearchResult(List<SearchHit> hits, long total, SearchFacets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }
}
