package nl.gedeeldbeeld.analytics.view;

import static nl.gedeeldbeeld.analytics.view.Entities.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyPlayerAnalysisTest {

    /**
     * Two police triangles {a1,a2,a3} and {b1,b2,b3}; x knows a1 and b1 and directs an accountancy firm.
     * By hand (unweighted, 8 nodes with the firm): x lies on every shortest path between A and B (9 pairs),
     * A and the firm (3) and B and the firm (3): 15 pairs; normalised by C(7,2) = 21 → 0.714. a1 lies on the paths from a2 and a3 to x, b1..b3 and the firm: 2 × 5 = 10 → 0.476.
     */
    private static GraphView view() {
        GraphViewBuilder b = new GraphViewBuilder(Entities.SCHEMAS, GraphViewRequest.everything(), Function.identity());
        for (String p : new String[] {"a1", "a2", "a3", "b1", "b2", "b3", "x"}) {
            b.add(entity(p, "Person", "police", Map.of("name", "Persoon " + p)));
        }
        b.add(entity("firm", "Company", "kvk", Map.of("name", "Cijfers BV", "sector", "Accountancy en belastingadvies")));
        String[][] links = {{"a1", "a2"}, {"a1", "a3"}, {"a2", "a3"}, {"b1", "b2"}, {"b1", "b3"}, {"b2", "b3"},
            {"x", "a1"}, {"x", "b1"}};
        int i = 0;
        for (String[] l : links) {
            b.add(entity("l" + i++, "Associate", "police", Map.of("person", l[0], "associate", l[1])));
        }
        b.add(entity("d1", "Directorship", "kvk", Map.of("director", "x", "organization", "firm")));
        return b.build();
    }

    @Test
    void theBrokerBetweenTwoGroupsRanksFirstWithItsExplanation() {
        KeyPlayerAnalysis.Result r = new KeyPlayerAnalysis(view(), 3, 1, 7).result();

        assertThat(r.nodes()).isEqualTo(8);
        assertThat(r.betweennessMethod()).startsWith("exact");
        KeyPlayerAnalysis.RankedNode first = r.ranked().get(0);
        assertThat(first.id()).isEqualTo("x");
        assertThat(first.betweenness()).isCloseTo(15.0 / 21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.evidenceKinds()).containsEntry("Associate", 2).containsEntry("Directorship", 1);
        assertThat(first.explanation()).contains("Persoon x", "rang 1 van 8", "Associate 2", "rol financieel");
        assertThat(r.ranked().get(1).betweenness()).isCloseTo(10.0 / 21, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void removingTheBrokerBreaksTheNetworkAndItIsAFinancialFacilitator() {
        KeyPlayerAnalysis.Result r = new KeyPlayerAnalysis(view(), 5, 1, 7).result();

        assertThat(r.fragmentation()).isPresent();
        assertThat(r.fragmentation().get().ids()).containsExactly("x");
        assertThat(r.fragmentation().get().score()).isGreaterThan(r.fragmentation().get().baseline());
        assertThat(r.facilitators()).extracting(KeyPlayerAnalysis.FacilitatorNode::id).contains("x");
        KeyPlayerAnalysis.FacilitatorNode x = r.facilitators().stream().filter(f -> f.id().equals("x")).findFirst()
                .orElseThrow();
        assertThat(x.roles()).containsExactly(FacilitatorRole.FINANCIAL);
        assertThat(x.communities()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(x.explanation()).contains("bestuurder van Cijfers BV");
    }

    @Test
    void theEgoNetworkOfANodeKeepsItsEvidence() {
        GraphView around = view().around("a2", 1);
        assertThat(around.nodes()).extracting(ViewNode::id).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(around.graph().edgeCount()).isEqualTo(3);
        assertThat(around.evidence()).allSatisfy(e -> assertThat(e).extracting(LinkEvidence::kind)
                .containsExactly("Associate"));
    }
}
