package nl.gedeeldbeeld.bench;

import java.util.Locale;
import java.util.Map;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.PreferentialAttachment;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.PathSampledBetweenness;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Sampled betweenness on a seeded preferential-attachment graph (Barabási–Albert, m edges per new node) of
 * 100,000 nodes and about a million edges: source sampling (Brandes–Pich, Hoeffding bound; skipped with
 * {@code --pivots 0}) and path sampling (Riondato–Kornaropoulos, adaptive certified top k, at most
 * {@code --path-max} samples; skipped with {@code --path-max 0}): time, heap, the bounds, and whether the top
 * k separated. Then, on a small graph of the same kind, our exact betweenness against JGraphT's exact
 * {@code BetweennessCentrality}, CPU time against CPU time (process CPU time: all threads, GC and JIT
 * included; each warmed up by one full run on the same 1,000-node graph first), and both samplers against
 * the exact values (observed error beside the stated ε).
 *
 * <pre>bench/run betweenness [--nodes 100000] [--m 10] [--pivots 2000] [--path-max 4000000] [--top 10]
 *     [--small 5000] [--small-m 5] [--small-pivots 500] [--small-epsilon 0.01] [--delta 0.1]</pre>
 */
public final class BetweennessBenchmark {
    public static void main(String[] argv) {
        BenchArgs args = BenchArgs.parse(argv);
        int nodes = Integer.parseInt(args.get("nodes", "100000"));
        int m = Integer.parseInt(args.get("m", "10"));
        int pivots = Integer.parseInt(args.get("pivots", "2000"));
        int small = Integer.parseInt(args.get("small", "5000"));
        int smallM = Integer.parseInt(args.get("small-m", "5"));
        int smallPivots = Integer.parseInt(args.get("small-pivots", "500"));
        double delta = Double.parseDouble(args.get("delta", "0.1"));
        long pathMax = Long.parseLong(args.get("path-max", "4000000"));
        int top = Integer.parseInt(args.get("top", "10"));
        double smallEpsilon = Double.parseDouble(args.get("small-epsilon", "0.01"));
        System.out.printf(Locale.ROOT, "cores=%d max_heap_mib=%d%n", Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeapMiB());

        if (nodes > 0) {
            long g0 = System.nanoTime();
            Graph big = PreferentialAttachment.graph(nodes, m, 1);
            long g1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "large graph: %,d nodes, %,d edges, built in %.1f s%n", big.nodeCount(), big.edgeCount(), (g1 - g0) / 1e9);
            if (pathMax > 0) {
                pathSampled(big, top, delta, pathMax);
            }
        }
        if (nodes > 0 && pivots > 0) {
            Graph big = PreferentialAttachment.graph(nodes, m, 1); // rebuilt, so the two runs are measured apart
            try (HeapWatch heap = HeapWatch.start()) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                SampledBetweenness sampled = new SampledBetweenness(big, pivots, delta, 7);
                double[] scores = sampled.scores();
                long t1 = System.nanoTime();
                long c1 = cpu();
                int best = 0;
                for (int v = 1; v < scores.length; v++) {
                    if (scores[v] > scores[best]) {
                        best = v;
                    }
                }
                System.out.printf(Locale.ROOT, "sampled betweenness: %d pivots in %.1f s wall, %.1f s CPU (%.1f ms CPU per source), peak heap %d MiB, live %d MiB%n",
                        sampled.pivots(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (c1 - c0) / 1e6 / sampled.pivots(), heap.peakUsedMiB(), heap.peakLiveMiB());
                System.out.printf(Locale.ROOT, "  bound: %s%n  highest estimate: node %s, normalised %.5f%n", sampled.bound(),
                        big.label(best), sampled.normalisedScore(best));
            }
        }

