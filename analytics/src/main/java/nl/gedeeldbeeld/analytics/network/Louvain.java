package nl.gedeeldbeeld.analytics.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Communities by modularity optimisation, Blondel, Guillaume, Lambiotte and Lefebvre (2008), "Fast unfolding
 * of communities in large networks" (the Louvain method). Phase one moves single nodes to the neighbouring
 * community with the largest modularity gain ΔQ ∝ k_i,in − Σ_tot·k_i/2m until no move improves Q; phase two
 * folds each community into one node (its internal weight a self-loop) and repeats on the smaller graph,
 * until a level moves nothing.
 *
 * <p>The result depends on the order nodes are visited; that order is a permutation drawn from
 * {@code seed}, so the same seed gives the same partition. A node moves only for a strictly larger gain
 * (by more than 1e-12, so rounding cannot make it oscillate); among equal gains the first community met in
 * its row wins.
 */
public final class Louvain {
    private final Graph graph;
    private final boolean weighted;
    private final long seed;
    private volatile Communities result;

    public Louvain(Graph graph, boolean weighted, long seed) {
        this.graph = java.util.Objects.requireNonNull(graph, "graph");
        this.weighted = weighted;
        this.seed = seed;
    }

    public Louvain(Graph graph) {
        this(graph, false, 42L);
    }

    public synchronized Communities communities() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private Communities compute() {
        int n = graph.nodeCount();
        Level level = Level.of(graph, weighted);
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int levels = 0;
        while (true) {
            int[] moved = level.localMoving(random);
            if (moved == null) {
                break;
            }
            levels++;
            int[] renumber = new int[level.n];
            Arrays.fill(renumber, -1);
            int count = 0;
            for (int i = 0; i < level.n; i++) {
                if (renumber[moved[i]] < 0) {
                    renumber[moved[i]] = count++;
                }
            }
            int[] assignment = new int[level.n];
            for (int i = 0; i < level.n; i++) {
                assignment[i] = renumber[moved[i]];
            }
            for (int v = 0; v < n; v++) {
                membership[v] = assignment[membership[v]];
            }
            level = level.aggregate(assignment, count);
        }
        int[] renumber = new int[n];
        Arrays.fill(renumber, -1);
        int count = 0;
        int[] community = new int[n];
        for (int v = 0; v < n; v++) {
            if (renumber[membership[v]] < 0) {
                renumber[membership[v]] = count++;
            }
            community[v] = renumber[membership[v]];
        }
        double q = Modularity.of(graph, community, weighted);
        return new Communities(community, count, q, String.format(Locale.ROOT,
                "Louvain (Blondel et al. 2008), %s, seed %d, %d level%s", weighted ? "weighted" : "unweighted", seed, levels,
                levels == 1 ? "" : "s"));
    }

    /** One level of the method: a weighted graph with self-loops in CSR form. */
    private static final class Level {
        final int n;
        final int[] offsets;
        final int[] targets;
        final double[] weights;
        final double[] self;
        final double[] strength;
        final double twoM;

        Level(int n, int[] offsets, int[] targets, double[] weights, double[] self) {
            this.n = n;
            this.offsets = offsets;
            this.targets = targets;
            this.weights = weights;
            this.self = self;
            this.strength = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                double k = self[i];
                for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                    k += weights[p];
                }
                strength[i] = k;
                total += k;
            }
            this.twoM = total;
        }

        static Level of(Graph g, boolean weighted) {
            int n = g.nodeCount();
            int[] offsets = new int[n + 1];
            for (int v = 0; v <= n; v++) {
                offsets[v] = v == n ? 2 * g.edgeCount() : g.rowStart(v);
            }
            int[] targets = new int[2 * g.edgeCount()];
            double[] weights = new double[2 * g.edgeCount()];
            for (int p = 0; p < targets.length; p++) {
                targets[p] = g.target(p);
                weights[p] = weighted ? g.weight(p) : 1;
            }
            return new Level(n, offsets, targets, weights, new double[n]);
        }

        /** Phase one; returns the community of each node, or null when no node moved. */
        int[] localMoving(SplittableRandom random) {
            if (twoM == 0) {
                return null;
            }
            int[] community = new int[n];
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                community[i] = i;
                total[i] = strength[i];
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] linkTo = new double[n];
            int[] touched = new int[n];
            boolean movedAny = false;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int idx = 0; idx < n; idx++) {
                    int i = order[idx];
                    int own = community[i];
                    int touchedCount = 0;
                    for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                        int c = community[targets[p]];
                        if (linkTo[c] == 0) {
                            touched[touchedCount++] = c;
                        }
                        linkTo[c] += weights[p];
                    }
                    total[own] -= strength[i];
                    double ki = strength[i];
                    int best = own;
                    double bestGain = linkTo[own] - total[own] * ki / twoM;
                    for (int t = 0; t < touchedCount; t++) {
                        int c = touched[t];
                        double gain = linkTo[c] - total[c] * ki / twoM;
                        if (gain > bestGain + 1e-12) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    for (int t = 0; t < touchedCount; t++) {
                        linkTo[touched[t]] = 0;
                    }
                    total[best] += ki;
                    if (best != own) {
                        community[i] = best;
                        moved = true;
                        movedAny = true;
                    }
                }
            }
            return movedAny ? community : null;
        }

        /** Phase two: one node per community, edges summed, internal weight kept as a self-loop. */
        Level aggregate(int[] assignment, int count) {
            int[][] members = new int[count][];
            int[] sizes = new int[count];
            for (int i = 0; i < n; i++) {
                sizes[assignment[i]]++;
            }
            for (int c = 0; c < count; c++) {
                members[c] = new int[sizes[c]];
                sizes[c] = 0;
            }
            for (int i = 0; i < n; i++) {
                members[assignment[i]][sizes[assignment[i]]++] = i;
            }
            double[] newSelf = new double[count];
            double[] link = new double[count];
            int[] touched = new int[count];
            int[] newOffsets = new int[count + 1];
            int[] newTargets = new int[targets.length];
            double[] newWeights = new double[targets.length];
            int fill = 0;
            for (int c = 0; c < count; c++) {
                int touchedCount = 0;
                for (int i : members[c]) {
                    newSelf[c] += self[i];
                    for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                        int d = assignment[targets[p]];
                        if (d == c) {
                            newSelf[c] += weights[p];
                        } else {
                            if (link[d] == 0) {
                                touched[touchedCount++] = d;
                            }
                            link[d] += weights[p];
                        }
                    }
                }
                Arrays.sort(touched, 0, touchedCount);
                for (int t = 0; t < touchedCount; t++) {
                    newTargets[fill] = touched[t];
                    newWeights[fill++] = link[touched[t]];
                    link[touched[t]] = 0;
                }
                newOffsets[c + 1] = fill;
            }
            return new Level(count, newOffsets, Arrays.copyOf(newTargets, fill), Arrays.copyOf(newWeights, fill), newSelf);
        }
    }
}
