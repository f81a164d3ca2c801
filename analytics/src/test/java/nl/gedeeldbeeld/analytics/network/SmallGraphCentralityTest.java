package nl.gedeeldbeeld.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.gedeeldbeeld.analytics.graph.Graph;
import org.junit.jupiter.api.Test;

class SmallGraphCentralityTest {
    private static final double EPS = 1e-12;

    @Test
    void onAPathTheInnerNodesLieBetweenTwoPairsEachAndTheEndsAreFarthest() {
        Graph g = SmallGraphs.path(); // a-b-c-d
        // b lies on the paths a-c and a-d, c on a-d and b-d: 2 each; the ends on none
        assertThat(BetweennessCentrality.of(g).scores()).containsExactly(new double[] {0, 2, 2, 0}, within(EPS));
        // normalised by (n-1)(n-2)/2 = 3 pairs
        assertThat(BetweennessCentrality.normalised(g).score("b")).isCloseTo(2.0 / 3, within(EPS));
        // a: distances 1+2+3 = 6, 3 others -> 3/6; b: 1+1+2 = 4 -> 3/4
        ClosenessCentrality closeness = new ClosenessCentrality(g);
        assertThat(closeness.score("a")).isCloseTo(0.5, within(EPS));
        assertThat(closeness.score("b")).isCloseTo(0.75, within(EPS));
        // a: (1 + 1/2 + 1/3) / 3 = 11/18
        assertThat(new HarmonicCentrality(g).score("a")).isCloseTo(11.0 / 18, within(EPS));
        assertThat(new Coreness(g).scores()).containsOnly(1.0);
        // a has one contact: constraint 1; b's two contacts are not tied: 2 * (1/2)^2
        BurtConstraint constraint = new BurtConstraint(g, false);
        assertThat(constraint.score("a")).isCloseTo(1.0, within(EPS));
        assertThat(constraint.score("b")).isCloseTo(0.5, within(EPS));
        assertThat(DegreeCentrality.degree(g).scores()).containsExactly(1, 2, 2, 1);
    }

    @Test
    void aStarsHubCarriesEveryPairOfLeavesAndIsLeastConstrained() {
        Graph g = SmallGraphs.star(4);
        int hub = g.node("hub").getAsInt();
        // C(4,2) = 6 leaf pairs, all through the hub
        assertThat(BetweennessCentrality.of(g).score(hub)).isCloseTo(6, within(EPS));
        // hub: 4 * (1/4)^2; a leaf: its only contact -> 1
        BurtConstraint constraint = new BurtConstraint(g, false);
        assertThat(constraint.score(hub)).isCloseTo(0.25, within(EPS));
        assertThat(constraint.score("l1")).isCloseTo(1, within(EPS));
        // PageRank sums to 1 and the hub has the most
        PageRank pr = new PageRank(g, 0.85, 1000, 1e-14, false);
        assertThat(java.util.Arrays.stream(pr.scores()).sum()).isCloseTo(1, within(1e-9));
        assertThat(pr.score(hub)).isGreaterThan(pr.score("l1"));
        // hub: 0.15/5 + 0.85 * 4 * x and a leaf x = 0.15/5 + 0.85 * hub / 4; with 4x + hub = 1: hub = 0.4894...
        double leaf = (0.15 / 5 + 0.85 / 4) / (1 + 0.85);
        assertThat(pr.score("l1")).isCloseTo(leaf, within(1e-9));
    }

    @Test
    void weightedStrengthAddsTheTieWeights() {
        nl.gedeeldbeeld.analytics.graph.GraphBuilder b = new nl.gedeeldbeeld.analytics.graph.GraphBuilder();
        b.edge("x", "y", 3);
        b.edge("x", "z", 1);
        Graph g = b.build();
        assertThat(DegreeCentrality.strength(g).score("x")).isEqualTo(4);
        assertThat(DegreeCentrality.degree(g).score("x")).isEqualTo(2);
        // weighted constraint of x: (3/4)^2 + (1/4)^2 = 10/16
        assertThat(new BurtConstraint(g, true).score("x")).isCloseTo(10.0 / 16, within(EPS));
    }

