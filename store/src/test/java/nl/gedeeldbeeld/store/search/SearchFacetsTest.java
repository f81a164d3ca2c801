package nl.gedeeldbeeld.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFacetsTest {
    @Test
    void everyFacetIteratesInTheOrderOfItsKeysWhateverOrderItWasGivenIn() {
        Map<String, Long> given = new HashMap<>();
        for (String k : new String[] {"Vehicle", "Address", "Person", "Company", "BankAccount", "Payment", "Ownership"}) {
            given.put(k, (long) k.length());
        }
        SearchFacets facets = new SearchFacets(given, given, given, given);
        String[] expected = {"Address", "BankAccount", "Company", "Ownership", "Payment", "Person", "Vehicle"};
        assertThat(facets.schemata().keySet()).containsExactly(expected);
        assertThat(facets.datasets().keySet()).containsExactly(expected);
        assertThat(facets.partners().keySet()).containsExactly(expected);
        assertThat(facets.regimes().keySet()).containsExactly(expected);
    }

    @Test
    void theFacetsCannotBeChangedAfterwardsNorHoldAMissingCount() {
        Map<String, Long> given = new HashMap<>(Map.of("Person", 3L));
        SearchFacets facets = new SearchFacets(given, Map.of());
        given.put("Company", 1L);
        assertThat(facets.schemata()).containsOnlyKeys("Person");
        assertThatThrownBy(() -> facets.schemata().put("Company", 1L)).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Long> withNull = new HashMap<>();
        withNull.put("Person", null);
        assertThatThrownBy(() -> new SearchFacets(withNull, Map.of())).isInstanceOf(NullPointerException.class);
    }
}
