package nl.gedeeldbeeld.analytics.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An undirected simple graph on nodes {@code 0..n-1}, kept as compressed sparse rows so that algorithms
 * on a million edges walk int arrays rather than objects (DESIGN: "one graph, several views").
 *
 * <p>Every undirected edge has an id {@code 0..m-1}; it appears once in each endpoint's row, and
 * {@link #edgeId(int, int)} maps a row position back to it, so a view can attach its evidence (which
 * statements made this link) per edge. Each node has a label, the entity id the view built it from.
 * Instances are immutable; build them with {@link GraphBuilder}.
 */
public final class Graph {
    private final String[] labels;
    private final int[] offsets;
    private final int[] targets;
    private final int[] edgeIds;
    private final double[] weights;
    private final int[] edgeEnds;
    private final boolean weighted;
    private volatile Map<String, Integer> index;

    Graph(String[] labels, int[] offsets, int[] targets, int[] edgeIds, double[] weights, int[] edgeEnds,
            boolean weighted) {
        this.labels = labels;
        this.offsets = offsets;
        this.targets = targets;
        this.edgeIds = edgeIds;
        this.weights = weights;
        this.edgeEnds = edgeEnds;
        this.weighted = weighted;
    }

    public int nodeCount() {
        return labels.length;
    }

    public int edgeCount() {
        return edgeEnds.length / 2;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The position in the adjacency arrays where the node's row starts; its row ends at {@code rowEnd}. */
    public int rowStart(int node) {
        return offsets[node];
    }

    public int rowEnd(int node) {
        return offsets[node + 1];
    }

    /** The neighbour at a row position (between {@link #rowStart} and {@link #rowEnd}). */
    public int target(int position) {
        return targets[position];
    }

    /** The weight of the edge at a row position; 1 in an unweighted graph. */
    public double weight(int position) {
        return weights[position];
    }

    /** The undirected edge id at a row position. */
    public int edgeId(int position) {
        return edgeIds[position];
    }

    /** The lower-numbered end of an edge. */
    public int edgeSource(int edge) {
        return edgeEnds[2 * edge];
    }

    /** The higher-numbered end of an edge. */
    public int edgeTarget(int edge) {
        return edgeEnds[2 * edge + 1];
    }

    /** True when the builder was given weights other than 1. */
    public boolean weighted() {
        return weighted;
    }

    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

    /** The weight of the edge between two nodes, or 0 when they are not adjacent. */
    public double weightBetween(int a, int b) {
        int at = Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b);
        return at >= 0 ? weights[at] : 0;
    }

    public boolean adjacent(int a, int b) {
        return Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b) >= 0;
    }

    public String label(int node) {
        return labels[node];
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public OptionalInt node(String label) {
        Map<String, Integer> byLabel = index;
        if (byLabel == null) {
            byLabel = new HashMap<>(labels.length * 2);
            for (int i = 0; i < labels.length; i++) {
                byLabel.put(labels[i], i);
            }
            index = byLabel;
        }
        Integer at = byLabel.get(Objects.requireNonNull(label, "label"));
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    @Override
    public String toString() {
        return "Graph[" + nodeCount() + " nodes, " + edgeCount() + " edges" + (weighted ? ", weighted]" : "]");
    }
}
