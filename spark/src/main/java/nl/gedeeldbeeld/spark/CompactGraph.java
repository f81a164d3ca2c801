package nl.gedeeldbeeld.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;

/**
 * The party graph in the few arrays that travel to the executors in a broadcast: node labels in node order and
 * the edges as (lower, higher) node pairs with their weights, in edge-id order. Each executor rebuilds the
 * {@link Graph} once ({@link #graph()}, kept beside the broadcast value) with {@link GraphBuilder}, adding the
 * nodes and then the edges in this order, so node numbers, edge ids and rows are those of the driver's graph.
 * A million edges are about 12 MB here (8 bytes of ends and 8 of weight an edge, plus the labels).
 */
public final class CompactGraph implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String[] labels;
    private final int[] ends;
    private final double[] weights;
    private transient volatile Graph graph;

    /**
     * @param labels  node labels; node i is {@code labels[i]}
     * @param ends    {@code 2m} node numbers: edge e joins {@code ends[2e]} and {@code ends[2e+1]}, lower first
     * @param weights {@code m} positive edge weights (1 when the input had none)
     */
    public CompactGraph(String[] labels, int[] ends, double[] weights) {
        this.labels = Objects.requireNonNull(labels, "labels").clone();
        this.ends = Objects.requireNonNull(ends, "ends").clone();
        this.weights = Objects.requireNonNull(weights, "weights").clone();
        if (ends.length != 2 * weights.length) {
            throw new IllegalArgumentException(ends.length + " edge ends for " + weights.length + " weights");
        }
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] < 0 || ends[i] >= labels.length) {
                throw new IllegalArgumentException("edge end " + ends[i] + " is not a node of " + labels.length);
            }
        }
    }

    /** The same arrays as a graph built elsewhere (the single-machine reference, tests). */
    public static CompactGraph of(Graph graph) {
        int m = graph.edgeCount();
        int[] ends = new int[2 * m];
        double[] weights = new double[m];
        for (int e = 0; e < m; e++) {
            ends[2 * e] = graph.edgeSource(e);
            ends[2 * e + 1] = graph.edgeTarget(e);
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                weights[graph.edgeId(p)] = graph.weight(p);
            }
        }
        return new CompactGraph(graph.labels().toArray(String[]::new), ends, weights);
    }

    public int nodeCount() {
        return labels.length;
    }

    public int edgeCount() {
        return weights.length;
    }

    public String label(int node) {
        return labels[node];
    }

    /** The graph, built on first use in this JVM and then kept. */
    public Graph graph() {
        Graph g = graph;
        if (g == null) {
            synchronized (this) {
                g = graph;
                if (g == null) {
                    GraphBuilder builder = new GraphBuilder();
                    for (String label : labels) {
                        builder.node(label);
                    }
                    for (int e = 0; e < weights.length; e++) {
                        builder.edge(labels[ends[2 * e]], labels[ends[2 * e + 1]], weights[e]);
                    }
                    g = builder.build();
                    graph = g;
                }
            }
        }
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactGraph c && Arrays.equals(labels, c.labels) && Arrays.equals(ends, c.ends)
                && Arrays.equals(weights, c.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(labels), Arrays.hashCode(ends), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "CompactGraph[" + labels.length + " nodes, " + weights.length + " edges]";
    }
}
