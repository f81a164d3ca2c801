package nl.gedeeldbeeld.analytics.disruption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * What happens to a network when its members are taken out, block by block: the simulation of Cavallaro et
 * al. (2020), "Disrupting resilient criminal networks through data analysis: the case of Sicilian Mafia",
 * PLoS ONE 15(8) (after Albert, Jeong and Barabási 2000 and Holme et al. 2002). Each step removes a block of
 * b nodes chosen by a {@link RemovalStrategy}; either the ranking is recomputed on what is left after every
 * block (the adaptive attack the paper found most effective) or one ranking of the intact network is used
 * throughout.
 *
 * <p>After each step it reports the nodes removed, the size of the largest connected component (absolute and
 * as a fraction of the intact network's largest component, the paper's measure), the number of components
 * (isolated nodes count as components, removed nodes do not) and the {@link GlobalEfficiency} of what is
 * left. Step 0 is the intact network. Cost per step: the strategy (exact betweenness O(n m)) plus the
 * efficiency O(n (n + m)).
 */
public final class DisruptionSimulation {

    /** One point of the curve. */
    public record Step(int step, List<String> removed, int removedTotal, int lcc, double lccFraction, int components,
            double efficiency) {
        public Step {
            removed = List.copyOf(removed);
        }
    }

    /**
     * The curve with the settings that produced it. {@code complete} is false when a {@link Budget} stopped the
     * run before the steps asked for (or a block was chosen in haste); the explanation then says so.
     */
    public record Curve(String strategy, int blockSize, boolean recompute, int nodes, int initialLcc, List<Step> steps,
                        int stepsAsked, boolean complete) {
        public Curve {
            steps = List.copyOf(steps);
        }

        public Curve(String strategy, int blockSize, boolean recompute, int nodes, int initialLcc, List<Step> steps) {
            this(strategy, blockSize, recompute, nodes, initialLcc, steps, steps.size() - 1, true);
        }

        public String explanation() {
            Step last = steps.get(steps.size() - 1);
            return String.format(Locale.ROOT,
                    "removing %d of %d nodes by %s in blocks of %d (%s) leaves a largest component of %d (%.3f of the initial %d), %d components, efficiency %.4f",
                    last.removedTotal(), nodes, strategy, blockSize, recompute ? "recomputed after each block" : "one initial ranking",
                    last.lcc(), last.lccFraction(), initialLcc, last.components(), last.efficiency())
                    + (complete ? "" : String.format(Locale.ROOT, "; stopped by the time budget after %d of %d steps "
                    + "(the last blocks may be chosen by degree rather than searched): ask fewer steps or a narrower view "
                    + "for the rest", steps.size() - 1, stepsAsked));
        }
    }

    private final Graph graph;
    private final RemovalStrategy strategy;
    private final int blockSize;
    private final int steps;
    private final boolean recompute;
    private final boolean efficiency;
    private final Budget budget;

    /**
     * @param blockSize nodes removed per step (b ≥ 1)
     * @param steps number of blocks (≥ 1); the run stops early when no node is left
     * @param recompute rank again on the remaining graph after each block, or rank once at the start
     * @param efficiency compute the global efficiency per step (the costliest part on large graphs); NaN if not
     */
    public DisruptionSimulation(Graph graph, RemovalStrategy strategy, int blockSize, int steps, boolean recompute,
            boolean efficiency) {
        this(graph, strategy, blockSize, steps, recompute, efficiency, Budget.unlimited());
    }

    /**
     * A run that stops between steps once the budget is spent, returning the steps done. Give a strategy the
     * same budget ({@link RemovalStrategy#keyPlayers(Budget)}) so a step in progress stops too.
     */
    public DisruptionSimulation(Graph graph, RemovalStrategy strategy, int blockSize, int steps, boolean recompute,
            boolean efficiency, Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be at least 1, was " + blockSize);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        this.blockSize = blockSize;
        this.steps = steps;
        this.recompute = recompute;
        this.efficiency = efficiency;
    }

    public DisruptionSimulation(Graph graph, RemovalStrategy strategy, int blockSize, int steps, boolean recompute) {
        this(graph, strategy, blockSize, steps, recompute, true);
    }

    public Curve run() {
        int n = graph.nodeCount();
        boolean[] removed = new boolean[n];
        List<Step> out = new ArrayList<>();
        Components intact = Components.of(graph, removed);
        int initialLcc = intact.largestSize();
        out.add(new Step(0, List.of(), 0, initialLcc, initialLcc == 0 ? 0 : 1.0, intact.count(),
                efficiency ? GlobalEfficiency.of(graph, removed) : Double.NaN));
        int[] ranking = recompute ? null : strategy.next(graph, removed, blockSize * steps);
        int used = 0;
        int removedTotal = 0;
        for (int step = 1; step <= steps && removedTotal < n && !budget.exhausted(); step++) {
            int[] block;
            if (recompute) {
                block = strategy.next(graph, removed, blockSize);
            } else {
                block = Arrays.copyOfRange(ranking, Math.min(used, ranking.length), Math.min(used + blockSize, ranking.length));
                used += block.length;
            }
            if (block.length == 0) {
                break;
            }
            List<String> labels = new ArrayList<>();
            for (int v : block) {
                if (removed[v]) {
                    throw new IllegalStateException("strategy " + strategy.name() + " chose node " + graph.label(v) + " twice");
                }
                removed[v] = true;
                labels.add(graph.label(v));
            }
            removedTotal += block.length;
            Components left = Components.of(graph, removed);
            out.add(new Step(step, labels, removedTotal, left.largestSize(),
                    initialLcc == 0 ? 0 : (double) left.largestSize() / initialLcc, left.count(),
                    efficiency ? GlobalEfficiency.of(graph, removed) : Double.NaN));
        }
        boolean complete = !budget.wasExhausted();
        return new Curve(strategy.name(), blockSize, recompute, n, initialLcc, out,
                complete ? out.size() - 1 : steps, complete);
    }
}
