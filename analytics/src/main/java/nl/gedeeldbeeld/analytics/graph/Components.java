package nl.gedeeldbeeld.analytics.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * The connected components of a graph, optionally with some nodes removed (a disruption scenario or a
 * policy filter): a removed node belongs to no component and its edges are ignored. Found by breadth-first
 * search in O(n + m).
 */
public final class Components {
    private final int[] component;
    private final int[] sizes;
    private final int largest;

    private Components(int[] component, int[] sizes) {
        this.component = component;
        this.sizes = sizes;
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        this.largest = best;
    }

    public static Components of(Graph graph) {
        return of(graph, new boolean[graph.nodeCount()]);
    }

    /** Components of the graph without the nodes marked in {@code removed} (same length as the node count). */
    public static Components of(Graph graph, boolean[] removed) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        if (removed.length != n) {
            throw new IllegalArgumentException("removed mask has " + removed.length + " entries for " + n + " nodes");
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] sizes = new int[Math.max(1, n)];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (removed[s] || component[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            component[s] = count;
            while (head < tail) {
                int u = queue[head++];
                for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                    int v = graph.target(p);
                    if (!removed[v] && component[v] < 0) {
                        component[v] = count;
                        queue[tail++] = v;
                    }
                }
            }
            sizes[count++] = tail;
        }
        return new Components(component, Arrays.copyOf(sizes, count));
    }

    public int count() {
        return sizes.length;
    }

    /** The component of a node, or -1 for a removed node. Components are numbered by their lowest node. */
    public int component(int node) {
        return component[node];
    }

    public int size(int component) {
        return sizes[component];
    }

    /** The size of the largest component; 0 when every node is removed. */
    public int largestSize() {
        return largest < 0 ? 0 : sizes[largest];
    }

    /** The largest component (the lowest-numbered among equals), or -1 when every node is removed. */
    public int largest() {
        return largest;
    }

    public int[] sizes() {
        return sizes.clone();
    }
}
