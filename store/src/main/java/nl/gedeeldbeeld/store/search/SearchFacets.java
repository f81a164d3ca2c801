package nl.gedeeldbeeld.store.search;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the matching entities a search may see divide, for narrowing it: per schema (of each entity's best
 * visible match) and per dataset (each dataset with a visible match of the entity counts it once). Computed
 * from the same collected documents as the hits and the total, after the access filter, so a facet never
 * counts what the hits would not show.
 */
public record SearchFacets(Map<String, Long> schemata, Map<String, Long> datasets) {
    public static final SearchFacets NONE = new SearchFacets(Map.of(), Map.of());

    public SearchFacets {
        schemata = Map.copyOf(new TreeMap<>(schemata));
        datasets = Map.copyOf(new TreeMap<>(datasets));
    }
}
