package nl.gedeeldbeeld.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.graph.BreadthFirst;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Key-player sets, Borgatti (2006), "Identifying sets of key players in a social network", Comput. Math.
 * Organiz. Theory 12: the set of k nodes that is best <em>as a set</em>, not the k best nodes.
 * <ul>
 *   <li><b>KPP-Neg</b> (whom to remove to break the network up): maximise the fragmentation of what is
 *       left, F = 1 − Σ_c s_c(s_c−1) / (n'(n'−1)) over the components c of the n' = n−k remaining nodes
 *       (the share of remaining pairs that can no longer reach each other), or the distance-weighted
 *       fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n'(n'−1)), which also rewards making paths longer.</li>
 *   <li><b>KPP-Pos</b> (whom to watch or approach to reach the most): maximise the m-reach, the share of
 *       the n−k other nodes within m hops of the set, or the distance-weighted reach
 *       DR = Σ_{j∉S} (1/d(S, j)) / (n−k) (Borgatti divides by n and counts members as 1; for a fixed k both
 *       pick the same sets).</li>
 * </ul>
 * Search as in Borgatti's KeyPlayer program, made deterministic: a greedy start adds the node that improves
 * the measure most (lowest node number among equals), then swaps of a member for a non-member are made,
 * the best swap each pass, while one improves the measure by more than 1e-12 (at most 100 passes). This
 * finds a local optimum, not a proven best set. Cost per evaluation: O(n + m) for F and m-reach,
 * O(n (n + m)) for DF; a pass evaluates k (n − k) swaps.
 */
public final class KeyPlayers {
    public enum Measure { FRAGMENTATION, DISTANCE_WEIGHTED_FRAGMENTATION, M_REACH, DISTANCE_WEIGHTED_REACH }

    /** The set found, its score, the score of the intact network for comparison, and how it was searched. */
    /** {@code complete} is false when the {@link Budget} stopped the search before it ended (see the explanation). */
    public record Result(List<Integer> nodes, List<String> labels, Measure measure, double score, double baseline,
            int swaps, long evaluations, String explanation, boolean complete) {
        public Result {
            nodes = List.copyOf(nodes);
            labels = List.copyOf(labels);
        }
    }

    private static final int MAX_PASSES = 100;
    private final Graph graph;
    private final int k;
    private final Measure measure;
    private final int m;
    private final Budget budget;
    private volatile Result result;

    private KeyPlayers(Graph graph, int k, Measure measure, int m, Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.graph = Objects.requireNonNull(graph, "graph");
        if (k < 1 || k >= graph.nodeCount()) {
            throw new IllegalArgumentException("a key-player set needs 1 <= k < n (n = " + graph.nodeCount() + "), was " + k);
        }
        if (m < 1) {
            throw new IllegalArgumentException("m-reach needs m >= 1, was " + m);
        }
        this.k = k;
        this.measure = measure;
        this.m = m;
    }

    /** KPP-Neg with fragmentation F, or distance-weighted fragmentation DF. */
    public static KeyPlayers negative(Graph graph, int k, boolean distanceWeighted) {
        return negative(graph, k, distanceWeighted, Budget.unlimited());
    }

    /**
     * KPP-Neg within a time budget: when it is spent during the greedy start the set is completed with the
     * remaining nodes of highest degree, during the swaps the set found so far is kept; either way the result
     * says so ({@code complete} false).
     */
    public static KeyPlayers negative(Graph graph, int k, boolean distanceWeighted, Budget budget) {
        return new KeyPlayers(graph, k, distanceWeighted ? Measure.DISTANCE_WEIGHTED_FRAGMENTATION : Measure.FRAGMENTATION, 1,
                budget);
    }

    /** KPP-Pos with m-reach. */
    public static KeyPlayers reach(Graph graph, int k, int m) {
        return reach(graph, k, m, Budget.unlimited());
    }

    /** KPP-Pos with m-reach within a time budget, as {@link #negative(Graph, int, boolean, Budget)}. */
    public static KeyPlayers reach(Graph graph, int k, int m, Budget budget) {
        return new KeyPlayers(graph, k, Measure.M_REACH, m, budget);
    }

    /** KPP-Pos with distance-weighted reach. */
    public static KeyPlayers distanceWeightedReach(Graph graph, int k) {
        return new KeyPlayers(graph, k, Measure.DISTANCE_WEIGHTED_REACH, 1, Budget.unlimited());
    }

    public synchronized Result result() {
        if (result == null) {
            result = search();
        }
        return result;
    }

