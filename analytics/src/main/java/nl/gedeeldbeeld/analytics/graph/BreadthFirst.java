package nl.gedeeldbeeld.analytics.graph;

import java.util.Arrays;

/**
 * Hop distances from one source, with caller-owned work arrays so that all-sources sweeps (closeness,
 * efficiency, key players) allocate once per thread rather than once per source.
 */
public final class BreadthFirst {
    private final Graph graph;
    private final int[] distance;
    private final int[] queue;
    private int reached;

    public BreadthFirst(Graph graph) {
        this.graph = graph;
        this.distance = new int[graph.nodeCount()];
        this.queue = new int[graph.nodeCount()];
        Arrays.fill(distance, -1);
    }

    /**
     * Runs from a source, skipping nodes marked in {@code removed} (may be null), and returns the number of
     * nodes reached including the source. Distances of unreached nodes are -1.
     */
    public int run(int source, boolean[] removed) {
        for (int i = 0; i < reached; i++) {
            distance[queue[i]] = -1;
        }
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        distance[source] = 0;
        while (head < tail) {
            int u = queue[head++];
            int du = distance[u] + 1;
            for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                int v = graph.target(p);
                if (distance[v] < 0 && (removed == null || !removed[v])) {
                    distance[v] = du;
                    queue[tail++] = v;
                }
            }
        }
        reached = tail;
        return tail;
    }

    public int distance(int node) {
        return distance[node];
    }

    /** The i-th node reached, in order of distance (0 is the source). */
    public int reachedNode(int i) {
        return queue[i];
    }

    public int reached() {
        return reached;
    }
}
