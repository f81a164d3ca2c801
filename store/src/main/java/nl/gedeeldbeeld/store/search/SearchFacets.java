package nl.gedeeldbeeld.store.search;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the matching entities a search may see divide, for narrowing it: per schema (of each entity's best
 * visible match) and per dataset (each dataset with a visible match of the entity counts it once). Computed
 * from the same collected documents as the hits and the total, after the access filter, so a facet never
 * counts what the hits would not show. Per partner and per legal regime likewise (each entity once per partner
 * and regime of a visible match), from the slice each document was indexed under.
 */
public record SearchFacets(Map<String, Long> schemata, Map<String, Long> datasets, Map<String, Long> partners,
                           Map<String, Long> regimes) {
    public static final SearchFacets NONE = new SearchFacets(Map.of(), Map.of(), Map.of(), Map.of());

    public SearchFacets {
        schemata = sorted(schemata);
        datasets = sorted(datasets);
        partners = sorted(partners);
        regimes = sorted(regimes);
    }

    /**
     * An immutable copy in key order. Not Map.copyOf: its iteration order is unspecified and changes between runs,
     * so the facet lists on screen and in the API would reorder from one request to the next.
     */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        TreeMap<String, Long> copy = new TreeMap<>(counts);
        copy.forEach((k, v) -> Objects.requireNonNull(v, "count of " + k));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Facets by schema and dataset only (partner and regime unknown). */
    public SearchFacets(Map<String, Long> schemata, Map<String, Long> datasets) {
        this(schemata, datasets, Map.of(), Map.of());
    }
}
