package nl.gedeeldbeeld.analytics.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Betweenness estimated from sampled shortest paths, with a bound useful on large graphs: Riondato and
 * Kornaropoulos (2016), "Fast approximation of betweenness centrality through sampling", Data Min. Knowl.
 * Disc. 30(2), with the balanced bidirectional BFS of Borassi and Natale (2019), "KADABRA is an ADaptive
 * Algorithm for Betweenness via Random Approximation", ACM J. Exp. Algorithmics 24. Unweighted.
 *
 * <p>A sample is an ordered pair (s, t) of distinct nodes drawn uniformly, then one of its shortest paths
 * drawn uniformly (σ-weighted backtracking from the node where the two searches met); every node strictly
 * inside the path gets one hit. The fraction of samples that hit v is an unbiased estimate of
 * p(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n-1)), and the normalised betweenness of {@link BetweennessCentrality}
 * (pairs once, divided by (n-1)(n-2)/2) is n/(n-2) · p(v). A sample costs a bidirectional search that
 * stops where the two balls meet, always expanding the side whose frontier has the smaller degree sum: on a
 * 100,000-node, million-edge graph that is a few thousand adjacency entries instead of two million.
 *
 * <p><b>Two guarantees, each holding with probability at least 1-δ.</b>
 * <ol>
 *   <li><em>Uniform (Riondato–Kornaropoulos):</em> with r samples, every node's normalised estimate is
 *       within {@link #epsilon()} = n/(n-2) · sqrt( c (⌊log₂(VD-2)⌋ + 1 + ln(1/δ)) / r ), c = 1/2, of its
 *       exact value, where VD bounds the vertex diameter (nodes on a longest shortest path; here 2·e+1 from
 *       one BFS per component, e its eccentricity from the component's highest-degree node). {@link #withEpsilon}
 *       draws the r this needs.</li>
 *   <li><em>Per node (Chernoff, relative entropy form), made adaptive:</em> the samples are drawn in rounds up
 *       to a fixed schedule of J checkpoints; at each one every node gets the interval
 *       {q : r·KL(p̂ ‖ q) ≤ ln(2nJ/δ)}, which by Chernoff's bound and a union bound over the n nodes, both
 *       sides and the J checkpoints contains every p(v) at every checkpoint at once. {@link #topK} stops at the
 *       first checkpoint where the k-th highest lower end lies above every other node's upper end: then, with
 *       probability 1-δ, the k nodes returned are exactly the k of highest betweenness (certified), and each
 *       node's exact value lies in [{@link #lower}, {@link #upper}]. Near the top (p ≈ 0.02) these intervals
 *       are several times narrower than the uniform ε for the same samples, because a Bernoulli mean with
 *       small p has small variance.</li>
 * </ol>
 * Samples are drawn in blocks of fixed size, each from its own seeded generator, and hits are counted in
 * integers, so the result depends on the seed only, not on the number of threads.
 */
public final class PathSampledBetweenness extends LazyScores {
    /** Samples per block; a block is the unit of parallel work and of seeding. */
    static final int BLOCK = 4096;
    /** The universal constant of the Riondato–Kornaropoulos (VC-dimension) sample size, as they use it. */
    static final double C = 0.5;
    /** Geometric growth of the adaptive checkpoints. */
    private static final double GROWTH = 1.25;

    private final double delta;
    private final long seed;
    private final int k;
    private final long fixedSamples;
    private final long maxSamples;
    private final int vertexDiameter;
    private long samples;
    private int checkpoints;
    private boolean certified;
    private double logBound;
    private long[] hits;

    private PathSampledBetweenness(Graph graph, double delta, long seed, int k, long fixedSamples, long maxSamples) {
        super(graph);
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must lie strictly between 0 and 1, was " + delta);
        }
        this.delta = delta;
        this.seed = seed;
        this.k = k;
        this.fixedSamples = fixedSamples;
        this.maxSamples = maxSamples;
        this.vertexDiameter = vertexDiameterBound(graph);
    }

    /**
     * Riondato–Kornaropoulos: as many samples as make every node's normalised estimate lie within ε of the
     * exact value with probability 1-δ.
     */
    public static PathSampledBetweenness withEpsilon(Graph graph, double epsilon, double delta, long seed) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must lie strictly between 0 and 1, was " + epsilon);
        }
        int vd = vertexDiameterBound(graph);
        int n = graph.nodeCount();
        // ε is stated on the normalised scale, which is n/(n-2) times the scale of p
        double onP = n > 2 ? epsilon * (n - 2.0) / n : epsilon;
        long r = (long) Math.ceil(C / (onP * onP) * (vcTerm(vd) + Math.log(1 / delta)));
        return new PathSampledBetweenness(graph, delta, seed, 0, r, r);
    }

    /** A fixed number of samples; {@link #epsilon()} says what they guarantee. */
    public static PathSampledBetweenness withSamples(Graph graph, long samples, double delta, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        return new PathSampledBetweenness(graph, delta, seed, 0, samples, samples);
    }

    /**
     * Adaptive: samples until the k highest are separated from the rest by their intervals (certified top k),
     * or until maxSamples, whichever comes first ({@link #certified()} says which).
     */
    public static PathSampledBetweenness topK(Graph graph, int k, double delta, long maxSamples, long seed) {
        if (k < 1 || k >= graph.nodeCount()) {
            throw new IllegalArgumentException("k must lie between 1 and the node count - 1, was " + k);
        }
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples must be at least 1, was " + maxSamples);
        }
        return new PathSampledBetweenness(graph, delta, seed, k, 0, maxSamples);
    }

    /** ⌊log₂(VD-2)⌋ + 1, the bound on the VC dimension of the shortest-path range set (0 when VD ≤ 2). */
    static int vcTerm(int vertexDiameter) {
        return vertexDiameter <= 2 ? 0 : 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2) + 1;
    }

    /**
     * An upper bound on the vertex diameter: per component, 2·ecc(x)+1 for one BFS from its node x of
     * highest degree (any two nodes are within ecc(x) of x), the largest over the components.
     */
    static int vertexDiameterBound(Graph graph) {
        int n = graph.nodeCount();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int[] component = new int[n];
        int[] best = new int[n];
        Arrays.fill(component, -1);
        int components = 0;
        // label components, remember each one's highest-degree node
        for (int r = 0; r < n; r++) {
            if (component[r] >= 0) {
                continue;
            }
            int c = components++;
            best[c] = r;
            int head = 0;
            int tail = 0;
            queue[tail++] = r;
            component[r] = c;
            while (head < tail) {
                int u = queue[head++];
                if (graph.degree(u) > graph.degree(best[c])) {
                    best[c] = u;
                }
                for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                    int v = graph.target(p);
                    if (component[v] < 0) {
                        component[v] = c;
                        queue[tail++] = v;
                    }
                }
            }
        }
        int bound = n > 0 ? 1 : 0;
        for (int c = 0; c < components; c++) {
            int x = best[c];
            int head = 0;
            int tail = 0;
            queue[tail++] = x;
            dist[x] = 0;
            int ecc = 0;
            while (head < tail) {
                int u = queue[head++];
                ecc = dist[u];
                for (int p = graph.rowStart(u); p < graph.rowEnd(u); p++) {
                    int v = graph.target(p);
                    if (dist[v] < 0) {
                        dist[v] = dist[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            bound = Math.max(bound, Math.min(tail, 2 * ecc + 1));
        }
        return bound;
    }

    /** The samples drawn (paths, or pairs without a path). */
    public long samples() {
        values();
        return samples;
    }

    /** The bound on the vertex diameter that the uniform ε uses. */
    public int vertexDiameterBound() {
        return vertexDiameter;
    }

    public double delta() {
        return delta;
    }

    /**
     * Riondato–Kornaropoulos: the additive bound on every node's normalised estimate, with probability 1-δ
     * (for {@link #topK}, δ is divided among the J checkpoints, so that it holds wherever the run stopped).
     */
    public double epsilon() {
        long r = samples();
        int n = graph.nodeCount();
        // in the adaptive mode the bound must hold at every checkpoint, so δ is shared among them
        double onP = Math.sqrt(C * (vcTerm(vertexDiameter) + Math.log(checkpoints / delta)) / r);
        return n > 2 ? onP * n / (n - 2.0) : onP;
    }

    /** For {@link #topK}: whether the top k separated before the sample limit. False for the other modes. */
    public boolean certified() {
        values();
        return certified;
    }

    /** The k of {@link #topK} (0 in the other modes). */
    public int k() {
        return k;
    }

    /** The nodes in descending order of estimate (ties by node number). */
    public int[] ranking() {
        double[] s = values();
        return IntStream.range(0, s.length).boxed()
                .sorted((a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The cuts j ≤ upTo at which the top j are certified: the j-th highest estimate's lower end lies above the
     * (j+1)-th's upper end (and so above every lower node's). All cuts rest on the same 1-δ event as
     * {@link #lower}/{@link #upper}, so they hold together.
     */
    public int[] certifiedCuts(int upTo) {
        int[] rank = ranking();
        return IntStream.rangeClosed(1, Math.min(upTo, rank.length - 1))
                .filter(j -> hits[rank[j - 1]] > hits[rank[j]] && lower(rank[j - 1]) > upper(rank[j]))
                .toArray();
    }

    public double normalisedScore(int node) {
        values();
        int n = graph.nodeCount();
        return n > 2 ? (double) hits[node] / samples * n / (n - 2.0) : 0;
    }

    /**
     * The lower end of the node's interval on the normalised scale: the per-node guarantee (Chernoff, union
     * over nodes, sides and checkpoints) of the class comment.
     */
    public double lower(int node) {
        values();
        int n = graph.nodeCount();
        double p = (double) hits[node] / samples;
        return n > 2 ? klLower(p, samples, logBound) * n / (n - 2.0) : 0;
    }

    /** The upper end of the node's interval on the normalised scale (see {@link #lower}). */
    public double upper(int node) {
        values();
        int n = graph.nodeCount();
        double p = (double) hits[node] / samples;
        return n > 2 ? Math.min(1, klUpper(p, samples, logBound) * n / (n - 2.0)) : 0;
    }

    /** The bound in words, to carry with the result. */
    public String bound() {
        String uniform = String.format(Locale.ROOT,
                "Riondato–Kornaropoulos: with probability %.3f every node's normalised betweenness estimate is within %.5f of the exact value (%,d sampled paths, vertex diameter ≤ %d, seed %d)",
                1 - delta, epsilon(), samples(), vertexDiameter, seed);
        if (k == 0) {
            return uniform;
        }
        return uniform + String.format(Locale.ROOT,
                "; top %d %s; with probability %.3f every node's exact value lies in its interval (Chernoff, %d checkpoints)",
                k, certified ? "certified: with the same probability they are exactly the " + k + " of highest betweenness"
                        : "NOT certified (sample limit reached before the intervals separated)",
                1 - delta, checkpoints);
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        long[] total = new long[n];
        if (n < 3) {
            samples = 1;
            hits = total;
            logBound = Math.log(2.0 * Math.max(1, n) / delta);
            return new double[n];
        }
        Sampler.Shared shared = new Sampler.Shared(graph);
        if (k == 0) {
            checkpoints = 1;
            logBound = Math.log(2.0 * n / delta);
            draw(shared, 0, fixedSamples, total);
            samples = fixedSamples;
        } else {
            long[] schedule = schedule(maxSamples);
            checkpoints = schedule.length;
            logBound = Math.log(2.0 * n * schedule.length / delta);
            long done = 0;
            for (long target : schedule) {
                draw(shared, done, target, total);
                done = target;
                if (separated(total, done)) {
                    certified = true;
                    break;
                }
            }
            samples = done;
        }
        hits = total;
        double scale = (double) n * (n - 1) / 2.0 / samples;
        double[] scores = new double[n];
        for (int v = 0; v < n; v++) {
            scores[v] = total[v] * scale;
        }
        return scores;
    }

    /** Checkpoints: whole blocks, growing by a quarter, the last one maxSamples; fixed before any sample. */
    static long[] schedule(long maxSamples) {
        long[] out = new long[64];
        int count = 0;
        long next = BLOCK;
        while (next < maxSamples) {
            out[count++] = next;
            long grown = (long) Math.ceil(next * GROWTH / BLOCK) * BLOCK;
            next = Math.max(next + BLOCK, grown);
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
        }
        out[count++] = maxSamples;
        return Arrays.copyOf(out, count);
    }

    /** Whether the k-th highest count's lower end lies above the (k+1)-th's upper end (both bounds are monotone in the count). */
    private boolean separated(long[] counts, long r) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double kth = (double) sorted[n - k] / r;
        double next = (double) sorted[n - k - 1] / r;
        return sorted[n - k] > sorted[n - k - 1] && klLower(kth, r, logBound) > klUpper(next, r, logBound);
    }

    /** Samples [from, to) of the seeded sequence, added into total; blocks run in parallel. */
    private void draw(Sampler.Shared shared, long from, long to, long[] total) {
        long firstBlock = from / BLOCK;
        long lastBlock = (to + BLOCK - 1) / BLOCK;
        int parts = (int) Math.min(lastBlock - firstBlock, 2L * Runtime.getRuntime().availableProcessors());
        long[][] partial = new long[parts][];
        IntStream.range(0, parts).parallel().forEach(part -> {
            Sampler sampler = new Sampler(shared);
            for (long b = firstBlock + part; b < lastBlock; b += parts) {
                long start = Math.max(from, b * BLOCK);
                long end = Math.min(to, (b + 1) * BLOCK);
                // the generator of block b, skipped to the sample where this range starts
                SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
                for (long i = b * BLOCK; i < start; i++) {
                    sampler.skip(random);
                }
                for (long i = start; i < end; i++) {
                    sampler.sample(random);
                }
            }
            partial[part] = sampler.hits;
        });
        for (long[] h : partial) {
            for (int v = 0; v < total.length; v++) {
                total[v] += h[v];
            }
        }
    }

    /** Relative entropy of Bernoulli(a) from Bernoulli(b). */
    static double kl(double a, double b) {
        double x = a == 0 ? 0 : a * Math.log(a / b);
        double y = a == 1 ? 0 : (1 - a) * Math.log((1 - a) / (1 - b));
        return x + y;
    }

    /** The largest q ≥ p with r·KL(p‖q) ≤ bound (bisection). */
    static double klUpper(double p, long r, double bound) {
        double lo = p;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (r * kl(p, mid) <= bound) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The smallest q ≤ p with r·KL(p‖q) ≤ bound (bisection). */
    static double klLower(double p, long r, double bound) {
        if (p == 0) {
            return 0;
        }
        double lo = 0;
        double hi = p;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (r * kl(p, mid) <= bound) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    /** One worker's search state: two BFS balls, reset after each sample by walking their queues. */
    static final class Sampler {
        /** The graph's rows as flat arrays, read by all workers. */
        record Shared(int n, int[] offsets, int[] targets) {
            Shared(Graph graph) {
                this(graph.nodeCount(), rows(graph), targets(graph));
            }

            private static int[] rows(Graph graph) {
                int[] offsets = new int[graph.nodeCount() + 1];
                for (int v = 0; v < graph.nodeCount(); v++) {
                    offsets[v + 1] = graph.rowEnd(v);
                }
                return offsets;
            }

            private static int[] targets(Graph graph) {
                int[] targets = new int[2 * graph.edgeCount()];
                for (int p = 0; p < targets.length; p++) {
                    targets[p] = graph.target(p);
                }
                return targets;
            }
        }

        private final int n;
        private final int[] offsets;
        private final int[] targets;
        /** Distance from s (side 0) and from t (side 1); -1 when not reached. */
        private final int[][] dist = new int[2][];
        private final double[][] sigma = new double[2][];
        private final int[][] queue = new int[2][];
        private final int[] meet;
        final long[] hits;

        Sampler(Shared shared) {
            this.n = shared.n();
            this.offsets = shared.offsets();
            this.targets = shared.targets();
            for (int side = 0; side < 2; side++) {
                dist[side] = new int[n];
                Arrays.fill(dist[side], -1);
                sigma[side] = new double[n];
                queue[side] = new int[n];
            }
            meet = new int[n];
            hits = new long[n];
        }

        /** Consumes the same random numbers as {@link #sample} would up to the pair, so that blocks can be resumed. */
        void skip(SplittableRandom random) {
            random.nextInt(n);
            random.nextInt(n - 1);
            random.nextDouble();
            random.nextLong();
        }

        void sample(SplittableRandom random) {
            int s = random.nextInt(n);
            int t = random.nextInt(n - 1);
            if (t >= s) {
                t++;
            }
            // the path choices draw from their own generator, so the number of draws per sample is fixed
            double pick = random.nextDouble();
            SplittableRandom walk = new SplittableRandom(random.nextLong());
            int[] tail = {1, 1};
            int[] levelStart = {0, 0};
            int[] frontierDegree = {offsets[s + 1] - offsets[s], offsets[t + 1] - offsets[t]};
            queue[0][0] = s;
            dist[0][s] = 0;
            sigma[0][s] = 1;
            queue[1][0] = t;
            dist[1][t] = 0;
            sigma[1][t] = 1;
            int meetings = 0;
            while (meetings == 0 && levelStart[0] < tail[0] && levelStart[1] < tail[1]) {
                int x = frontierDegree[0] <= frontierDegree[1] ? 0 : 1;
                int y = 1 - x;
                int[] dx = dist[x];
                int[] dy = dist[y];
                double[] sx = sigma[x];
                int[] qx = queue[x];
                int start = levelStart[x];
                int end = tail[x];
                int out = end;
                long degree = 0;
                for (int i = start; i < end; i++) {
                    int u = qx[i];
                    int next = dx[u] + 1;
                    double su = sx[u];
                    for (int p = offsets[u]; p < offsets[u + 1]; p++) {
                        int v = targets[p];
                        int d = dx[v];
                        if (d < 0) {
                            dx[v] = next;
                            sx[v] = su;
                            qx[out++] = v;
                            degree += offsets[v + 1] - offsets[v];
                            if (dy[v] >= 0) {
                                meet[meetings++] = v;
                            }
                        } else if (d == next) {
                            sx[v] += su;
                        }
                    }
                }
                levelStart[x] = end;
                tail[x] = out;
                frontierDegree[x] = (int) Math.min(Integer.MAX_VALUE, degree);
            }
            if (meetings > 0) {
                double paths = 0;
                for (int i = 0; i < meetings; i++) {
                    paths += sigma[0][meet[i]] * sigma[1][meet[i]];
                }
                double target = pick * paths;
                int middle = meet[meetings - 1];
                for (int i = 0; i < meetings; i++) {
                    target -= sigma[0][meet[i]] * sigma[1][meet[i]];
                    if (target < 0) {
                        middle = meet[i];
                        break;
                    }
                }
                if (middle != s && middle != t) {
                    hits[middle]++;
                }
                walkBack(0, middle, walk);
                walkBack(1, middle, walk);
            }
            for (int side = 0; side < 2; side++) {
                int[] d = dist[side];
                int[] q = queue[side];
                for (int i = 0; i < tail[side]; i++) {
                    d[q[i]] = -1;
                }
            }
        }

        /** From the meeting node towards the side's root, each predecessor drawn with probability σ(pred)/σ(node). */
        private void walkBack(int side, int from, SplittableRandom walk) {
            int[] d = dist[side];
            double[] sg = sigma[side];
            int w = from;
            while (d[w] > 1) {
                int want = d[w] - 1;
                double target = walk.nextDouble() * sg[w];
                int chosen = -1;
                for (int p = offsets[w]; p < offsets[w + 1]; p++) {
                    int z = targets[p];
                    if (d[z] == want) {
                        chosen = z;
                        target -= sg[z];
                        if (target < 0) {
                            break;
                        }
                    }
                }
                hits[chosen]++;
                w = chosen;
            }
        }
    }
}
