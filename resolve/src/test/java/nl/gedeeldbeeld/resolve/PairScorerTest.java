package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairScorerTest {
    private static final int M = Feature.MISSING;

    // given, surname, birth date, number, street, place, postcode, identifier, bank account, company
    private static final int NAMES_AND_ACCOUNT = ComparisonPattern.encode(new int[] {3, 3, M, M, M, M, M, M, 1, M});
    private static final int NAMES_ONLY = ComparisonPattern.encode(new int[] {3, 3, M, M, M, M, M, M, M, M});
    private static final int NAMES_OTHER_ACCOUNT = ComparisonPattern.encode(new int[] {3, 3, M, M, M, M, M, M, 0, M});
    private static final int HOUSEHOLD_ACCOUNT = ComparisonPattern.encode(new int[] {0, 3, M, M, M, M, M, M, 1, M});
    private static final int STRANGERS = ComparisonPattern.encode(new int[] {0, 0, M, M, M, M, M, M, 0, M});

    private static PairScorer fitted() {
        PatternCounts counts = PatternCounts.of(Map.of(NAMES_AND_ACCOUNT, 300L, NAMES_ONLY, 300L,
                NAMES_OTHER_ACCOUNT, 200L, HOUSEHOLD_ACCOUNT, 20L, STRANGERS, 5_000L));
        return new PairScorer(FellegiSunter.fit(counts, Resolution.EM_ITERATIONS), counts);
    }

    @Test
    void aSharedAccountIsWeighedAsEvidenceForAMatch() {
        PairScorer scorer = fitted();
        assertThat(scorer.weight(NAMES_AND_ACCOUNT)).isGreaterThan(scorer.weight(NAMES_ONLY));
        assertThat(scorer.probability(NAMES_AND_ACCOUNT)).isGreaterThan(scorer.probability(NAMES_OTHER_ACCOUNT));
    }

    @Test
    void aHouseholdSharingAnAccountIsNoMatchWhenTheGivenNamesDisagree() {
        assertThat(fitted().probability(HOUSEHOLD_ACCOUNT)).isZero();
    }
}
