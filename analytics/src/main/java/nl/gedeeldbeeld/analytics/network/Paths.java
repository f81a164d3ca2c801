package nl.gedeeldbeeld.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * How two nodes are connected: one shortest path (BFS, fewest hops; among equally short paths the one
 * through lower-numbered nodes found first), and all simple paths up to a number of hops, for showing an
 * analyst every chain between two persons. The number of simple paths grows exponentially with the hop
 * limit, so the enumeration stops at a cap and says so.
 */
public final class Paths {

    /** Simple paths found, and whether the cap stopped the search (then more exist). */
    /** {@code complete} is false when a {@link Budget} stopped the enumeration (the paths found are still paths). */
    public record SimplePaths(List<List<Integer>> paths, boolean capped, int maxHops, int cap, boolean complete) {
        public SimplePaths {
            paths = paths.stream().map(List::copyOf).toList();
        }

        public SimplePaths(List<List<Integer>> paths, boolean capped, int maxHops, int cap) {
            this(paths, capped, maxHops, cap, true);
        }
    }

    /** How many extensions between two looks at the budget. */
    private static final int CHECK_EVERY = 4096;
    private Budget budget = Budget.unlimited();
    private int sinceCheck;

    private final Graph graph;

    public Paths(Graph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** A shortest path from a to b as a node list (a first), or empty when b cannot be reached. */
    public Optional<List<Integer>> shortest(int a, int b) {
        check(a);
        check(b);
        int n = graph.nodeCount();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = a;
        parent[a] = a;
        while (head < tail && parent[b] < 0) {
            int u = queue[head++];
            for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                int v = graph.target(p);
                if (parent[v] < 0) {
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        if (parent[b] < 0) {
            return Optional.empty();
        }
        List<Integer> path = new ArrayList<>();
        for (int v = b; v != a; v = parent[v]) {
            path.add(v);
        }
        path.add(a);
        java.util.Collections.reverse(path);
        return Optional.of(List.copyOf(path));
    }

    /** All simple paths from a to b with at most maxHops edges, shortest first, at most cap of them. */
    public SimplePaths simple(int a, int b, int maxHops, int cap) {
        return simple(a, b, maxHops, cap, Budget.unlimited());
    }

    /**
     * As {@link #simple(int, int, int, int)}, stopping when the budget is spent: in a dense view the number of
     * walks of 8 hops grows beyond any wait, while the shortest paths (found first) are what an analyst reads.
     */
    public synchronized SimplePaths simple(int a, int b, int maxHops, int cap, Budget budget) {
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
        this.sinceCheck = 0;
        check(a);
        check(b);
        if (maxHops < 1 || cap < 1) {
            throw new IllegalArgumentException("maxHops and cap must be at least 1, were " + maxHops + " and " + cap);
        }
        List<List<Integer>> found = new ArrayList<>();
        boolean capped = false;
        boolean[] onPath = new boolean[graph.nodeCount()];
        int[] path = new int[maxHops + 1];
        // iterative deepening keeps the shortest paths when the cap cuts the list
        for (int hops = 1; hops <= maxHops && !capped && !budget.wasExhausted(); hops++) {
            path[0] = a;
            onPath[a] = true;
            capped = extend(path, 0, hops, b, onPath, found, cap);
            onPath[a] = false;
        }
        boolean complete = !budget.wasExhausted();
        this.budget = Budget.unlimited();
        return new SimplePaths(found, capped && complete, maxHops, cap, complete);
    }

    /** Extends the path of length depth to exactly hops edges ending in b; true when the cap was hit. */
    private boolean extend(int[] path, int depth, int hops, int b, boolean[] onPath, List<List<Integer>> found, int cap) {
        int u = path[depth];
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            if (budget.exhausted()) {
                return true;
            }
        }
        for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
            int v = graph.target(p);
            if (onPath[v]) {
                continue;
            }
            if (depth + 1 == hops) {
                if (v == b) {
                    if (found.size() == cap) {
                        return true;
                    }
                    List<Integer> list = new ArrayList<>(hops + 1);
                    for (int i = 0; i <= depth; i++) {
                        list.add(path[i]);
                    }
                    list.add(b);
                    found.add(list);
                }
                continue;
            }
            if (v == b) {
                continue;
            }
            path[depth + 1] = v;
            onPath[v] = true;
            boolean stop = extend(path, depth + 1, hops, b, onPath, found, cap);
            onPath[v] = false;
            if (stop) {
                return true;
            }
        }
        return false;
    }

    private void check(int node) {
        if (node < 0 || node >= graph.nodeCount()) {
            throw new IllegalArgumentException("no node " + node + " (graph has " + graph.nodeCount() + ")");
        }
    }
}
