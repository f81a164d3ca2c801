package nl.gedeeldbeeld.analytics.ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Circular ownership: rings of companies that hold shares in each other (A holds B, B holds C, C holds A),
 * a classic way to hide who is the ultimate beneficial owner and to make capital look larger than it is.
 *
 * <p>The rings are the strongly connected components with more than one party of the owner → company
 * graph, found with Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph algorithms", SIAM
 * J. Comput. 1(2), 1972), run with an explicit stack so a long chain of holdings cannot overflow the call
 * stack. Persons own but are never owned, so they are never in a ring. Within each ring the simple cycles
 * are listed (depth-first from each member over members numbered higher, so each cycle is found once from
 * its lowest-numbered member), capped per ring because a dense ring has exponentially many.
 * A company holding its own shares (a self-loop) is not a ring. Results are computed once, on first use.
 */
public final class CircularOwnership {
    private final OwnershipGraph graph;
    private final int maxCycles;
    private List<OwnershipRing> rings;

    public CircularOwnership(OwnershipGraph graph) {
        this(graph, 20);
    }

    public CircularOwnership(OwnershipGraph graph, int maxCyclesPerRing) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (maxCyclesPerRing < 1) {
            throw new IllegalArgumentException("maxCyclesPerRing must be positive, was " + maxCyclesPerRing);
        }
        this.maxCycles = maxCyclesPerRing;
    }

    /** The rings, largest first, each with its cycles and shareholdings; unmodifiable. */
    public synchronized List<OwnershipRing> rings() {
        if (rings == null) {
            List<OwnershipRing> found = new ArrayList<>();
            for (int[] component : components()) {
                found.add(ring(component));
            }
            found.sort(Comparator.comparingInt((OwnershipRing r) -> -r.companies().size())
                    .thenComparing(r -> r.companies().get(0)));
            rings = List.copyOf(found);
        }
        return rings;
    }

    /** Strongly connected components of more than one party, by iterative Tarjan. */
    private List<int[]> components() {
        int n = graph.partyCount();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[16];
        int stackSize = 0;
        int[] callNode = new int[16];
        int[] callPos = new int[16];
        int counter = 0;
        List<int[]> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0 || graph.holdsStart(root) == graph.holdsEnd(root)) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callPos[0] = graph.holdsStart(root);
            index[root] = low[root] = counter++;
            stack = push(stack, stackSize++, root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callPos[depth] < graph.holdsEnd(v)) {
                    int w = graph.asset(graph.holdsEdge(callPos[depth]++));
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack = push(stack, stackSize++, w);
                        onStack[w] = true;
                        depth++;
                        if (depth == callNode.length) {
                            callNode = Arrays.copyOf(callNode, depth * 2);
                            callPos = Arrays.copyOf(callPos, depth * 2);
                        }
                        callNode[depth] = w;
                        callPos[depth] = graph.holdsStart(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int from = stackSize;
                    do {
                        from--;
                    } while (stack[from] != v);
                    if (stackSize - from > 1) {
                        int[] component = Arrays.copyOfRange(stack, from, stackSize);
                        Arrays.sort(component);
                        out.add(component);
                    }
                    for (int i = from; i < stackSize; i++) {
                        onStack[stack[i]] = false;
                    }
                    stackSize = from;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return out;
    }

    private static int[] push(int[] stack, int at, int value) {
        int[] s = at == stack.length ? Arrays.copyOf(stack, at * 2) : stack;
        s[at] = value;
        return s;
    }

    private OwnershipRing ring(int[] members) {
        List<RingLink> links = new ArrayList<>();
        for (int m : members) {
            for (int p = graph.holdsStart(m); p < graph.holdsEnd(m); p++) {
                int e = graph.holdsEdge(p);
                if (Arrays.binarySearch(members, graph.asset(e)) >= 0 && graph.asset(e) != m) {
                    links.add(new RingLink(graph.label(m), graph.label(graph.asset(e)), graph.share(e)));
                }
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        boolean[] truncated = {false};
        int[] budget = {100_000};
        for (int s : members) {
            if (cycles.size() >= maxCycles) {
                truncated[0] = true;
                break;
            }
            cyclesFrom(s, members, cycles, truncated, budget);
        }
        List<String> companies = Arrays.stream(members).mapToObj(graph::label).toList();
        String explanation = "ring of " + members.length + " companies that own each other: "
                + String.join(", ", links.stream().map(RingLink::describe).toList())
                + (cycles.isEmpty() ? "" : "; cycle" + (cycles.size() == 1 ? " " : "s ")
                + String.join("; ", cycles.stream().map(c -> String.join(" → ", c) + " → " + c.get(0)).toList()))
                + (truncated[0] ? " (more cycles not listed)" : "");
        return new OwnershipRing(companies, cycles, links, truncated[0], explanation);
    }

    /**
     * Simple cycles through {@code start} over members numbered higher, depth first with an explicit stack
     * (a ring can be as long as the register); stops at the cycle cap or when the step budget is spent.
     */
    private void cyclesFrom(int start, int[] members, List<List<String>> cycles, boolean[] truncated, int[] budget) {
        int[] node = new int[16];
        int[] pos = new int[16];
        java.util.Set<Integer> onPath = new java.util.HashSet<>();
        int depth = 0;
        node[0] = start;
        pos[0] = graph.holdsStart(start);
        onPath.add(start);
        while (depth >= 0) {
            int v = node[depth];
            if (pos[depth] >= graph.holdsEnd(v)) {
                onPath.remove(v);
                depth--;
                continue;
            }
            if (cycles.size() >= maxCycles || --budget[0] < 0) {
                truncated[0] = true;
                return;
            }
            int w = graph.asset(graph.holdsEdge(pos[depth]++));
            if (w == start && depth > 0) {
                List<String> cycle = new ArrayList<>(depth + 1);
                for (int i = 0; i <= depth; i++) {
                    cycle.add(graph.label(node[i]));
                }
                if (!cycles.contains(cycle)) {
                    cycles.add(List.copyOf(cycle));
                }
            } else if (w > start && !onPath.contains(w) && Arrays.binarySearch(members, w) >= 0) {
                depth++;
                if (depth == node.length) {
                    node = Arrays.copyOf(node, depth * 2);
                    pos = Arrays.copyOf(pos, depth * 2);
                }
                node[depth] = w;
                pos[depth] = graph.holdsStart(w);
                onPath.add(w);
            }
        }
    }
}
