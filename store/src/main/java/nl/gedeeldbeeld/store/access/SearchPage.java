package nl.gedeeldbeeld.store.access;

import java.util.List;

/** One page of policy-filtered hits and the number of entities the request may see that match. */
public record SearchPage(List<FoundEntity> hits, long total) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
