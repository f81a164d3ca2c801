package nl.gedeeldbeeld.analytics.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects labelled nodes and undirected edges and freezes them into a {@link Graph}.
 *
 * <p>Edges listed twice (in either direction) become one edge whose weight is the sum, because the
 * published networks we read list some pairs in both directions and a view may find the same link in
 * two partners' statements; self-loops are dropped, since no analysis here gives them a meaning. The
 * edge id of a merged edge is the order of its first mention, so evidence can be kept beside it.
 */
public final class GraphBuilder {
    private final Map<String, Integer> nodes = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private final Map<Long, Integer> edgeByPair = new HashMap<>();
    private int[] ends = new int[16];
    private double[] sums = new double[8];
    private int edges;
    private boolean weighted;

    /** Adds a node (or finds it) and returns its number. */
    public int node(String label) {
        Objects.requireNonNull(label, "label");
        Integer at = nodes.get(label);
        if (at != null) {
            return at;
        }
        int id = labels.size();
        nodes.put(label, id);
        labels.add(label);
        return id;
    }

    /** Adds an edge of weight 1 and returns its id, or -1 for a self-loop. */
    public int edge(String a, String b) {
        return edge(a, b, 1.0);
    }

    /** Adds an edge (or adds the weight to an existing one) and returns its id, or -1 for a self-loop. */
    public int edge(String a, String b, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("edge " + a + "-" + b + ": weight must be positive, was " + weight);
        }
        int u = node(a);
        int v = node(b);
        if (u == v) {
            return -1;
        }
        int lo = Math.min(u, v);
        int hi = Math.max(u, v);
        long key = ((long) lo << 32) | hi;
        Integer existing = edgeByPair.get(key);
        if (weight != 1.0) {
            weighted = true;
        }
        if (existing != null) {
            sums[existing] += weight;
            weighted = true;
            return existing;
        }
        if (2 * edges + 2 > ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
            sums = Arrays.copyOf(sums, sums.length * 2);
        }
        ends[2 * edges] = lo;
        ends[2 * edges + 1] = hi;
        sums[edges] = weight;
        edgeByPair.put(key, edges);
        return edges++;
    }

    public int nodeCount() {
        return labels.size();
    }

    public Graph build() {
        int n = labels.size();
        int[] offsets = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            offsets[ends[2 * e] + 1]++;
            offsets[ends[2 * e + 1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[2 * edges];
        int[] edgeIds = new int[2 * edges];
        for (int e = 0; e < edges; e++) {
            int a = ends[2 * e];
            int b = ends[2 * e + 1];
            targets[fill[a]] = b;
            edgeIds[fill[a]++] = e;
            targets[fill[b]] = a;
            edgeIds[fill[b]++] = e;
        }
        double[] weights = new double[2 * edges];
        for (int v = 0; v < n; v++) {
            sortRow(targets, edgeIds, offsets[v], offsets[v + 1]);
            for (int p = offsets[v]; p < offsets[v + 1]; p++) {
                weights[p] = sums[edgeIds[p]];
            }
        }
        return new Graph(labels.toArray(String[]::new), offsets, targets, edgeIds, weights,
                Arrays.copyOf(ends, 2 * edges), weighted);
    }

    /** Sorts a row by neighbour so adjacency tests can binary-search; rows are short, so insertion sort. */
    private static void sortRow(int[] targets, int[] edgeIds, int from, int to) {
        if (to - from > 32) {
            long[] packed = new long[to - from];
            for (int p = from; p < to; p++) {
                packed[p - from] = ((long) targets[p] << 32) | edgeIds[p];
            }
            Arrays.sort(packed);
            for (int p = from; p < to; p++) {
                targets[p] = (int) (packed[p - from] >>> 32);
                edgeIds[p] = (int) packed[p - from];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int t = targets[i];
            int e = edgeIds[i];
            int j = i - 1;
            while (j >= from && targets[j] > t) {
                targets[j + 1] = targets[j];
                edgeIds[j + 1] = edgeIds[j];
                j--;
            }
            targets[j + 1] = t;
            edgeIds[j + 1] = e;
        }
    }
}
