package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Exact shortest-path betweenness, Brandes (2001), "A faster algorithm for betweenness centrality",
 * J. Math. Sociology 25(2): the number of shortest paths between other pairs that pass through a node,
 * each pair's paths shared equally. O(n m) unweighted, O(n m + n² log n) weighted; runs on all cores.
 *
 * <p>Unordered pairs are counted once (as JGraphT does for undirected graphs); {@link #normalised} divides
 * by the (n-1)(n-2)/2 pairs a node could lie between, giving a value in [0, 1] (as NetworkX; JGraphT's
 * normalised value is half of it, since it divides by (n-1)(n-2) for undirected graphs too). Weighted betweenness
 * treats weights as lengths (a shorter edge is a closer tie); for weights that measure tie strength, such
 * as call counts, the caller must invert them first, so the default here is unweighted.
 */
public final class BetweennessCentrality extends LazyScores {
    private final boolean weighted;
    private final boolean normalised;

    private BetweennessCentrality(Graph graph, boolean weighted, boolean normalised) {
        super(graph);
        this.weighted = weighted;
        this.normalised = normalised;
    }

    /** Unweighted, pairs counted once, not normalised. */
    public static BetweennessCentrality of(Graph graph) {
        return new BetweennessCentrality(graph, false, false);
    }

    public static BetweennessCentrality normalised(Graph graph) {
        return new BetweennessCentrality(graph, false, true);
    }

    /** With the edge weights as lengths (Dijkstra). */
    public static BetweennessCentrality weighted(Graph graph, boolean normalised) {
        return new BetweennessCentrality(graph, true, normalised);
    }

    /**
     * Σ over the given sources of Brandes' dependencies δ_s(v), per node v, unscaled: the sum {@link #of} halves
     * (and {@link SampledBetweenness} scales by n/2k). For a distributed run that splits the sources over
     * machines and adds the vectors (the spark module); adding them in another order changes only rounding.
     */
    public static double[] dependencySums(Graph graph, int[] sources, boolean weighted) {
        int n = graph.nodeCount();
        for (int s : sources) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("source " + s + " is not a node of a graph with " + n + " nodes");
            }
        }
        return Brandes.dependencySums(graph, sources, weighted);
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            sources[i] = i;
        }
        double[] sums = Brandes.dependencySums(graph, sources, weighted);
        double scale = 0.5;
        if (normalised) {
            scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
        }
        for (int v = 0; v < n; v++) {
            sums[v] *= scale;
        }
        return sums;
    }
}
