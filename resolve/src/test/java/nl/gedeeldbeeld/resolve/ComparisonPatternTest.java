package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonPatternTest {

    @Test
    void aPatternKeepsEveryFeaturesLevelIncludingMissing() {
        PersonRecord a = new PersonRecord("a", "anna", "de vries", "19700101", "12", "kerkstraat", "rotterdam", "3011ab", "");
        PersonRecord b = new PersonRecord("b", "anne", "vries", "19700102", "12", "kerkstr", "rotterdam", "3011ac", "x1");

        int pattern = ComparisonPattern.of(a, b);

        int[] expected = ComparisonPattern.features().stream().mapToInt(f -> f.compare(a, b)).toArray();
        assertThat(ComparisonPattern.levels(pattern)).containsExactly(expected);
        assertThat(ComparisonPattern.level(pattern, Feature.IDENTIFIER)).isEqualTo(Feature.MISSING);
        assertThat(ComparisonPattern.encode(expected)).isEqualTo(pattern);
        assertThat(new ComparisonPattern.Prepared(java.util.List.of(a, b)).of(0, 1)).isEqualTo(pattern);
    }

    @Test
    void countsMadeFromPairsOrFromAMapAreTheSameAndFitTheSameModel() {
        int x = ComparisonPattern.encode(new int[] {3, 3, 3, 1, 3, 3, 2, -1, -1, -1});
        int y = ComparisonPattern.encode(new int[] {0, 3, 0, 0, 1, 3, 0, -1, -1, -1});
        int[] pairs = {y, x, y, y, x, y, y, y, y, y};

        PatternCounts fromPairs = PatternCounts.of(pairs);
        PatternCounts fromMap = PatternCounts.of(Map.of(x, 2L, y, 8L));

        assertThat(fromPairs).isEqualTo(fromMap);
        assertThat(fromPairs.total()).isEqualTo(10);
        FellegiSunter one = FellegiSunter.fit(fromPairs, 100);
        FellegiSunter two = FellegiSunter.fit(fromMap, 100);
        assertThat(one.probability(ComparisonPattern.levels(x))).isEqualTo(two.probability(ComparisonPattern.levels(x)));
        assertThat(one.prior()).isCloseTo(0.2, within(0.05));
    }
}
