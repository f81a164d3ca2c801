package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PatternCountsTest {

    @Test
    void countsEveryPatternOfTheUnsortedPairsInAscendingPatternOrderHoweverManyDistinctPatternsThereAre() {
        Random random = new Random(5);
        int[] pairPatterns = new int[200_000];
        Map<Integer, Long> expected = new TreeMap<>();
        for (int p = 0; p < pairPatterns.length; p++) {
            pairPatterns[p] = random.nextInt(1 << 24) % 5_000;
            expected.merge(pairPatterns[p], 1L, Long::sum);
        }

        PatternCounts counts = PatternCounts.of(pairPatterns);

        assertThat(counts.distinct()).isEqualTo(expected.size()).isGreaterThan(1024);
        assertThat(counts.total()).isEqualTo(pairPatterns.length);
        int i = 0;
        for (Map.Entry<Integer, Long> e : expected.entrySet()) {
            assertThat(counts.pattern(i)).isEqualTo(e.getKey());
            assertThat(counts.count(i)).isEqualTo(e.getValue());
            i++;
        }
        assertThat(counts).isEqualTo(PatternCounts.of(expected));
    }
}
