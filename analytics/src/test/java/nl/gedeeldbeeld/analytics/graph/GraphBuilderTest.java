package nl.gedeeldbeeld.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    @Test
    void anEdgeListedInBothDirectionsBecomesOneEdgeWithTheSummedWeight() {
        GraphBuilder b = new GraphBuilder();
        int first = b.edge("a", "b", 2);
        int again = b.edge("b", "a", 3);
        b.edge("b", "c");
        Graph g = b.build();

        assertThat(again).isEqualTo(first);
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isEqualTo(2);
        int a = g.node("a").getAsInt();
        int bb = g.node("b").getAsInt();
        assertThat(g.weightBetween(a, bb)).isEqualTo(5.0);
        assertThat(g.weighted()).isTrue();
        assertThat(g.degree(bb)).isEqualTo(2);
    }

    @Test
    void rowsAreSortedAndEveryRowPositionKnowsItsUndirectedEdge() {
        GraphBuilder b = new GraphBuilder();
        b.edge("hub", "z");
        b.edge("hub", "x");
        b.edge("hub", "y");
        b.edge("x", "y");
        Graph g = b.build();
        int hub = g.node("hub").getAsInt();

        assertThat(g.neighbours(hub)).isSorted().hasSize(3);
        for (int p = g.rowStart(hub); p < g.rowEnd(hub); p++) {
            int edge = g.edgeId(p);
            assertThat(new int[] {g.edgeSource(edge), g.edgeTarget(edge)}).contains(hub, g.target(p));
        }
        assertThat(g.adjacent(g.node("x").getAsInt(), g.node("y").getAsInt())).isTrue();
        assertThat(g.adjacent(hub, hub)).isFalse();
        assertThat(g.weighted()).isFalse();
    }

    @Test
    void selfLoopsAreDroppedAndNonPositiveWeightsRefused() {
        GraphBuilder b = new GraphBuilder();
        assertThat(b.edge("a", "a")).isEqualTo(-1);
        assertThat(b.build().edgeCount()).isZero();
        assertThatThrownBy(() -> b.edge("a", "b", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight must be positive");
    }

    @Test
    void aLongRowIsSortedToo() {
        GraphBuilder b = new GraphBuilder();
        for (int i = 100; i > 0; i--) {
            b.edge("hub", "n" + i);
        }
        Graph g = b.build();
        int hub = g.node("hub").getAsInt();
        assertThat(g.neighbours(hub)).isSorted();
        assertThat(g.adjacent(hub, g.node("n37").getAsInt())).isTrue();
    }
}
