package nl.gedeeldbeeld.store.search;

import java.util.List;

/** One page of hits and the number of distinct entities that match in all (under the same filter). */
public record SearchResult(List<SearchHit> hits, long total) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
