package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.PreferentialAttachment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PathSampledBetweennessTest {
    /** The benchmark's small graph: 5,000 nodes, m = 5, seed 2. */
    private static Graph graph;
    private static double[] exact;

    @BeforeAll
    static void exactScores() {
        graph = PreferentialAttachment.graph(5000, 5, 2);
        exact = BetweennessCentrality.normalised(graph).scores();
    }

    @Test
    void everyEstimateLiesWithinTheRiondatoKornaropoulosEpsilonOfTheExactValue() {
        PathSampledBetweenness sampled = PathSampledBetweenness.withEpsilon(graph, 0.01, 0.1, 11);
        double largest = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            largest = Math.max(largest, Math.abs(sampled.normalisedScore(v) - exact[v]));
        }
        assertThat(sampled.epsilon()).isLessThanOrEqualTo(0.01);
        assertThat(largest).isLessThanOrEqualTo(sampled.epsilon());
        // the estimate is not trivially close: the top node's betweenness is several times ε
        assertThat(Arrays.stream(exact).max().orElseThrow()).isGreaterThan(5 * sampled.epsilon());
    }

    @Test
    void theCertifiedTopNineAreTheExactTopNineAndEveryIntervalHoldsTheExactValue() {
        // k = 9: on this graph the 9th and 10th exact values are 0.0376 and 0.0320 apart, while the 10th and
        // 11th differ by 5e-5 only, which would take some 10⁹ samples to separate
        PathSampledBetweenness sampled = PathSampledBetweenness.topK(graph, 9, 0.1, 2_000_000, 5);
        assertThat(sampled.certified()).isTrue();
        int[] exactTop = IntStream.range(0, exact.length).boxed()
                .sorted((a, b) -> Double.compare(exact[b], exact[a])).limit(9).mapToInt(Integer::intValue).sorted().toArray();
        int[] sampledTop = Arrays.stream(sampled.ranking()).limit(9).sorted().toArray();
        assertThat(sampledTop).containsExactly(exactTop);
        for (int v = 0; v < graph.nodeCount(); v++) {
            assertThat(exact[v]).isBetween(sampled.lower(v), sampled.upper(v));
        }
        // the samples stopped before the limit, and the top intervals are narrower than the uniform ε
        assertThat(sampled.samples()).isLessThan(2_000_000);
        int ninth = sampled.ranking()[8];
        assertThat((sampled.upper(ninth) - sampled.lower(ninth)) / 2).isLessThan(sampled.epsilon());
    }

    @Test
    void theSameSeedGivesTheSameEstimateWhateverTheBlockSplit() {
        PathSampledBetweenness a = PathSampledBetweenness.withSamples(graph, 10_000, 0.1, 3);
        PathSampledBetweenness b = PathSampledBetweenness.withSamples(graph, 10_000, 0.1, 3);
        assertThat(a.scores()).containsExactly(b.scores());
        PathSampledBetweenness other = PathSampledBetweenness.withSamples(graph, 10_000, 0.1, 4);
        assertThat(other.scores()).isNotEqualTo(a.scores());
    }

    @Test
    void onAPathEverySampleWithAnInteriorHitsTheInnerNodesAsOften() {
        // a - b - c - d: of the 12 ordered pairs, 4 pass b and 4 pass c; exact normalised value 2/3 each
        Graph path = SmallGraphs.path();
        PathSampledBetweenness sampled = PathSampledBetweenness.withSamples(path, 200_000, 0.1, 1);
        assertThat(sampled.normalisedScore(0)).isZero();
        assertThat(sampled.normalisedScore(3)).isZero();
        assertThat(sampled.normalisedScore(1)).isCloseTo(2.0 / 3, within(0.01));
        assertThat(sampled.normalisedScore(2)).isCloseTo(2.0 / 3, within(0.01));
        assertThat(sampled.score(1)).isCloseTo(BetweennessCentrality.of(path).score(1), within(0.05));
    }

    @Test
    void pairsInDifferentComponentsCountAsPairsWithoutPaths() {
        // a sparse random graph of several components: a pair without a path is a sample that hits no node
        Graph g = SmallGraphs.random(60, 0.04, false, false, 9);
        double[] truth = BetweennessCentrality.normalised(g).scores();
        PathSampledBetweenness sampled = PathSampledBetweenness.withSamples(g, 400_000, 0.1, 2);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(sampled.normalisedScore(v)).isCloseTo(truth[v], within(sampled.epsilon()));
            assertThat(truth[v]).isBetween(sampled.lower(v), sampled.upper(v));
        }
    }

    @Test
    void theVertexDiameterBoundCoversTheLongestShortestPath() {
        assertThat(PathSampledBetweenness.vertexDiameterBound(SmallGraphs.path())).isBetween(4, 5);
        assertThat(PathSampledBetweenness.vertexDiameterBound(SmallGraphs.star(5))).isEqualTo(3);
        assertThat(PathSampledBetweenness.vcTerm(3)).isEqualTo(1);
        assertThat(PathSampledBetweenness.vcTerm(2)).isZero();
    }

    @Test
    void theChernoffIntervalContainsTheEstimateAndNarrowsWithMoreSamples() {
        double wide = PathSampledBetweenness.klUpper(0.02, 10_000, 15) - PathSampledBetweenness.klLower(0.02, 10_000, 15);
        double narrow = PathSampledBetweenness.klUpper(0.02, 1_000_000, 15) - PathSampledBetweenness.klLower(0.02, 1_000_000, 15);
        assertThat(PathSampledBetweenness.klLower(0.02, 10_000, 15)).isLessThan(0.02);
        assertThat(PathSampledBetweenness.klUpper(0.02, 10_000, 15)).isGreaterThan(0.02);
        assertThat(narrow).isLessThan(wide / 5);
    }

    @Test
    void badParametersAreRefusedWithTheirValue() {
        assertThatThrownBy(() -> PathSampledBetweenness.topK(graph, 0, 0.1, 1000, 1)).hasMessageContaining("k must");
        assertThatThrownBy(() -> PathSampledBetweenness.withEpsilon(graph, 0, 0.1, 1)).hasMessageContaining("epsilon");
        assertThatThrownBy(() -> PathSampledBetweenness.withSamples(graph, 10, 1.5, 1)).hasMessageContaining("delta");
    }
}