    private Result search() {
        int n = graph.nodeCount();
        Evaluator eval = new Evaluator();
        boolean[] in = new boolean[n];
        int[] set = new int[k];
        double baseline = eval.score(in, 0);
        double current = baseline;
        String stopped = "";
        for (int i = 0; i < k; i++) {
            if (budget.exhausted()) {
                fillByDegree(in, set, i);
                current = eval.score(in, k);
                stopped = String.format(Locale.ROOT, "; time budget of %s spent after %d of %d greedy picks, the rest "
                        + "by degree and no swaps: a usable set, not a local optimum", budget.describe(), i, k);
                break;
            }
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < n; v++) {
                if (in[v]) {
                    continue;
                }
                in[v] = true;
                double s = eval.score(in, i + 1);
                in[v] = false;
                if (s > bestScore + 1e-12) {
                    best = v;
                    bestScore = s;
                }
            }
            set[i] = best;
            in[best] = true;
            current = bestScore;
        }
        int swaps = 0;
        for (int pass = 0; pass < MAX_PASSES && stopped.isEmpty(); pass++) {
            int bestOut = -1;
            int bestIn = -1;
            double bestScore = current;
            for (int i = 0; i < k; i++) {
                if (budget.exhausted()) {
                    stopped = String.format(Locale.ROOT, "; time budget of %s spent during swap pass %d: the set is the "
                            + "best found so far, maybe not a local optimum", budget.describe(), pass + 1);
                    break;
                }
                int u = set[i];
                in[u] = false;
                for (int v = 0; v < n; v++) {
                    if (in[v] || v == u) {
                        continue;
                    }
                    in[v] = true;
                    double s = eval.score(in, k);
                    in[v] = false;
                    if (s > bestScore + 1e-12) {
                        bestScore = s;
                        bestOut = i;
                        bestIn = v;
                    }
                }
                in[u] = true;
            }
            if (bestOut < 0 || !stopped.isEmpty()) {
                break;
            }
            in[set[bestOut]] = false;
            set[bestOut] = bestIn;
            in[bestIn] = true;
            current = bestScore;
            swaps++;
        }
        List<Integer> nodes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int v : set) {
            nodes.add(v);
            labels.add(graph.label(v));
        }
        String explanation = String.format(Locale.ROOT,
                "Borgatti (2006) KPP-%s, %s%s = %.4f for %s (intact network: %.4f); greedy start, %d swap%s, %d evaluations%s",
                measure == Measure.M_REACH || measure == Measure.DISTANCE_WEIGHTED_REACH ? "Pos" : "Neg",
                measure.name().toLowerCase(Locale.ROOT).replace('_', ' '), measure == Measure.M_REACH ? " (m = " + m + ")" : "",
                current, labels, baseline, swaps, swaps == 1 ? "" : "s", eval.evaluations, stopped);
        return new Result(nodes, labels, measure, current, baseline, swaps, eval.evaluations, explanation, stopped.isEmpty());
    }

    /** Completes the set from position {@code from} with the free nodes of highest degree (lowest number first). */
    private void fillByDegree(boolean[] in, int[] set, int from) {
        Integer[] order = new Integer[graph.nodeCount()];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        Arrays.sort(order, (a, b) -> graph.degree(a) != graph.degree(b) ? Integer.compare(graph.degree(b), graph.degree(a))
                : Integer.compare(a, b));
        int i = from;
        for (int v : order) {
            if (i == set.length) {
                break;
            }
            if (!in[v]) {
                in[v] = true;
                set[i++] = v;
            }
        }
    }

    /** The measure of a candidate set, with work arrays reused between evaluations. */
    private final class Evaluator {
        private final BreadthFirst sweep = new BreadthFirst(graph);
        private final int[] dist = new int[graph.nodeCount()];
        private final int[] queue = new int[graph.nodeCount()];
        long evaluations;

        double score(boolean[] in, int size) {
            evaluations++;
            int n = graph.nodeCount();
            int rest = n - size;
            switch (measure) {
                case FRAGMENTATION -> {
                    if (rest < 2) {
                        return 1;
                    }
                    Components components = Components.of(graph, in);
                    double pairs = 0;
                    for (int s : components.sizes()) {
                        pairs += (double) s * (s - 1);
                    }
                    return 1 - pairs / ((double) rest * (rest - 1));
                }
                case DISTANCE_WEIGHTED_FRAGMENTATION -> {
                    if (rest < 2) {
                        return 1;
                    }
                    double sum = 0;
                    for (int s = 0; s < n; s++) {
                        if (in[s]) {
                            continue;
                        }
                        sweep.run(s, in);
                        for (int i = 1; i < sweep.reached(); i++) {
                            sum += 1.0 / sweep.distance(sweep.reachedNode(i));
                        }
                    }
                    return 1 - sum / ((double) rest * (rest - 1));
                }
                default -> {
                    return reach(in, rest);
                }
            }
        }

        private double reach(boolean[] in, int rest) {
            if (rest == 0) {
                return 0;
            }
            int n = graph.nodeCount();
            Arrays.fill(dist, -1);
            int head = 0;
            int tail = 0;
            for (int v = 0; v < n; v++) {
                if (in[v]) {
                    dist[v] = 0;
                    queue[tail++] = v;
                }
            }
            double sum = 0;
            while (head < tail) {
                int u = queue[head++];
                if (measure == Measure.M_REACH && dist[u] >= m) {
                    continue;
                }
                for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                    int v = graph.target(p);
                    if (dist[v] < 0) {
                        dist[v] = dist[u] + 1;
                        queue[tail++] = v;
                        sum += measure == Measure.M_REACH ? 1 : 1.0 / dist[v];
                    }
                }
            }
            return sum / rest;
        }
    }
}
