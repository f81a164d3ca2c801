package nl.gedeeldbeeld.analytics.disruption;

import nl.gedeeldbeeld.analytics.Budget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.Subgraph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.KeyPlayers;

/**
 * Which nodes to remove next from what is left of a network. A strategy looks only at the remaining
 * graph, so with recomputation after each block it adapts to the damage already done (the "sequential"
 * or "adaptive" attack of Holme et al. 2002 and Cavallaro et al. 2020).
 *
 * <p>Ties are broken by node number (the order of first mention in the input), after rounding scores to
 * six decimals so that floating-point noise between nodes in symmetric positions does not decide.
 */
public interface RemovalStrategy {

    /** A short name for reports: "degree", "betweenness", "kpp", "random(seed 7)", "list". */
    String name();

    /** The next {@code count} nodes to remove (fewer if fewer remain), best first. */
    int[] next(Graph graph, boolean[] removed, int count);

    /** Highest number of remaining neighbours first. */
    static RemovalStrategy degree() {
        return new Scored("degree") {
            @Override
            double[] scores(Graph graph, boolean[] removed) {
                double[] s = new double[graph.nodeCount()];
                for (int v = 0; v < s.length; v++) {
                    for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                        s[v] += removed[graph.target(p)] ? 0 : 1;
                    }
                }
                return s;
            }
        };
    }

    /** Highest (unweighted, exact) betweenness in the remaining graph first. */
    static RemovalStrategy betweenness() {
        return new Scored("betweenness") {
            @Override
            double[] scores(Graph graph, boolean[] removed) {
                Subgraph rest = Subgraph.without(graph, removed);
                double[] sub = BetweennessCentrality.of(rest.graph()).scores();
                double[] s = new double[graph.nodeCount()];
                for (int i = 0; i < sub.length; i++) {
                    s[rest.original(i)] = sub[i];
                }
                return s;
            }
        };
    }

    /** The KPP-Neg set (Borgatti 2006, fragmentation) of the requested size in the remaining graph. */
    static RemovalStrategy keyPlayers() {
        return keyPlayers(Budget.unlimited());
    }

    /** As {@link #keyPlayers()}, each set searched within what is left of the budget (see {@link KeyPlayers}). */
    static RemovalStrategy keyPlayers(Budget budget) {
        return new RemovalStrategy() {
            @Override
            public String name() {
                return "kpp";
            }

            @Override
            public int[] next(Graph graph, boolean[] removed, int count) {
                Subgraph rest = Subgraph.without(graph, removed);
                int left = rest.graph().nodeCount();
                if (count >= left) {
                    return remaining(removed, left);
                }
                List<Integer> set = KeyPlayers.negative(rest.graph(), count, false, budget).result().nodes();
                return set.stream().mapToInt(rest::original).toArray();
            }
        };
    }

    /** A seeded random order, the baseline every targeted attack must beat. */
    static RemovalStrategy random(long seed) {
        return new RemovalStrategy() {
            private int[] order;

            @Override
            public String name() {
                return "random(seed " + seed + ")";
            }

            @Override
            public synchronized int[] next(Graph graph, boolean[] removed, int count) {
                if (order == null || order.length != graph.nodeCount()) {
                    order = new int[graph.nodeCount()];
                    for (int i = 0; i < order.length; i++) {
                        order[i] = i;
                    }
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = order.length - 1; i > 0; i--) {
                        int j = random.nextInt(i + 1);
                        int t = order[i];
                        order[i] = order[j];
                        order[j] = t;
                    }
                }
                return Arrays.stream(order).filter(v -> !removed[v]).limit(count).toArray();
            }
        };
    }

    /** The given nodes, in the given order (e.g. the persons an operation can arrest). */
    static RemovalStrategy list(List<String> labels) {
        List<String> chosen = List.copyOf(labels);
        return new RemovalStrategy() {
            @Override
            public String name() {
                return "list";
            }

            @Override
            public int[] next(Graph graph, boolean[] removed, int count) {
                List<Integer> out = new ArrayList<>();
                for (String label : chosen) {
                    int v = graph.node(label).orElseThrow(() -> new IllegalArgumentException("no node '" + label + "' in the network"));
                    if (!removed[v] && out.size() < count) {
                        out.add(v);
                    }
                }
                return out.stream().mapToInt(Integer::intValue).toArray();
            }
        };
    }

    private static int[] remaining(boolean[] removed, int left) {
        int[] out = new int[left];
        int k = 0;
        for (int v = 0; v < removed.length; v++) {
            if (!removed[v]) {
                out[k++] = v;
            }
        }
        return out;
    }

    /** A strategy that ranks the remaining nodes by a score, highest first. */
    abstract class Scored implements RemovalStrategy {
        private final String name;

        Scored(String name) {
            this.name = Objects.requireNonNull(name);
        }

        abstract double[] scores(Graph graph, boolean[] removed);

        @Override
        public String name() {
            return name;
        }

        @Override
        public int[] next(Graph graph, boolean[] removed, int count) {
            double[] s = scores(graph, removed);
            Integer[] candidates = new Integer[graph.nodeCount()];
            int k = 0;
            for (int v = 0; v < s.length; v++) {
                if (!removed[v]) {
                    candidates[k++] = v;
                }
            }
            Integer[] left = Arrays.copyOf(candidates, k);
            Arrays.sort(left, (a, b) -> {
                int byScore = Double.compare(Math.rint(s[b] * 1e6), Math.rint(s[a] * 1e6));
                return byScore != 0 ? byScore : Integer.compare(a, b);
            });
            return Arrays.stream(left).limit(count).mapToInt(Integer::intValue).toArray();
        }
    }
}
