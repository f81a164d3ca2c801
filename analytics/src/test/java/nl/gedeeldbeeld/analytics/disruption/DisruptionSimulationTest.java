package nl.gedeeldbeeld.analytics.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;
import nl.gedeeldbeeld.analytics.network.SmallGraphs;
import org.junit.jupiter.api.Test;

class DisruptionSimulationTest {
    private static final double EPS = 1e-12;

    @Test
    void removingTheHubOfAStarLeavesItsLeavesAsSingletons() {
        Graph star = SmallGraphs.star(5);
        DisruptionSimulation.Curve curve = new DisruptionSimulation(star, RemovalStrategy.degree(), 1, 1, true).run();
        DisruptionSimulation.Step intact = curve.steps().get(0);
        // 6 nodes: 10 ordered hub-leaf pairs at distance 1, 20 leaf-leaf pairs at distance 2: (10 + 10) / 30
        assertThat(intact.efficiency()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(intact.lcc()).isEqualTo(6);
        DisruptionSimulation.Step hubGone = curve.steps().get(1);
        assertThat(hubGone.removed()).containsExactly("hub");
        assertThat(hubGone.lcc()).isEqualTo(1);
        assertThat(hubGone.lccFraction()).isCloseTo(1.0 / 6, within(EPS));
        assertThat(hubGone.components()).isEqualTo(5);
        assertThat(hubGone.efficiency()).isZero();
        assertThat(curve.explanation()).contains("removing 1 of 6 nodes by degree", "largest component of 1");
    }

    @Test
    void betweennessRecomputedAfterEachNodeTakesABridgeEndThenTheLowestNumberedOfTheRest() {
        Graph g = SmallGraphs.twoTriangles(); // a b c | d e f, bridge c-d; c and d both carry 6 pairs
        List<DisruptionSimulation.Step> steps = new DisruptionSimulation(g, RemovalStrategy.betweenness(), 1, 2, true).run().steps();
        // without c: {a,b} and {d,e,f}; efficiency over 5 nodes: (2 + 6) / 20
        assertThat(steps.get(1).removed()).containsExactly("c");
        assertThat(steps.get(1).lcc()).isEqualTo(3);
        assertThat(steps.get(1).lccFraction()).isCloseTo(0.5, within(EPS));
        assertThat(steps.get(1).components()).isEqualTo(2);
        assertThat(steps.get(1).efficiency()).isCloseTo(0.4, within(EPS));
        // recomputed, everybody left has betweenness 0: the lowest number, a, goes; {b}, {d,e,f}: 6 / 12
        assertThat(steps.get(2).removed()).containsExactly("a");
        assertThat(steps.get(2).lcc()).isEqualTo(3);
        assertThat(steps.get(2).efficiency()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void oneInitialRankingTakesBothBridgeEnds() {
        Graph g = SmallGraphs.twoTriangles();
        List<DisruptionSimulation.Step> steps = new DisruptionSimulation(g, RemovalStrategy.betweenness(), 1, 2, false).run().steps();
        // the intact ranking is c (6), d (6), then the zeros: d goes second, leaving {a,b} and {e,f}: 4 / 12
        assertThat(steps.get(2).removed()).containsExactly("d");
        assertThat(steps.get(2).lcc()).isEqualTo(2);
        assertThat(steps.get(2).removedTotal()).isEqualTo(2);
        assertThat(steps.get(2).efficiency()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void aKeyPlayerBlockAndAChosenListAreRemovedAsAWhole() {
        Graph g = SmallGraphs.twoTriangles();
        DisruptionSimulation.Step kpp = new DisruptionSimulation(g, RemovalStrategy.keyPlayers(), 2, 1, true).run().steps().get(1);
        // KPP-Neg with k = 2: c and d, leaving {a,b} and {e,f}
        assertThat(kpp.removed()).containsExactlyInAnyOrder("c", "d");
        assertThat(kpp.lcc()).isEqualTo(2);
        DisruptionSimulation.Step chosen = new DisruptionSimulation(g, RemovalStrategy.list(List.of("e", "a")), 2, 1, true)
                .run().steps().get(1);
        // without a and e: b-c-d-f is a path of 4
        assertThat(chosen.removed()).containsExactly("e", "a");
        assertThat(chosen.lcc()).isEqualTo(4);
        assertThat(chosen.components()).isEqualTo(1);
    }

    @Test
    void randomRemovalIsTheSameForTheSameSeedAndTheRunStopsWhenNothingIsLeft() {
        Graph g = SmallGraphs.random(40, 0.1, false, false, 3);
        var first = new DisruptionSimulation(g, RemovalStrategy.random(7), 5, 3, true).run();
        var again = new DisruptionSimulation(g, RemovalStrategy.random(7), 5, 3, true).run();
        assertThat(again.steps()).isEqualTo(first.steps());
        assertThat(first.strategy()).isEqualTo("random(seed 7)");
        var all = new DisruptionSimulation(SmallGraphs.path(), RemovalStrategy.degree(), 3, 5, true, false).run();
        // 4 nodes in blocks of 3: two steps, the second removes the last node
        assertThat(all.steps()).hasSize(3);
        assertThat(all.steps().get(2).removedTotal()).isEqualTo(4);
        assertThat(all.steps().get(2).lcc()).isZero();
        assertThat(all.steps().get(2).components()).isZero();
        assertThat(all.steps().get(2).efficiency()).isNaN();
        assertThatThrownBy(() -> new DisruptionSimulation(g, RemovalStrategy.degree(), 0, 1, true))
                .hasMessageContaining("block size must be at least 1");
    }

    @Test
    void aCompleteGraphIsFullyEfficient() {
        GraphBuilder b = new GraphBuilder();
        String[] k4 = {"p", "q", "r", "s"};
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                b.edge(k4[i], k4[j]);
            }
        }
        assertThat(GlobalEfficiency.of(b.build())).isCloseTo(1, within(EPS));
        // path a-b-c-d: 6 ordered pairs at 1, 4 at 2, 2 at 3: (6 + 2 + 2/3) / 12
        assertThat(GlobalEfficiency.of(SmallGraphs.path())).isCloseTo((6 + 2 + 2.0 / 3) / 12, within(EPS));
    }
}
