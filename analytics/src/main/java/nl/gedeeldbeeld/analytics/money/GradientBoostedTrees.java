package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A binary classifier of boosted regression trees: second-order gradient boosting on the logistic loss with
 * histogram splits, as in Chen &amp; Guestrin, "XGBoost: a scalable tree boosting system" (KDD 2016) — the
 * exact-greedy split search over at most {@link Params#bins()} quantile thresholds per feature, L2-regularised
 * leaf weights {@code −G/(H+λ)}, shrinkage, a minimum hessian per child. No sampling, so training is
 * deterministic: the same rows give the same trees, bit for bit.
 *
 * <p>Why our own and not a library: the analytics module is plain Java (also run inside Spark executors) and
 * the candidates on Maven Central (xgboost4j, LightGBM's lightgbmlib) are JNI wrappers that carry native
 * libraries per platform (and, for xgboost4j, the Scala runtime); for some forty thousand accounts and thirty
 * features a few hundred small trees train in seconds in plain Java, and the model file stays readable text.
 *
 * <p>{@link #contributions} splits a score into per-feature parts along each tree's decision path (Saabas's
 * method, as in treeinterpreter and XGBoost's approximate {@code pred_contribs}): what each split on a feature
 * moved the node value. The parts and the bias add up to the margin exactly; an alert is explained by its
 * largest parts.
 */
public final class GradientBoostedTrees {
    /**
     * Training settings.
     *
     * @param trees          boosting rounds
     * @param depth          maximum depth of a tree
     * @param learningRate   shrinkage applied to every leaf
     * @param lambda         L2 regularisation of leaf weights
     * @param minChildWeight minimum hessian sum in a child
     * @param bins           candidate thresholds per feature (quantiles of the training values)
     */
    public record Params(int trees, int depth, double learningRate, double lambda, double minChildWeight, int bins) {
        public Params {
            if (trees < 1 || depth < 1 || depth > 16 || !(learningRate > 0 && learningRate <= 1) || lambda < 0
                    || minChildWeight < 0 || bins < 2 || bins > 256) {
                throw new IllegalArgumentException("invalid boosting parameters: " + trees + " trees, depth " + depth
                        + ", rate " + learningRate + ", lambda " + lambda + ", min child " + minChildWeight + ", bins " + bins);
            }
        }

        public static Params defaults() {
            return new Params(300, 4, 0.08, 1.0, 1.0, 64);
        }
    }

    /** One tree in flat arrays; a leaf has feature −1; {@code value} is the node's weight (also kept for inner nodes). */
    record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        double margin(double[] x) {
            int n = 0;
            while (feature[n] >= 0) {
                n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            return value[n];
        }
    }

    private final int features;
    private final double bias;
    private final List<Tree> trees;

    GradientBoostedTrees(int features, double bias, List<Tree> trees) {
        this.features = features;
        this.bias = bias;
        this.trees = List.copyOf(trees);
    }

    public int featureCount() {
        return features;
    }

    double bias() {
        return bias;
    }

    List<Tree> trees() {
        return trees;
    }

    /** The log-odds of the positive class. */
    public double margin(double[] x) {
        check(x);
        double m = bias;
        for (Tree t : trees) {
            m += t.margin(x);
        }
        return m;
    }

    /** The probability of the positive class. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(x)));
    }

    /** Per-feature parts of the margin (Saabas); {@code bias + sum(parts) == margin(x)} up to rounding. */
    public double[] contributions(double[] x) {
        check(x);
        double[] parts = new double[features];
        for (Tree t : trees) {
            int n = 0;
            while (t.feature[n] >= 0) {
                int next = x[t.feature[n]] <= t.threshold[n] ? t.left[n] : t.right[n];
                parts[t.feature[n]] += t.value[next] - t.value[n];
                n = next;
            }
        }
        return parts;
    }

    /** The margin every tree starts from: the bias plus each tree's root weight. */
    public double baseMargin() {
        double m = bias;
        for (Tree t : trees) {
            m += t.value[0];
        }
        return m;
    }

    private void check(double[] x) {
        if (x.length != features) {
            throw new IllegalArgumentException("expected " + features + " features, got " + x.length);
        }
    }

    /** Trains on rows {@code x} with labels {@code y}; rows are not copied and not changed. */
    public static GradientBoostedTrees train(double[][] x, boolean[] y, Params params) {
        Objects.requireNonNull(params, "params");
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row; were " + x.length
                    + " rows and " + y.length + " labels");
        }
        int n = x.length;
        int f = x[0].length;
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("need both classes to train, got " + positives + " positives of " + n);
        }
        double bias = Math.log((double) positives / (n - positives));
        double[][] cuts = new double[f][];
        byte[][] bin = new byte[f][n];
        for (int j = 0; j < f; j++) {
            cuts[j] = cuts(x, j, params.bins());
            for (int i = 0; i < n; i++) {
                bin[j][i] = (byte) binOf(cuts[j], x[i][j]);
            }
        }
        double[] margin = new double[n];
        Arrays.fill(margin, bias);
        double[] grad = new double[n];
        double[] hess = new double[n];
        List<Tree> trees = new ArrayList<>(params.trees());
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int round = 0; round < params.trees(); round++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-margin[i]));
                grad[i] = p - (y[i] ? 1 : 0);
                hess[i] = Math.max(p * (1 - p), 1e-16);
            }
            TreeGrower grower = new TreeGrower(bin, cuts, grad, hess, params);
            grower.grow(all, 0);
            Tree tree = grower.tree();
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                margin[i] += tree.margin(x[i]);
            }
        }
        return new GradientBoostedTrees(f, bias, trees);
    }

    /** Up to {@code bins − 1} distinct quantile thresholds of one feature; a value {@code <= cut[k]} goes left of split k. */
    private static double[] cuts(double[][] x, int j, int bins) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i][j];
        }
        Arrays.sort(v);
        double[] c = new double[bins - 1];
        int k = 0;
        for (int q = 1; q < bins; q++) {
            double t = v[(int) ((long) q * (v.length - 1) / bins)];
            if ((k == 0 || t > c[k - 1]) && t < v[v.length - 1]) {
                c[k++] = t;
            }
        }
        return Arrays.copyOf(c, k);
    }

    private static int binOf(double[] cuts, double value) {
        int at = Arrays.binarySearch(cuts, value);
        return at >= 0 ? at : -at - 1;
    }

    /** Grows one tree depth-first over the rows of a node; nodes are numbered in the order they are made. */
    private static final class TreeGrower {
        private final byte[][] bin;
        private final double[][] cuts;
        private final double[] grad;
        private final double[] hess;
        private final Params params;
        private final List<int[]> links = new ArrayList<>();
        private final List<Double> thresholds = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        TreeGrower(byte[][] bin, double[][] cuts, double[] grad, double[] hess, Params params) {
            this.bin = bin;
            this.cuts = cuts;
            this.grad = grad;
            this.hess = hess;
            this.params = params;
        }

        int grow(int[] rows, int depth) {
            double gSum = 0;
            double hSum = 0;
            for (int i : rows) {
                gSum += grad[i];
                hSum += hess[i];
            }
            int node = links.size();
            links.add(new int[] {-1, -1, -1});
            thresholds.add(0.0);
            values.add(-gSum / (hSum + params.lambda()) * params.learningRate());
            if (depth >= params.depth() || rows.length < 2) {
                return node;
            }
            double parent = gSum * gSum / (hSum + params.lambda());
            double bestGain = 1e-9;
            int bestFeature = -1;
            int bestBin = -1;
            for (int j = 0; j < cuts.length; j++) {
                int k = cuts[j].length;
                if (k == 0) {
                    continue;
                }
                double[] gh = new double[2 * (k + 1)];
                byte[] b = bin[j];
                for (int i : rows) {
                    int at = b[i] & 0xff;
                    gh[2 * at] += grad[i];
                    gh[2 * at + 1] += hess[i];
                }
                double gl = 0;
                double hl = 0;
                for (int s = 0; s < k; s++) {
                    gl += gh[2 * s];
                    hl += gh[2 * s + 1];
                    double gr = gSum - gl;
                    double hr = hSum - hl;
                    if (hl < params.minChildWeight() || hr < params.minChildWeight()) {
                        continue;
                    }
                    double gain = gl * gl / (hl + params.lambda()) + gr * gr / (hr + params.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = j;
                        bestBin = s;
                    }
                }
            }
            if (bestFeature < 0) {
                return node;
            }
            byte[] b = bin[bestFeature];
            int leftCount = 0;
            for (int i : rows) {
                leftCount += (b[i] & 0xff) <= bestBin ? 1 : 0;
            }
            int[] left = new int[leftCount];
            int[] right = new int[rows.length - leftCount];
            int l = 0;
            int r = 0;
            for (int i : rows) {
                if ((b[i] & 0xff) <= bestBin) {
                    left[l++] = i;
                } else {
                    right[r++] = i;
                }
            }
            links.get(node)[0] = bestFeature;
            thresholds.set(node, cuts[bestFeature][bestBin]);
            links.get(node)[1] = grow(left, depth + 1);
            links.get(node)[2] = grow(right, depth + 1);
            return node;
        }

        Tree tree() {
            int n = links.size();
            int[] feature = new int[n];
            double[] threshold = new double[n];
            int[] left = new int[n];
            int[] right = new int[n];
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                feature[i] = links.get(i)[0];
                left[i] = links.get(i)[1];
                right[i] = links.get(i)[2];
                threshold[i] = thresholds.get(i);
                value[i] = values.get(i);
            }
            return new Tree(feature, threshold, left, right, value);
        }
    }
}
