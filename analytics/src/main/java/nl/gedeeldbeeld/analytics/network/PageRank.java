package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * PageRank, Brin and Page (1998), by power iteration on the undirected graph read as two arcs per edge.
 * A dangling node (no neighbours) spreads its score evenly over all nodes, so scores always sum to 1.
 * Iteration stops when no score moves by {@code tolerance} or more, or after {@code maxIterations}; the
 * update is JGraphT's, so both agree to far below the tolerance. Weighted: a node passes its score on in
 * proportion to edge weight.
 */
public final class PageRank extends LazyScores {
    public static final double DEFAULT_DAMPING = 0.85;
    private final double damping;
    private final int maxIterations;
    private final double tolerance;
    private final boolean weighted;
    private volatile int iterations;

    public PageRank(Graph graph) {
        this(graph, DEFAULT_DAMPING, 100, 1e-10, false);
    }

    public PageRank(Graph graph, double damping, int maxIterations, double tolerance, boolean weighted) {
        super(graph);
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must lie in [0, 1], was " + damping);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        this.damping = damping;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.weighted = weighted;
    }

    /** Iterations used (after the scores were computed). */
    public int iterations() {
        values();
        return iterations;
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        double[] out = new double[n];
        for (int v = 0; v < n; v++) {
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                out[v] += weighted ? graph.weight(p) : 1;
            }
        }
        double[] current = new double[n];
        double[] next = new double[n];
        java.util.Arrays.fill(current, n == 0 ? 0 : 1.0 / n);
        double change = tolerance;
        int done = 0;
        while (done < maxIterations && change >= tolerance) {
            double r = 0;
            for (int v = 0; v < n; v++) {
                r += out[v] > 0 ? (1 - damping) * current[v] : current[v];
            }
            r /= n;
            change = 0;
            for (int v = 0; v < n; v++) {
                double contribution = 0;
                for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                    int w = graph.target(p);
                    contribution += damping * current[w] * (weighted ? graph.weight(p) : 1) / out[w];
                }
                double value = r + contribution;
                change = Math.max(change, Math.abs(value - current[v]));
                next[v] = value;
            }
            double[] t = current;
            current = next;
            next = t;
            done++;
        }
        iterations = done;
        return current;
    }
}
