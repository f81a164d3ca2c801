package nl.gedeeldbeeld.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreferentialAttachmentTest {

    @Test
    void aGraphHasTheCliqueAndMEdgesForEveryLaterNode() {
        Graph g = PreferentialAttachment.graph(500, 3, 4);

        assertThat(g.nodeCount()).isEqualTo(500);
        assertThat(g.edgeCount()).isEqualTo(3 * 4 / 2 + (500 - 4) * 3);
    }

    @Test
    void theSameSeedGivesTheSameGraphAndAnotherSeedAnother() {
        Graph a = PreferentialAttachment.graph(300, 2, 1);
        Graph b = PreferentialAttachment.graph(300, 2, 1);
        Graph c = PreferentialAttachment.graph(300, 2, 2);

        assertThat(neighbours(a)).isEqualTo(neighbours(b));
        assertThat(neighbours(a)).isNotEqualTo(neighbours(c));
    }

    @Test
    void earlyNodesGatherTheMostTies() {
        Graph g = PreferentialAttachment.graph(2000, 2, 3);

        assertThat(g.degree(0)).isGreaterThan(10 * g.degree(1999));
    }

    @Test
    void aGraphWithoutRoomForItsTiesIsRefused() {
        assertThatThrownBy(() -> PreferentialAttachment.graph(3, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String neighbours(Graph g) {
        StringBuilder s = new StringBuilder();
        for (int v = 0; v < g.nodeCount(); v++) {
            s.append(v).append(':').append(java.util.Arrays.toString(g.neighbours(v))).append(';');
        }
        return s.toString();
    }
}
