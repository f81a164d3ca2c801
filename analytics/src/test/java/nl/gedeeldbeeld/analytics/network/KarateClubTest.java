package nl.gedeeldbeeld.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.graph.Graph;
import org.junit.jupiter.api.Test;

/** Zachary's karate club, whose published figures every network library reproduces. */
class KarateClubTest {
    private final Graph club = SmallGraphs.karateClub();

    @Test
    void theInstructorAndTheAdministratorHaveTheHighestBetweenness() {
        BetweennessCentrality bc = BetweennessCentrality.of(club);
        int[] top = IntStream.range(0, 34).boxed().sorted(Comparator.comparingDouble(v -> -bc.score(v)))
                .mapToInt(Integer::intValue).limit(2).toArray();
        assertThat(club.label(top[0])).isEqualTo("1");
        assertThat(club.label(top[1])).isEqualTo("34");
        // NetworkX (unnormalised): 231.0714 and 160.5516 (normalised 0.4376 and 0.3041 of the 528 pairs)
        assertThat(bc.score("1")).isCloseTo(231.0714, within(1e-4));
        assertThat(bc.score("34")).isCloseTo(160.5516, within(1e-4));
        assertThat(DegreeCentrality.degree(club).score("34")).isEqualTo(17);
        assertThat(new Coreness(club).degeneracy()).isEqualTo(4);
    }

    @Test
    void louvainFindsThePublishedModularityOfAboutPointFourTwo() {
        Communities communities = new Louvain(club).communities();
        // best known partition: Q = 0.4198 (4 communities); Louvain typically 0.4188 - 0.4198
        assertThat(communities.modularity()).isBetween(0.41, 0.4199);
        assertThat(communities.count()).isBetween(3, 5);
        assertThat(communities.modularity()).isCloseTo(Modularity.of(club, communities.community(), false), within(1e-12));
        assertThat(communities.method()).contains("Blondel", "seed 42");
        // same seed, same partition
        assertThat(new Louvain(club, false, 42).communities().community()).containsExactly(communities.community());
    }
}
