package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Degree (number of neighbours) or, weighted, strength (sum of the edge weights at a node; Barrat et al.
 * 2004). Freeman (1978) calls the first degree centrality; neither is normalised here.
 */
public final class DegreeCentrality extends LazyScores {
    private final boolean strength;

    private DegreeCentrality(Graph graph, boolean strength) {
        super(graph);
        this.strength = strength;
    }

    public static DegreeCentrality degree(Graph graph) {
        return new DegreeCentrality(graph, false);
    }

    public static DegreeCentrality strength(Graph graph) {
        return new DegreeCentrality(graph, true);
    }

    @Override
    double[] compute() {
        double[] s = new double[graph.nodeCount()];
        for (int v = 0; v < s.length; v++) {
            if (strength) {
                for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                    s[v] += graph.weight(p);
                }
            } else {
                s[v] = graph.degree(v);
            }
        }
        return s;
    }
}
