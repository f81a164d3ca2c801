package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Classic closeness (Bavelas 1950, Sabidussi 1966) taken <b>within the node's own component</b>:
 * (c-1) / Σ d(v,u) over the c-1 other nodes u of its component; 0 for an isolated node. On a connected
 * graph this is JGraphT's normalised {@code ClosenessCentrality}; on a disconnected graph JGraphT gives 0
 * everywhere (the sum is infinite) while this value stays informative, but it is not comparable across
 * components (a pair of nodes scores 1). For disconnected graphs use {@link HarmonicCentrality}.
 * Unweighted (hop distances); one BFS per node, O(n m), on all cores.
 */
public final class ClosenessCentrality extends LazyScores {
    public ClosenessCentrality(Graph graph) {
        super(graph);
    }

    @Override
    double[] compute() {
        return DistanceSweeps.perSource(graph, null, (s, sweep) -> {
            long sum = 0;
            for (int i = 1; i < sweep.reached(); i++) {
                sum += sweep.distance(sweep.reachedNode(i));
            }
            return sum == 0 ? 0 : (sweep.reached() - 1.0) / sum;
        });
    }
}