    @Test
    void twoTrianglesJoinedByABridgeSplitIntoTwoCommunitiesWithModularityFiveFourteenths() {
        Graph g = SmallGraphs.twoTriangles();
        // c and d each carry the 2 x 3 pairs between {a,b} (resp. {e,f}) and the other side
        BetweennessCentrality bc = BetweennessCentrality.of(g);
        assertThat(bc.score("c")).isCloseTo(6, within(EPS));
        assertThat(bc.score("d")).isCloseTo(6, within(EPS));
        assertThat(bc.score("a")).isCloseTo(0, within(EPS));
        Communities communities = new Louvain(g).communities();
        assertThat(communities.count()).isEqualTo(2);
        assertThat(communities.community()).containsExactly(0, 0, 0, 1, 1, 1);
        // m = 7; each side has 3 inner edges and degree sum 7: Q = 2 (3/7 - (7/14)^2) = 5/14
        assertThat(communities.modularity()).isCloseTo(5.0 / 14, within(EPS));
        assertThat(new Coreness(g).scores()).containsOnly(2.0);
    }

    @Test
    void anEmptyGraphAndIsolatedNodesHaveDefinedScores() {
        nl.gedeeldbeeld.analytics.graph.GraphBuilder b = new nl.gedeeldbeeld.analytics.graph.GraphBuilder();
        b.node("alone");
        b.edge("p", "q");
        Graph g = b.build();
        assertThat(new ClosenessCentrality(g).score("alone")).isZero();
        assertThat(new HarmonicCentrality(g).score("alone")).isZero();
        assertThat(new BurtConstraint(g, false).score("alone")).isNaN();
        assertThat(new Coreness(g).score("alone")).isZero();
        // closeness is taken within the component: p reaches q at distance 1 -> 1
        assertThat(new ClosenessCentrality(g).score("p")).isEqualTo(1);
        // the dangling node spreads its score: all scores still sum to 1
        assertThat(java.util.Arrays.stream(new PageRank(g).scores()).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void brokerageRolesFollowTheGroupsOfTheThreeNodesOnEachOpenTwoPath() {
        Graph g = SmallGraphs.star(4); // hub=0, l1..l4 = 1..4; all 6 leaf pairs are open two-paths via the hub
        // hub in group 0, l1 l2 in 0, l3 l4 in 1
        BrokerageRoles roles = new BrokerageRoles(g, new int[] {0, 0, 0, 1, 1});
        // (l1,l2): all in 0 -> coordinator; (l3,l4): both 1, hub 0 -> itinerant; the 4 mixed pairs -> gatekeeper/representative
        assertThat(roles.count(0, BrokerageRoles.Role.COORDINATOR)).isEqualTo(1);
        assertThat(roles.count(0, BrokerageRoles.Role.ITINERANT)).isEqualTo(1);
        assertThat(roles.count(0, BrokerageRoles.Role.GATEKEEPER_OR_REPRESENTATIVE)).isEqualTo(4);
        assertThat(roles.count(0, BrokerageRoles.Role.LIAISON)).isZero();
        assertThat(roles.total(1)).isZero();
        // hub in its own group 2: (l1,l2) and (l3,l4) itinerant, the mixed pairs liaison
        BrokerageRoles liaison = new BrokerageRoles(g, new int[] {2, 0, 0, 1, 1});
        assertThat(liaison.count(0, BrokerageRoles.Role.ITINERANT)).isEqualTo(2);
        assertThat(liaison.count(0, BrokerageRoles.Role.LIAISON)).isEqualTo(4);
        // a closed two-path is no brokerage: in a triangle nobody brokers
        assertThat(new BrokerageRoles(SmallGraphs.twoTriangles(), new int[6]).total(0)).isZero();
    }

    @Test
    void removingTheBridgeEndFragmentsTwoTrianglesMost() {
        Graph g = SmallGraphs.twoTriangles();
        // without c: {a,b} and {d,e,f}: 2*1 + 3*2 = 8 of 5*4 = 20 ordered pairs still connected: F = 0.6;
        // d gives the same, c has the lower number
        KeyPlayers.Result neg = KeyPlayers.negative(g, 1, false).result();
        assertThat(neg.labels()).containsExactly("c");
        assertThat(neg.score()).isCloseTo(0.6, within(EPS));
        assertThat(neg.baseline()).isCloseTo(0, within(EPS));
        assertThat(neg.explanation()).contains("KPP-Neg", "fragmentation", "[c]");
        // two nodes: c and d leave {a,b} and {e,f}: 2 + 2 of 4*3 = 12 -> F = 2/3
        assertThat(KeyPlayers.negative(g, 2, false).result().score()).isCloseTo(2.0 / 3, within(EPS));
        // distance-weighted, without c: {a,b} at distance 1 (2 ordered pairs) and the triangle (6 pairs): 1 - 8/20
        assertThat(KeyPlayers.negative(g, 1, true).result().score()).isCloseTo(0.6, within(EPS));
    }

    @Test
    void theHubReachesEveryoneInOneStep() {
        Graph g = SmallGraphs.star(4);
        KeyPlayers.Result pos = KeyPlayers.reach(g, 1, 1).result();
        assertThat(pos.labels()).containsExactly("hub");
        assertThat(pos.score()).isEqualTo(1.0);
        // on the path a-b-c-d, b reaches a and c at 1 and d at 2: (1 + 1 + 1/2) / 3
        KeyPlayers.Result dr = KeyPlayers.distanceWeightedReach(SmallGraphs.path(), 1).result();
        assertThat(dr.labels()).containsExactly("b");
        assertThat(dr.score()).isCloseTo(2.5 / 3, within(EPS));
        assertThatThrownBy(() -> KeyPlayers.reach(g, 5, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 <= k < n");
    }

    @Test
    void theBridgeEndsAreFacilitatorsBetweenTheTwoTriangles() {
        Graph g = SmallGraphs.twoTriangles();
        Communities communities = new Louvain(g).communities();
        Facilitators facilitators = new Facilitators(g, communities, java.util.Map.of("c", "financial"), 2);
        List<Facilitators.Facilitator> all = facilitators.all();
        assertThat(all).extracting(Facilitators.Facilitator::label).containsExactly("c", "d");
        // c: a, b in community 0 and d in 1 -> 1 - (2/3)^2 - (1/3)^2 = 4/9
        assertThat(all.get(0).participation()).isCloseTo(4.0 / 9, within(EPS));
        assertThat(all.get(0).communities()).containsExactly(0, 1);
        assertThat(all.get(0).role()).contains("financial");
        assertThat(all.get(0).explanation()).contains("c (financial) has neighbours in 2 communities");
        assertThat(facilitators.withRole("financial")).hasSize(1);
        assertThat(all.get(1).role()).isEmpty();
    }

    @Test
    void pathsBetweenTwoTrianglesShortestFirstAndTheCapIsReported() {
        Graph g = SmallGraphs.twoTriangles(); // a=0 b=1 c=2 d=3 e=4 f=5
        Paths paths = new Paths(g);
        assertThat(paths.shortest(0, 5)).contains(List.of(0, 2, 3, 5));
        // a-c-d-f, a-b-c-d-f, a-c-d-e-f, a-b-c-d-e-f
        Paths.SimplePaths all = paths.simple(0, 5, 5, 100);
        assertThat(all.paths()).hasSize(4).first().isEqualTo(List.of(0, 2, 3, 5));
        assertThat(all.capped()).isFalse();
        Paths.SimplePaths two = paths.simple(0, 5, 5, 2);
        assertThat(two.paths()).hasSize(2).first().isEqualTo(List.of(0, 2, 3, 5));
        assertThat(two.capped()).isTrue();
        assertThat(paths.simple(0, 5, 2, 10).paths()).isEmpty();
        nl.gedeeldbeeld.analytics.graph.GraphBuilder b = new nl.gedeeldbeeld.analytics.graph.GraphBuilder();
        b.edge("x", "y");
        b.node("z");
        assertThat(new Paths(b.build()).shortest(0, 2)).isEmpty();
    }

    @Test
    void sampledBetweennessWithEverySourceIsExactAndOtherwiseWithinItsBound() {
        Graph g = SmallGraphs.random(200, 0.03, true, false, 7);
        BetweennessCentrality exact = BetweennessCentrality.of(g);
        SampledBetweenness all = new SampledBetweenness(g, 500, 0.1, 1);
        assertThat(all.exact()).isTrue();
        assertThat(all.epsilon()).isZero();
        assertThat(all.scores()).containsExactly(exact.scores(), within(1e-9));
        SampledBetweenness some = new SampledBetweenness(g, 50, 0.1, 1);
        // eps = 200/199 * sqrt(ln(2*200/0.1) / 100) = 0.2888
        assertThat(some.epsilon()).isCloseTo(200.0 / 199 * Math.sqrt(Math.log(4000) / 100), within(1e-12));
        double pairs = 199.0 * 198 / 2;
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(Math.abs(some.normalisedScore(v) - exact.score(v) / pairs)).isLessThanOrEqualTo(some.epsilon());
        }
        assertThat(some.bound()).contains("Hoeffding", "probability 0.900", "50 of 200 sources");
        assertThat(new SampledBetweenness(g, 50, 0.1, 1).scores()).containsExactly(some.scores());
        assertThatThrownBy(() -> new SampledBetweenness(g, 0, 0.1, 1)).hasMessageContaining("pivots must be at least 1");
        assertThatThrownBy(() -> new SampledBetweenness(g, 5, 1.5, 1)).hasMessageContaining("delta must lie strictly between 0 and 1");
    }
}