        if (small > 0) {
            compareOnSmallGraph(small, smallM, smallPivots, smallEpsilon, delta);
        }
    }

    /** Exact against JGraphT (CPU time against CPU time) and both samplers against the exact values. */
    private static void compareOnSmallGraph(int small, int smallM, int smallPivots, double smallEpsilon, double delta) {
        Graph g = PreferentialAttachment.graph(small, smallM, 2);
        System.out.printf(Locale.ROOT, "small graph: %,d nodes, %,d edges%n", g.nodeCount(), g.edgeCount());
        org.jgrapht.Graph<Integer, DefaultEdge> j = jgrapht(g);
        // equal warm-up: one full exact run each on the same 1,000-node graph
        Graph warm = PreferentialAttachment.graph(1000, smallM, 9);
        BetweennessCentrality.of(warm).scores();
        new org.jgrapht.alg.scoring.BetweennessCentrality<>(jgrapht(warm), false).getScores();
        long c0 = cpu();
        long a0 = System.nanoTime();
        double[] ours = BetweennessCentrality.of(g).scores();
        long a1 = System.nanoTime();
        long c1 = cpu();
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(j, false).getScores();
        long a2 = System.nanoTime();
        long c2 = cpu();
        // ours once more after JGraphT: the load of a shared machine changes over JGraphT's long run, and CPU
        // time rises with it (shared caches), so the ratio is taken against the mean of the two
        double[] again = BetweennessCentrality.of(g).scores();
        long a2b = System.nanoTime();
        long c2b = cpu();
        SampledBetweenness sampled = new SampledBetweenness(g, smallPivots, delta, 7);
        double[] estimate = sampled.scores();
        long a3 = System.nanoTime();
        long c3 = cpu();
        double pairs = (g.nodeCount() - 1.0) * (g.nodeCount() - 2.0) / 2;
        double maxExactDiff = 0;
        double maxSampledError = 0;
        double sumSampledError = 0;
        double maxNormalised = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            maxExactDiff = Math.max(maxExactDiff, Math.max(Math.abs(ours[v] - theirs.get(v)), Math.abs(again[v] - theirs.get(v))));
            double error = Math.abs(estimate[v] - theirs.get(v)) / pairs;
            maxSampledError = Math.max(maxSampledError, error);
            sumSampledError += error;
            maxNormalised = Math.max(maxNormalised, theirs.get(v) / pairs);
        }
        System.out.printf(Locale.ROOT, "exact, ours:    %.2f s wall, %.2f s CPU (parallel over sources)%n", (a1 - a0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "exact, JGraphT: %.2f s wall, %.2f s CPU (one thread); largest difference from ours %.2e%n",
                (a2 - a1) / 1e9, (c2 - c1) / 1e9, maxExactDiff);
        System.out.printf(Locale.ROOT, "exact, ours again after JGraphT: %.2f s wall, %.2f s CPU%n", (a2b - a2) / 1e9, (c2b - c2) / 1e9);
        double oursCpu = ((c1 - c0) + (c2b - c2)) / 2.0;
        System.out.printf(Locale.ROOT, "exact: JGraphT CPU / ours CPU = %.1f (against the mean of our two runs; %.1f and %.1f against each)%n",
                (c2 - c1) / oursCpu, (double) (c2 - c1) / (c1 - c0), (double) (c2 - c1) / (c2b - c2));
        System.out.printf(Locale.ROOT, "sampled, ours:  %.2f s wall, %.2f s CPU with %d pivots; normalised error vs JGraphT: max %.5f, mean %.6f; bound eps %.4f at delta %.2f; largest normalised betweenness %.4f%n",
                (a3 - a2b) / 1e9, (c3 - c2b) / 1e9, sampled.pivots(), maxSampledError, sumSampledError / g.nodeCount(), sampled.epsilon(), delta, maxNormalised);

        long c4 = cpu();
        long a4 = System.nanoTime();
        PathSampledBetweenness paths = PathSampledBetweenness.withEpsilon(g, smallEpsilon, delta, 7);
        paths.scores();
        long a5 = System.nanoTime();
        long c5 = cpu();
        double maxPathError = 0;
        int outside = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            double exact = theirs.get(v) / pairs;
            maxPathError = Math.max(maxPathError, Math.abs(paths.normalisedScore(v) - exact));
            if (exact < paths.lower(v) || exact > paths.upper(v)) {
                outside++;
            }
        }
        System.out.printf(Locale.ROOT, "path-sampled, ours (Riondato–Kornaropoulos, eps %.3f): %,d samples in %.2f s wall, %.2f s CPU; largest normalised error vs JGraphT %.5f (eps %.5f); exact values outside their Chernoff interval: %d of %d%n",
                smallEpsilon, paths.samples(), (a5 - a4) / 1e9, (c5 - c4) / 1e9, maxPathError, paths.epsilon(), outside, g.nodeCount());
    }

    /** The adaptive top-k run on the large graph: samples, time, the top k+2 with their intervals, and the gap. */
    private static void pathSampled(Graph big, int top, double delta, long pathMax) {
        try (HeapWatch heap = HeapWatch.start()) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            PathSampledBetweenness sampled = PathSampledBetweenness.topK(big, top, delta, pathMax, 7);
            int[] rank = sampled.ranking();
            long t1 = System.nanoTime();
            long c1 = cpu();
            System.out.printf(Locale.ROOT, "path-sampled betweenness, top %d: %,d samples in %.1f s wall, %.1f s CPU (%.1f µs CPU per sample), peak heap %d MiB; %s%n",
                    top, sampled.samples(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (c1 - c0) / 1e3 / sampled.samples(), heap.peakUsedMiB(),
                    sampled.certified() ? "CERTIFIED" : "not certified within the sample limit");
            System.out.printf(Locale.ROOT, "  bound: %s%n", sampled.bound());
            for (int i = 0; i < Math.min(rank.length, top + 2); i++) {
                int v = rank[i];
                System.out.printf(Locale.ROOT, "  %2d. %-8s %.6f  [%.6f, %.6f]  half-width %.6f%n", i + 1, big.label(v), sampled.normalisedScore(v),
                        sampled.lower(v), sampled.upper(v), (sampled.upper(v) - sampled.lower(v)) / 2);
            }
            int kth = rank[top - 1];
            int next = rank[top];
            double gap = sampled.normalisedScore(kth) - sampled.normalisedScore(next);
            double widths = (sampled.normalisedScore(kth) - sampled.lower(kth)) + (sampled.upper(next) - sampled.normalisedScore(next));
            System.out.printf(Locale.ROOT, "  estimated gap %d/%d: %.6f; lower(%d) - upper(%d) = %.6f; uniform RK eps %.5f; certified cuts (top j) up to %d: %s%n",
                    top, top + 1, gap, top, top + 1, sampled.lower(kth) - sampled.upper(next), sampled.epsilon(), top + 2,
                    java.util.Arrays.toString(sampled.certifiedCuts(top + 2)));
            if (!sampled.certified() && gap > 0) {
                System.out.printf(Locale.ROOT, "  if the estimated gap is the true one, separating %d/%d needs about %,.0f samples (intervals shrink as 1/sqrt(r)), about %.0f s CPU at this rate%n",
                        top, top + 1, sampled.samples() * Math.pow(widths / gap, 2), sampled.samples() * Math.pow(widths / gap, 2) * (c1 - c0) / 1e9 / sampled.samples());
            }
        }
    }

    private static org.jgrapht.Graph<Integer, DefaultEdge> jgrapht(Graph g) {
        org.jgrapht.Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            j.addEdge(g.edgeSource(e), g.edgeTarget(e));
        }
        return j;
    }

    /** CPU time of the whole process (all threads, including GC), so that a run on a busy machine still says what the work costs. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
