package nl.gedeeldbeeld.analytics.network;

import java.util.Arrays;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Brandes' (2001) accumulation of pair dependencies, shared by exact and sampled betweenness: for each
 * source s a single-source shortest-path sweep (BFS, or Dijkstra with the weights as lengths) counts the
 * shortest paths σ, then the dependencies δ_s(v) = Σ_w σ_sv/σ_sw (1 + δ_s(w)) are accumulated in reverse
 * order of distance. Each node pulls from its successors rather than pushing to its predecessors, so the
 * backward pass writes one value per node. Unweighted ({@link BfsSweep}): the successors are recorded as the
 * forward pass finds them and levels are expanded direction-optimising (see there). Weighted: no lists are
 * stored; a neighbour x of v is a successor when it lies one edge length farther.
 *
 * <p>The sources are cut into a fixed number of contiguous parts that run in parallel, each with its own
 * work arrays and sums; the parts are added in order, so the result does not depend on the thread count.
 */
final class Brandes {
    private static final int PARTS = 8;

    private Brandes() {
    }

    /** Σ over the given sources of δ_s(v), per node v. */
    static double[] dependencySums(Graph graph, int[] sources, boolean weighted) {
        int n = graph.nodeCount();
        Layout layout = new Layout(graph, weighted);
        int parts = Math.max(1, Math.min(PARTS, sources.length));
        double[][] sums = new double[parts][];
        IntStream.range(0, parts).parallel().forEach(part -> {
            int from = (int) ((long) sources.length * part / parts);
            int to = (int) ((long) sources.length * (part + 1) / parts);
            double[] acc = new double[n];
            if (weighted) {
                Sweep sweep = new Sweep(layout, true);
                for (int i = from; i < to; i++) {
                    sweep.accumulate(layout.renumbered[sources[i]], acc);
                }
            } else {
                BfsSweep sweep = new BfsSweep(layout);
                for (int i = from; i < to; i++) {
                    sweep.accumulate(layout.renumbered[sources[i]], acc);
                }
            }
            sums[part] = acc;
        });
        double[] total = new double[n];
        for (double[] acc : sums) {
            for (int v = 0; v < n; v++) {
                total[layout.original[v]] += acc[v];
            }
        }
        return total;
    }

    /**
     * The graph's rows renumbered in breadth-first order from the node of highest degree (then the other
     * components), so that nodes met together in a sweep sit together in memory: on a 100,000-node graph the
     * work arrays no longer fit in a core's cache and this order saves a fair share of the misses.
     */
    static final class Layout {
        final int[] offsets;
        final int[] targets;
        final double[] weights;
        final int[] renumbered;
        final int[] original;

