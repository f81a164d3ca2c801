package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * With every transaction at the same tick and of the same amount, the time and amount conditions always hold,
 * so a transaction starts a cycle alert exactly when its edge lies on a simple directed cycle of 3 to 6
 * accounts: JGraphT's Johnson enumeration of simple cycles is the oracle.
 */
class CycleDetectorOracleTest {
    @Test
    void theTransactionsStartingACycleAreTheEdgesOnSimpleCyclesOfThreeToSixAccounts() {
        Random rng = new Random(42);
        for (int round = 0; round < 20; round++) {
            int n = 8 + rng.nextInt(6);
            int m = n + rng.nextInt(2 * n);
            Graph<Integer, DefaultEdge> oracle = new DefaultDirectedGraph<>(DefaultEdge.class);
            TransactionGraphBuilder b = new TransactionGraphBuilder();
            for (int v = 0; v < n; v++) {
                oracle.addVertex(v);
                b.account("a" + v);
            }
            for (int i = 0; i < m; i++) {
                int u = rng.nextInt(n);
                int v = rng.nextInt(n);
                if (u != v && !oracle.containsEdge(u, v)) {
                    oracle.addEdge(u, v);
                    b.transfer(u + ">" + v, "a" + u, "a" + v, 500_000, 1);
                }
            }
            Set<String> expected = new HashSet<>();
            for (List<Integer> cycle : new JohnsonSimpleCycles<>(oracle).findSimpleCycles()) {
                if (cycle.size() >= 3 && cycle.size() <= 6) {
                    for (int i = 0; i < cycle.size(); i++) {
                        expected.add(cycle.get(i) + ">" + cycle.get((i + 1) % cycle.size()));
                    }
                }
            }
            Set<String> started = new HashSet<>();
            for (Alert a : new CycleDetector(3, 6, 0, 0.0, 1).detect(b.build())) {
                started.add(a.transactions().get(0));
            }
            assertThat(started).as("round %d", round).isEqualTo(expected);
        }
    }
}
