package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Harmonic closeness, Marchiori and Latora (2000), Boldi and Vigna (2014) "Axioms for centrality":
 * Σ 1/d(v,u) over all other nodes u, an unreachable node adding 0, divided by n-1 (JGraphT's normalised
 * {@code HarmonicCentrality}). Unlike {@link ClosenessCentrality} it is defined and comparable on
 * disconnected graphs. Unweighted; one BFS per node, O(n m), on all cores.
 */
public final class HarmonicCentrality extends LazyScores {
    public HarmonicCentrality(Graph graph) {
        super(graph);
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        return DistanceSweeps.perSource(graph, null, (s, sweep) -> {
            double sum = 0;
            for (int i = 1; i < sweep.reached(); i++) {
                sum += 1.0 / sweep.distance(sweep.reachedNode(i));
            }
            return n > 1 ? sum / (n - 1) : 0;
        });
    }
}
