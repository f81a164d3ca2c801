package nl.gedeeldbeeld.analytics.graph;

import java.util.Objects;

/**
 * The graph induced by the nodes that are kept, renumbered {@code 0..k-1} in their original order, with a
 * map back to the original node numbers. Used where an algorithm has no "removed" mask of its own, e.g.
 * recomputing betweenness after a block of nodes is removed.
 */
public record Subgraph(Graph graph, int[] original) {

    public Subgraph {
        Objects.requireNonNull(graph, "graph");
        original = original.clone();
    }

    /** The subgraph without the nodes marked in {@code removed}. */
    public static Subgraph without(Graph graph, boolean[] removed) {
        int n = graph.nodeCount();
        if (removed.length != n) {
            throw new IllegalArgumentException("removed mask has " + removed.length + " entries for " + n + " nodes");
        }
        GraphBuilder builder = new GraphBuilder();
        int[] keep = new int[n];
        int k = 0;
        for (int v = 0; v < n; v++) {
            if (!removed[v]) {
                builder.node(graph.label(v));
                keep[k++] = v;
            }
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.edgeSource(e);
            int b = graph.edgeTarget(e);
            if (!removed[a] && !removed[b]) {
                builder.edge(graph.label(a), graph.label(b), graph.weightBetween(a, b));
            }
        }
        return new Subgraph(builder.build(), java.util.Arrays.copyOf(keep, k));
    }

    public int original(int node) {
        return original[node];
    }

    @Override
    public int[] original() {
        return original.clone();
    }
}
