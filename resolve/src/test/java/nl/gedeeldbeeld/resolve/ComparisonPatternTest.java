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

    @Test
    void preparedRecordsGiveEveryPairThePatternOfComparingTheRecordsThemselves() {
        java.util.Random random = new java.util.Random(3);
        String[] names = {"jan", "jaan", "anna", "anne", "", "de vries", "vries", "van den berg", "berg", "bergh"};
        String[] dates = {"19700101", "19700102", "19710101", "19700201", "", "1970013", "19700231"};
        String[] small = {"12", "13", "", "kerkstraat", "kerkstr", "rotterdam", "3011ab", "3011ba", "x1"};
        java.util.List<PersonRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            records.add(new PersonRecord("r" + i, names[random.nextInt(names.length)], names[random.nextInt(names.length)],
                    dates[random.nextInt(dates.length)], small[random.nextInt(small.length)],
                    small[random.nextInt(small.length)], small[random.nextInt(small.length)],
                    small[random.nextInt(small.length)], small[random.nextInt(small.length)]));
        }

        ComparisonPattern.Prepared prepared = new ComparisonPattern.Prepared(records);

        for (int i = 0; i < records.size(); i++) {
            for (int j = 0; j < records.size(); j++) {
                assertThat(prepared.of(i, j)).as(records.get(i) + " " + records.get(j))
                        .isEqualTo(ComparisonPattern.of(records.get(i), records.get(j)));
            }
        }
    }
}
