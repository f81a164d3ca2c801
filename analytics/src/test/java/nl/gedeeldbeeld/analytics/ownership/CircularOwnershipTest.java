package nl.gedeeldbeeld.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.TarjanSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class CircularOwnershipTest {

    @Test
    void threeCompaniesOwningEachOtherInARingAreOneRingWithOneCycle() {
        // A –60%→ B –70%→ C –80%→ A, and P holds 40% of A from outside: one ring {A, B, C}, one cycle.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("P", PartyKind.PERSON);
        b.ownership("A", "B", 60);
        b.ownership("B", "C", 70);
        b.ownership("C", "A", 80);
        b.ownership("P", "A", 40);
        b.ownership("C", "D", 100);
        List<OwnershipRing> rings = new CircularOwnership(b.build()).rings();

        assertThat(rings).hasSize(1);
        OwnershipRing ring = rings.get(0);
        assertThat(ring.companies()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(ring.cycles()).hasSize(1);
        assertThat(ring.cycles().get(0)).hasSize(3).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(ring.links()).extracting(RingLink::describe)
                .containsExactlyInAnyOrder("A holds 60% of B", "B holds 70% of C", "C holds 80% of A");
        assertThat(ring.explanation()).startsWith("ring of 3 companies that own each other");
        assertThat(ring.cyclesTruncated()).isFalse();
    }

    @Test
    void twoRingsJoinedOneWayStayTwoRingsAndASelfHoldingIsNone() {
        // {A, B} and {X, Y, Z} are rings; B → X joins them one way only, so they are not one component.
        // S holding its own shares is a self-loop, not a ring.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.ownership("A", "B", 50);
        b.ownership("B", "A", 50);
        b.ownership("B", "X", 10);
        b.ownership("X", "Y", 50);
        b.ownership("Y", "Z", 50);
        b.ownership("Z", "X", 50);
        b.ownership("S", "S", 5);
        List<OwnershipRing> rings = new CircularOwnership(b.build()).rings();

        assertThat(rings).hasSize(2);
        assertThat(rings.get(0).companies()).containsExactlyInAnyOrder("X", "Y", "Z");
        assertThat(rings.get(1).companies()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aFigureEightIsOneRingWithBothCycles() {
        // A ⇄ B and B ⇄ C: one component {A, B, C}, cycles A→B→A and B→C→B, but no A→…→C→…→A.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.ownership("A", "B", 30);
        b.ownership("B", "A", 30);
        b.ownership("B", "C", 30);
        b.ownership("C", "B", 30);
        OwnershipRing ring = new CircularOwnership(b.build()).rings().get(0);
        assertThat(ring.companies()).hasSize(3);
        assertThat(ring.cycles()).hasSize(2);
    }

    @Test
    void ringsAndCyclesAgreeWithJGraphTOnRandomOwnership() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int round = 0; round < 20; round++) {
            OwnershipGraphBuilder b = new OwnershipGraphBuilder();
            Graph<String, DefaultEdge> oracle = new DefaultDirectedGraph<>(DefaultEdge.class);
            int n = 12;
            for (int i = 0; i < n; i++) {
                b.party("c" + i, PartyKind.COMPANY);
                oracle.addVertex("c" + i);
            }
            for (int k = 0; k < 16; k++) {
                int u = rng.nextInt(n);
                int v = rng.nextInt(n);
                if (u != v && !oracle.containsEdge("c" + u, "c" + v)) {
                    b.ownership("c" + u, "c" + v, 10);
                    oracle.addEdge("c" + u, "c" + v);
                }
            }
            List<OwnershipRing> rings = new CircularOwnership(b.build(), 10_000).rings();

            Set<Set<String>> expected = new HashSet<>();
            for (Set<String> scc : new KosarajuStrongConnectivityInspector<>(oracle).stronglyConnectedSets()) {
                if (scc.size() > 1) {
                    expected.add(new TreeSet<>(scc));
                }
            }
            Set<Set<String>> actual = new HashSet<>();
            int cycles = 0;
            for (OwnershipRing r : rings) {
                actual.add(new TreeSet<>(r.companies()));
                cycles += r.cycles().size();
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(cycles).isEqualTo(new TarjanSimpleCycles<>(oracle).findSimpleCycles().size());
        }
    }

    @Test
    void aLongChainOfHoldingsDoesNotOverflowTheStack() {
        // 200,000 companies in one ring: recursion would overflow, the explicit stack does not.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            b.ownership("c" + i, "c" + ((i + 1) % n), 100);
        }
        List<OwnershipRing> rings = new CircularOwnership(b.build(), 1).rings();
        assertThat(rings).hasSize(1);
        assertThat(rings.get(0).companies()).hasSize(n);
        // Its one cycle is longer than the search budget of 100,000 steps: listed as truncated.
        assertThat(rings.get(0).cyclesTruncated()).isTrue();
    }
}