        Layout(Graph graph, boolean weighted) {
            int n = graph.nodeCount();
            renumbered = new int[n];
            original = new int[n];
            Arrays.fill(renumbered, -1);
            int start = 0;
            for (int v = 1; v < n; v++) {
                if (graph.degree(v) > graph.degree(start)) {
                    start = v;
                }
            }
            int next = 0;
            int head = 0;
            for (int root = start, scan = 0; next < n; root = scan++) {
                if (root >= n || renumbered[root] >= 0) {
                    continue;
                }
                renumbered[root] = next;
                original[next++] = root;
                while (head < next) {
                    int u = original[head++];
                    for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                        int v = graph.target(p);
                        if (renumbered[v] < 0) {
                            renumbered[v] = next;
                            original[next++] = v;
                        }
                    }
                }
            }
            offsets = new int[n + 1];
            targets = new int[2 * graph.edgeCount()];
            weights = weighted ? new double[targets.length] : null;
            int fill = 0;
            for (int i = 0; i < n; i++) {
                int u = original[i];
                for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                    targets[fill] = renumbered[graph.target(p)];
                    if (weighted) {
                        weights[fill] = graph.weight(p);
                    }
                    fill++;
                }
                offsets[i + 1] = fill;
            }
        }
    }

    /**
     * The unweighted sweep. Nodes are addressed by their position in the BFS queue of this source, so that
     * σ and the pulled coefficients of one level sit next to each other, and a neighbour's level is read from
     * its position (the levels are consecutive ranges of the queue).
     *
     * <p>Direction-optimising, as Beamer, Asanović and Patterson's BFS (SC 2012): a level is expanded
     * top-down (scan the frontier's rows, record each node's successors) while the frontier's rows are the
     * shorter read, and bottom-up (scan the rows of the nodes not reached yet, summing σ over the neighbours
     * on the frontier) once the unreached nodes' rows are. On a Barabási–Albert graph the hubs are reached in
     * the first levels, and the last levels hold few, low-degree nodes, so bottom-up skips most of the rows
     * of the large middle levels. Unlike plain BFS, σ needs every predecessor, so a bottom-up scan reads the
     * whole row. The backward pass follows the same choice per level: pull from the recorded successors
     * after a top-down level, push from the next level's rows to the frontier after a bottom-up one.
     */
    static final class BfsSweep {
        private final int[] offsets;
        private final int[] targets;
        /** Queue position of a node in this sweep, or -1 when not reached; reset after each source. */
        private final int[] position;
        /** The node at each queue position. */
        private final int[] order;
        /** σ per queue position. */
        private final double[] sigma;
        /** (1 + δ) / σ per queue position, written level by level, deepest first. */
        private final double[] coefficient;
        /** Σ of the successors' coefficients per queue position, for levels expanded bottom-up. */
        private final double[] pushed;
        /** Successors' positions, grouped by the queue position of their predecessor (top-down levels). */
        private final int[] successors;
        /** successors[successorStart[i] .. successorStart[i + 1]) are those of the node at position i. */
        private final int[] successorStart;
        /** The first queue position of each level; level d is [levelStart[d], levelStart[d + 1]). */
        private final int[] levelStart;
        /** Whether the level after d was found bottom-up. */
        private final boolean[] bottomUp;
        /** Nodes not reached yet (bottom-up levels), compacted as they are reached. */
        private final int[] unreached;
        private final long totalDegree;

        BfsSweep(Layout layout) {
            int n = layout.original.length;
            this.offsets = layout.offsets;
            this.targets = layout.targets;
            this.position = new int[n];
            this.order = new int[n];
            this.sigma = new double[n];
            this.coefficient = new double[n];
            this.pushed = new double[n];
            this.successors = new int[Math.max(1, targets.length)];
            this.successorStart = new int[n + 1];
            this.levelStart = new int[n + 2];
            this.bottomUp = new boolean[n + 1];
            this.unreached = new int[n];
            this.totalDegree = targets.length;
            Arrays.fill(position, -1);
        }

        void accumulate(int s, double[] acc) {
            int[] offsets = this.offsets;
            int[] targets = this.targets;
            int[] position = this.position;
            int[] order = this.order;
            double[] sigma = this.sigma;
            int[] successors = this.successors;
            int[] successorStart = this.successorStart;
            int n = position.length;
            order[0] = s;
            position[s] = 0;
            sigma[0] = 1;
            int tail = 1;
            int written = 0;
            int levels = 0;
            levelStart[0] = 0;
            long frontierDegree = offsets[s + 1] - offsets[s];
            long unreachedDegree = totalDegree - frontierDegree;
            int unreachedCount = -1; // the list is built on the first bottom-up level
            while (levelStart[levels] < tail) {
                int from = levelStart[levels];
                int to = tail;
                levelStart[levels + 1] = to;
                long nextDegree = 0;
                boolean up = unreachedDegree + (unreachedCount < 0 ? n : 0) < frontierDegree;
                bottomUp[levels] = up;
                if (up) {
                    if (unreachedCount < 0) {
                        unreachedCount = 0;
                        for (int v = 0; v < n; v++) {
                            if (position[v] < 0) {
                                unreached[unreachedCount++] = v;
                            }
                        }
                    }
                    int kept = 0;
                    for (int i = 0; i < unreachedCount; i++) {
                        int v = unreached[i];
                        if (position[v] >= 0) {
                            continue; // reached by a top-down level after the list was built
                        }
                        double sum = 0;
                        int start = offsets[v];
                        int end = offsets[v + 1];
                        for (int p = start; p < end; p++) {
                            int pu = position[targets[p]];
                            if (pu >= from && pu < to) {
                                sum += sigma[pu];
                            }
                        }
                        if (sum > 0) {
                            position[v] = tail;
                            order[tail] = v;
                            sigma[tail++] = sum;
                            nextDegree += end - start;
                        } else {
                            unreached[kept++] = v;
                        }
                    }
                    unreachedCount = kept;
                } else {
                    for (int head = from; head < to; head++) {
                        successorStart[head] = written;
                        int u = order[head];
                        double su = sigma[head];
                        for (int p = offsets[u], end = offsets[u + 1]; p < end; p++) {
                            int v = targets[p];
                            int pv = position[v];
                            if (pv < 0) {
                                pv = tail++;
                                position[v] = pv;
                                order[pv] = v;
                                sigma[pv] = su;
                                successors[written++] = pv;
                                nextDegree += offsets[v + 1] - offsets[v];
                            } else if (pv >= to) {
                                sigma[pv] += su;
                                successors[written++] = pv;
                            }
                        }
                    }
                    successorStart[to] = written;
                }
                frontierDegree = nextDegree;
                unreachedDegree -= nextDegree;
                levels++;
            }
            // levels now counts the non-empty levels; the deepest has no successors
            double[] coefficient = this.coefficient;
            double[] pushed = this.pushed;
            for (int i = levelStart[levels - 1]; i < tail; i++) {
                coefficient[i] = 1 / sigma[i]; // the deepest level: no dependency
            }
            for (int d = levels - 2; d >= 0; d--) {
                int from = levelStart[d];
                int to = levelStart[d + 1];
                int nextEnd = levelStart[d + 2];
                if (bottomUp[d]) {
                    Arrays.fill(pushed, from, to, 0);
                    for (int w = to; w < nextEnd; w++) {
                        double c = coefficient[w];
                        int x = order[w];
                        for (int p = offsets[x], end = offsets[x + 1]; p < end; p++) {
                            int pu = position[targets[p]];
                            if (pu >= from && pu < to) {
                                pushed[pu] += c;
                            }
                        }
                    }
                    for (int i = from; i < to; i++) {
                        double dependency = sigma[i] * pushed[i];
                        if (i > 0) {
                            acc[order[i]] += dependency;
                        }
                        coefficient[i] = (1 + dependency) / sigma[i];
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        double sum = 0;
                        for (int q = successorStart[i], end = successorStart[i + 1]; q < end; q++) {
                            sum += coefficient[successors[q]];
                        }
                        double dependency = sigma[i] * sum;
                        if (i > 0) {
                            acc[order[i]] += dependency;
                        }
                        coefficient[i] = (1 + dependency) / sigma[i];
                    }
                }
            }
            for (int i = 0; i < tail; i++) {
                position[order[i]] = -1;
            }
        }
    }

    private static final class Sweep {
        private final int[] offsets;
        private final int[] targets;
        private final double[] weights;
        private final boolean weighted;
        private final int[] hops;
        private final double[] length;
        private final double[] sigma;
        private final double[] coefficient;
        private final int[] order;
        private final Heap heap;

        Sweep(Layout layout, boolean weighted) {
            int n = layout.original.length;
            this.offsets = layout.offsets;
            this.targets = layout.targets;
            this.weights = layout.weights;
            this.weighted = weighted;
            this.hops = new int[n];
            this.length = weighted ? new double[n] : null;
            this.sigma = new double[n];
            this.coefficient = new double[n];
            this.order = new int[n];
            this.heap = weighted ? new Heap(Math.max(16, targets.length + 1)) : null;
            Arrays.fill(hops, -1);
            if (weighted) {
                Arrays.fill(length, Double.POSITIVE_INFINITY);
            }
        }

        void accumulate(int s, double[] acc) {
            int reached = weighted ? dijkstra(s) : bfs(s);
            // pull form: δ(v) = σ(v) Σ_{successors x} (1 + δ(x)) / σ(x); the terms are kept per node as
            // coefficient[x], written before any predecessor reads it (reverse order of distance), so nothing
            // is scattered and nothing needs resetting
            for (int i = reached - 1; i >= 0; i--) {
                int v = order[i];
                double sum = 0;
                if (weighted) {
                    double lv = length[v];
                    for (int p = offsets[v]; p < offsets[v + 1]; p++) {
                        int x = targets[p];
                        if (lv + weights[p] == length[x]) {
                            sum += coefficient[x];
                        }
                    }
                } else {
                    int next = hops[v] + 1;
                    for (int p = offsets[v]; p < offsets[v + 1]; p++) {
                        int x = targets[p];
                        if (hops[x] == next) {
                            sum += coefficient[x];
                        }
                    }
                }
                double dependency = sigma[v] * sum;
                if (i > 0) {
                    acc[v] += dependency;
                }
                coefficient[v] = (1 + dependency) / sigma[v];
            }
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                hops[v] = -1;
                sigma[v] = 0;
                if (weighted) {
                    length[v] = Double.POSITIVE_INFINITY;
                }
            }
        }

        private int bfs(int s) {
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            hops[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int u = order[head++];
                int next = hops[u] + 1;
                for (int p = offsets[u]; p < offsets[u + 1]; p++) {
                    int v = targets[p];
                    if (hops[v] < 0) {
                        hops[v] = next;
                        order[tail++] = v;
                    }
                    if (hops[v] == next) {
                        sigma[v] += sigma[u];
                    }
                }
            }
            return tail;
        }

        /** Dijkstra; {@code hops} marks settled nodes (their settle rank), {@code order} is the settle order. */
        private int dijkstra(int s) {
            int settled = 0;
            length[s] = 0;
            sigma[s] = 1;
            heap.clear();
            heap.push(0, s);
            while (!heap.isEmpty()) {
                double d = heap.topKey();
                int u = heap.pop();
                if (hops[u] >= 0 || d > length[u]) {
                    continue;
                }
                hops[u] = settled;
                order[settled++] = u;
                for (int p = offsets[u]; p < offsets[u + 1]; p++) {
                    int v = targets[p];
                    if (hops[v] >= 0) {
                        continue;
                    }
                    double candidate = d + weights[p];
                    if (candidate < length[v]) {
                        length[v] = candidate;
                        sigma[v] = sigma[u];
                        heap.push(candidate, v);
                    } else if (candidate == length[v]) {
                        sigma[v] += sigma[u];
                    }
                }
            }
            // unsettled but touched nodes cannot exist: every touched node is pushed and eventually settled
            return settled;
        }
    }

    /** A binary min-heap of (length, node) with lazy deletion: stale entries are skipped when popped. */
    static final class Heap {
        private double[] keys;
        private int[] nodes;
        private int size;

        Heap(int capacity) {
            keys = new double[capacity];
            nodes = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(double key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int pop() {
            int top = nodes[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int node = nodes[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    nodes[i] = nodes[child];
                    i = child;
                }
                keys[i] = key;
                nodes[i] = node;
            }
            return top;
        }
    }
}
