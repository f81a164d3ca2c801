package nl.gedeeldbeeld.bench;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Sampled betweenness (Brandes–Pich, uniform sources, Hoeffding bound) on a seeded preferential-attachment
 * graph (Barabási–Albert, m edges per new node) of 100,000 nodes and about a million edges: time, heap and
 * the error bound. Then, on a small graph of the same kind, our exact and sampled betweenness against
 * JGraphT's exact {@code BetweennessCentrality}: time and the largest error.
 *
 * <pre>bench/run betweenness [--nodes 100000] [--m 10] [--pivots 2000] [--small 5000] [--small-m 5] [--small-pivots 500] [--delta 0.1]</pre>
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
        System.out.printf(Locale.ROOT, "cores=%d max_heap_mib=%d%n", Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeapMiB());

        if (nodes > 0) {
            long g0 = System.nanoTime();
            Graph big = preferentialAttachment(nodes, m, 1);
            long g1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "large graph: %,d nodes, %,d edges, built in %.1f s%n", big.nodeCount(), big.edgeCount(), (g1 - g0) / 1e9);
            try (HeapWatch heap = HeapWatch.start()) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                SampledBetweenness sampled = new SampledBetweenness(big, pivots, delta, 7);
                double[] scores = sampled.scores();
                long t1 = System.nanoTime();
                long c1 = cpu();
                int top = 0;
                for (int v = 1; v < scores.length; v++) {
                    if (scores[v] > scores[top]) {
                        top = v;
                    }
                }
                System.out.printf(Locale.ROOT, "sampled betweenness: %d pivots in %.1f s wall, %.1f s CPU (%.1f ms CPU per source), peak heap %d MiB, live %d MiB%n",
                        sampled.pivots(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (c1 - c0) / 1e6 / sampled.pivots(), heap.peakUsedMiB(), heap.peakLiveMiB());
                System.out.printf(Locale.ROOT, "  bound: %s%n  highest estimate: node %s, normalised %.5f%n", sampled.bound(),
                        big.label(top), sampled.normalisedScore(top));
            }
        }

        Graph g = preferentialAttachment(small, smallM, 2);
        System.out.printf(Locale.ROOT, "small graph: %,d nodes, %,d edges%n", g.nodeCount(), g.edgeCount());
        org.jgrapht.Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            j.addEdge(g.edgeSource(e), g.edgeTarget(e));
        }
        // warm-up on a tenth of the sources' worth of work
        new SampledBetweenness(g, Math.max(1, small / 10), delta, 3).scores();
        long c0 = cpu();
        long a0 = System.nanoTime();
        double[] ours = BetweennessCentrality.of(g).scores();
        long a1 = System.nanoTime();
        long c1 = cpu();
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(j, false).getScores();
        long a2 = System.nanoTime();
        long c2 = cpu();
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
            maxExactDiff = Math.max(maxExactDiff, Math.abs(ours[v] - theirs.get(v)));
            double error = Math.abs(estimate[v] - theirs.get(v)) / pairs;
            maxSampledError = Math.max(maxSampledError, error);
            sumSampledError += error;
            maxNormalised = Math.max(maxNormalised, theirs.get(v) / pairs);
        }
        System.out.printf(Locale.ROOT, "exact, ours:    %.2f s wall, %.2f s CPU (parallel over sources)%n", (a1 - a0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "exact, JGraphT: %.2f s wall, %.2f s CPU (one thread); largest difference from ours %.2e%n",
                (a2 - a1) / 1e9, (c2 - c1) / 1e9, maxExactDiff);
        System.out.printf(Locale.ROOT, "sampled, ours:  %.2f s wall, %.2f s CPU with %d pivots; normalised error vs JGraphT: max %.5f, mean %.6f; bound eps %.4f at delta %.2f; largest normalised betweenness %.4f%n",
                (a3 - a2) / 1e9, (c3 - c2) / 1e9, sampled.pivots(), maxSampledError, sumSampledError / g.nodeCount(), sampled.epsilon(), delta, maxNormalised);
    }

    /** CPU time of the whole process (all threads, including GC), so that a run on a busy machine still says what the work costs. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Barabási–Albert: a clique of m+1 nodes, then each new node ties to m distinct earlier nodes chosen with
     * probability proportional to their degree (drawn from the list of all edge ends). Seeded.
     */
    static Graph preferentialAttachment(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] ends = new int[2 * (m * (m + 1) / 2 + (n - m - 1) * m)];
        int filled = 0;
        GraphBuilder builder = new GraphBuilder();
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = "v" + i;
            builder.node(label[i]);
        }
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                builder.edge(label[a], label[b]);
                ends[filled++] = a;
                ends[filled++] = b;
            }
        }
        int[] chosen = new int[m];
        for (int v = m + 1; v < n; v++) {
            int count = 0;
            int limit = filled;
            while (count < m) {
                int t = ends[random.nextInt(limit)];
                boolean seen = false;
                for (int i = 0; i < count; i++) {
                    seen |= chosen[i] == t;
                }
                if (!seen) {
                    chosen[count++] = t;
                }
            }
            for (int i = 0; i < m; i++) {
                builder.edge(label[v], label[chosen[i]]);
                ends[filled++] = v;
                ends[filled++] = chosen[i];
            }
        }
        return builder.build();
    }
}
