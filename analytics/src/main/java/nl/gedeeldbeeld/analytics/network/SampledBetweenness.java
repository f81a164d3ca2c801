package nl.gedeeldbeeld.analytics.network;

import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Betweenness estimated from k pivots, Brandes and Pich (2007), "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7), with uniformly drawn sources (their "random" strategy, Eppstein and
 * Wang 2004): the dependencies δ_s(v) of k distinct sources drawn uniformly (seeded) are summed and scaled
 * by n/k, an unbiased estimate of the exact sum over all n sources. O(k m) instead of O(n m).
 *
 * <p><b>Error bound (Hoeffding 1963, union bound over nodes).</b> For each node the normalised betweenness
 * b(v) = Σ_s δ_s(v) / ((n-1)(n-2)) is n/(n-1) times the mean over all sources of X_s = δ_s(v)/(n-2), and
 * X_s lies in [0, 1]. Hoeffding's inequality, which also holds for sampling without replacement, bounds the
 * deviation of the sample mean, and a union bound over the n nodes gives: with probability at least 1-δ,
 * <em>every</em> node's normalised estimate is within
 * <pre>  ε = n/(n-1) · sqrt( ln(2n/δ) / (2k) )</pre>
 * of its exact normalised betweenness. {@link #epsilon()} and {@link #confidenceLevel()} report it with
 * the result; the bound is on the additive error of the normalised value, so it says little about nodes
 * whose betweenness is far below ε, and it is loose (observed errors are usually much smaller). With k ≥ n
 * every source is used, the result is exact and ε is 0.
 *
 * <p>Scores are on the scale of {@link BetweennessCentrality#of} (pairs once, not normalised);
 * {@link #normalisedScore(int)} gives the value the bound speaks about.
 */
public final class SampledBetweenness extends LazyScores {
    private final int pivots;
    private final double delta;
    private final long seed;

    /**
     * @param pivots number of sources to sample (k ≥ 1)
     * @param delta the bound fails with probability at most delta (0 < delta < 1), e.g. 0.1
     * @param seed the random seed; the same seed gives the same sources and the same estimate
     */
    public SampledBetweenness(Graph graph, int pivots, double delta, long seed) {
        super(graph);
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be at least 1, was " + pivots);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must lie strictly between 0 and 1, was " + delta);
        }
        this.pivots = pivots;
        this.delta = delta;
        this.seed = seed;
    }

    /** The number of sources actually used: min(k, n). */
    public int pivots() {
        return Math.min(pivots, graph.nodeCount());
    }

    public boolean exact() {
        return pivots >= graph.nodeCount();
    }

    /** The additive bound on every node's normalised estimate, holding with probability 1-δ. */
    public double epsilon() {
        int n = graph.nodeCount();
        if (exact() || n < 3) {
            return 0;
        }
        return n / (n - 1.0) * Math.sqrt(Math.log(2.0 * n / delta) / (2.0 * pivots));
    }

    /** δ: the probability that the bound does not hold. */
    public double delta() {
        return delta;
    }

    public double confidenceLevel() {
        return 1 - delta;
    }

    public double normalisedScore(int node) {
        int n = graph.nodeCount();
        return n > 2 ? score(node) / ((n - 1.0) * (n - 2.0) / 2.0) : 0;
    }

    /** The bound in words, to carry with the result. */
    public String bound() {
        return String.format(java.util.Locale.ROOT,
                "Hoeffding: with probability %.3f every node's normalised betweenness estimate is within %.4f of the exact value (%d of %d sources, seed %d)",
                confidenceLevel(), epsilon(), pivots(), graph.nodeCount(), seed);
    }

    /** The sources drawn (seeded), in draw order: the first k of a partial Fisher-Yates shuffle of the nodes. */
    public int[] sources() {
        int n = graph.nodeCount();
        int k = pivots();
        int[] permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        return java.util.Arrays.copyOf(permutation, k);
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        int k = pivots();
        int[] sources = sources();
        double[] sums = Brandes.dependencySums(graph, sources, false);
        double scale = k == 0 ? 0 : 0.5 * n / k;
        for (int v = 0; v < n; v++) {
            sums[v] *= scale;
        }
        return sums;
    }
}
