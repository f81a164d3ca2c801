package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.PreferentialAttachment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.gedeeldbeeld.analytics.graph.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our int-array algorithms against JGraphT's on seeded random graphs: equal within 1e-9. */
class JGraphTOracleTest {
    private static final double EPS = 1e-9;

    private static org.jgrapht.Graph<Integer, DefaultEdge> plain(Graph g) {
        org.jgrapht.Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            j.addEdge(g.edgeSource(e), g.edgeTarget(e));
        }
        return j;
    }

    private static org.jgrapht.Graph<Integer, DefaultWeightedEdge> weighted(Graph g) {
        org.jgrapht.Graph<Integer, DefaultWeightedEdge> j = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.edgeSource(e);
            int b = g.edgeTarget(e);
            j.setEdgeWeight(j.addEdge(a, b), g.weightBetween(a, b));
        }
        return j;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void betweennessAgreesWithJGraphTOnPreferentialAttachmentGraphsWhereHubsCarryMostPaths(long seed) {
        Graph g = PreferentialAttachment.graph(600, 3, seed);
        var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(plain(g), false).getScores();
        BetweennessCentrality ours = BetweennessCentrality.of(g);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(ours.score(v)).isCloseTo(theirs.get(v), within(EPS * Math.max(1, theirs.get(v))));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void betweennessAgreesWithJGraphTWithAndWithoutWeights(long seed) {
        Graph g = SmallGraphs.random(90, 0.05, false, false, seed);
        var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(plain(g), false).getScores();
        var theirsNormalised = new org.jgrapht.alg.scoring.BetweennessCentrality<>(plain(g), true).getScores();
        BetweennessCentrality ours = BetweennessCentrality.of(g);
        BetweennessCentrality oursNormalised = BetweennessCentrality.normalised(g);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(ours.score(v)).isCloseTo(theirs.get(v), within(EPS));
            // JGraphT divides by (n-1)(n-2) also for undirected graphs, so its values lie in [0, 1/2]
            assertThat(oursNormalised.score(v)).isCloseTo(2 * theirsNormalised.get(v), within(EPS));
        }
        // integer weights 1..3 make many equally long paths, the hard case for counting σ
        Graph w = SmallGraphs.random(90, 0.05, true, true, seed);
        var theirsWeighted = new org.jgrapht.alg.scoring.BetweennessCentrality<>(weighted(w), false).getScores();
        BetweennessCentrality oursWeighted = BetweennessCentrality.weighted(w, false);
        for (int v = 0; v < w.nodeCount(); v++) {
            assertThat(oursWeighted.score(v)).isCloseTo(theirsWeighted.get(v), within(EPS));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void closenessOnConnectedGraphsAndHarmonicClosenessAgreeWithJGraphT(long seed) {
        Graph connected = SmallGraphs.random(80, 0.03, true, false, seed);
        var theirs = new org.jgrapht.alg.scoring.ClosenessCentrality<>(plain(connected), false, true).getScores();
        ClosenessCentrality ours = new ClosenessCentrality(connected);
        for (int v = 0; v < connected.nodeCount(); v++) {
            assertThat(ours.score(v)).isCloseTo(theirs.get(v), within(EPS));
        }
        Graph any = SmallGraphs.random(80, 0.02, false, false, seed);
        var theirsHarmonic = new org.jgrapht.alg.scoring.HarmonicCentrality<>(plain(any), false, true).getScores();
        HarmonicCentrality harmonic = new HarmonicCentrality(any);
        for (int v = 0; v < any.nodeCount(); v++) {
            assertThat(harmonic.score(v)).isCloseTo(theirsHarmonic.get(v), within(EPS));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pageRankWithDanglingNodesAndCorenessAgreeWithJGraphT(long seed) {
        Graph g = SmallGraphs.random(100, 0.02, false, false, seed); // sparse: isolated (dangling) nodes occur
        var theirs = new org.jgrapht.alg.scoring.PageRank<>(plain(g), 0.85, 10_000, 1e-13).getScores();
        PageRank ours = new PageRank(g, 0.85, 10_000, 1e-13, false);
        var theirsCore = new org.jgrapht.alg.scoring.Coreness<>(plain(g)).getScores();
        Coreness core = new Coreness(g);
        boolean dangling = false;
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(ours.score(v)).isCloseTo(theirs.get(v), within(EPS));
            assertThat(core.coreness(v)).isEqualTo(theirsCore.get(v));
            dangling |= g.degree(v) == 0;
        }
        assertThat(dangling).as("the graph has a dangling node").isTrue();
        Graph w = SmallGraphs.random(60, 0.08, false, true, seed);
        var theirsWeighted = new org.jgrapht.alg.scoring.PageRank<>(weighted(w), 0.85, 10_000, 1e-13).getScores();
        PageRank oursWeighted = new PageRank(w, 0.85, 10_000, 1e-13, true);
        for (int v = 0; v < w.nodeCount(); v++) {
            assertThat(oursWeighted.score(v)).isCloseTo(theirsWeighted.get(v), within(EPS));
        }
    }
}
