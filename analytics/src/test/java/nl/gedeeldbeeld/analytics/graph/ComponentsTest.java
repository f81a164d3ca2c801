package nl.gedeeldbeeld.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentsTest {

    private static Graph twoTriangles() {
        GraphBuilder b = new GraphBuilder();
        b.edge("a", "b");
        b.edge("b", "c");
        b.edge("a", "c");
        b.edge("c", "d");
        b.edge("d", "e");
        b.edge("e", "f");
        b.edge("d", "f");
        b.node("alone");
        return b.build();
    }

    @Test
    void aBridgedPairOfTrianglesAndALoneNodeAreTwoComponents() {
        Components c = Components.of(twoTriangles());
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.largestSize()).isEqualTo(6);
        assertThat(c.sizes()).containsExactly(6, 1);
        assertThat(c.component(6)).isEqualTo(1);
    }

    @Test
    void removingTheBridgeEndSplitsTheTrianglesAndTheRemovedNodeBelongsNowhere() {
        Graph g = twoTriangles();
        boolean[] removed = new boolean[g.nodeCount()];
        removed[g.node("c").getAsInt()] = true;
        Components c = Components.of(g, removed);
        // {a,b}, {d,e,f}, {alone}
        assertThat(c.sizes()).containsExactly(2, 3, 1);
        assertThat(c.largestSize()).isEqualTo(3);
        assertThat(c.largest()).isEqualTo(1);
        assertThat(c.component(g.node("c").getAsInt())).isEqualTo(-1);
        java.util.Arrays.fill(removed, true);
        assertThat(Components.of(g, removed).largestSize()).isZero();
    }

    @Test
    void aSubgraphKeepsLabelsWeightsAndTheWayBack() {
        GraphBuilder b = new GraphBuilder();
        b.edge("a", "b", 2);
        b.edge("b", "c", 3);
        b.edge("c", "d");
        Graph g = b.build();
        boolean[] removed = {false, true, false, false};
        Subgraph sub = Subgraph.without(g, removed);
        assertThat(sub.graph().labels()).containsExactly("a", "c", "d");
        assertThat(sub.graph().edgeCount()).isEqualTo(1);
        assertThat(sub.original(1)).isEqualTo(2);
        assertThat(sub.graph().weightBetween(1, 2)).isEqualTo(1);
    }
}
