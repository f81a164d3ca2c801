package nl.gedeeldbeeld.analytics.network;

import java.util.Objects;
import nl.gedeeldbeeld.analytics.graph.Graph;

/** The compute-once, copy-out part every {@link NodeScores} shares. */
abstract class LazyScores implements NodeScores {
    protected final Graph graph;
    private volatile double[] scores;

    LazyScores(Graph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    abstract double[] compute();

    final double[] values() {
        double[] s = scores;
        if (s == null) {
            synchronized (this) {
                s = scores;
                if (s == null) {
                    s = compute();
                    scores = s;
                }
            }
        }
        return s;
    }

    @Override
    public final Graph graph() {
        return graph;
    }

    @Override
    public final double score(int node) {
        return values()[node];
    }

    @Override
    public final double[] scores() {
        return values().clone();
    }
}
