package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The Fellegi–Sunter model: for each feature and level, m = P(level | match) and u = P(level | non-match),
 * and a prior P(match); a pair's match weight is the sum over its features of log2(m/u) and its match
 * probability follows from the prior. m, u and the prior are estimated without labels by EM over the
 * candidate pairs (Winkler 1988), so the model fits each data set's own error rates. A missing value
 * contributes nothing.
 */
public final class FellegiSunter {
    private static final double FLOOR = 1e-6;

    private final List<? extends Comparison> features;
    private final double[][] m;
    private final double[][] u;
    private double prior;
    private int iterations;

    private FellegiSunter(List<? extends Comparison> features) {
        this.features = List.copyOf(features);
        this.m = new double[features.size()][];
        this.u = new double[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            int levels = features.get(f).levels();
            m[f] = new double[levels];
            u[f] = new double[levels];
            // Start: matches mostly agree fully, non-matches mostly disagree; EM moves from there.
            for (int l = 0; l < levels; l++) {
                m[f][l] = l == levels - 1 ? 0.9 : 0.1 / (levels - 1);
                u[f][l] = l == 0 ? 0.9 : 0.1 / (levels - 1);
            }
        }
        this.prior = 0.1;
    }

    /**
     * Fits m, u and the prior to the candidate pairs' comparison patterns. EM runs over the distinct
     * patterns weighted by their counts: the same sums as over every pair, at a cost independent of the
     * number of pairs.
     */
    public static FellegiSunter fit(PatternCounts counts, int maxIterations) {
        return fit(ComparisonPattern.features(), counts, maxIterations);
    }

    /** Fits the model of another record kind, whose patterns pack these comparisons in this order. */
    public static FellegiSunter fit(List<? extends Comparison> comparisons, PatternCounts counts, int maxIterations) {
        FellegiSunter model = new FellegiSunter(comparisons);
        model.em(counts, maxIterations);
        return model;
    }

    private void em(PatternCounts counts, int maxIterations) {
        int fs = features.size();
        int n = counts.distinct();
        int[][] vectors = new int[n][];
        for (int i = 0; i < n; i++) {
            vectors[i] = ComparisonPattern.levels(counts.pattern(i), fs);
        }
        double total = counts.total();
        for (iterations = 0; iterations < maxIterations; iterations++) {
            double sum = 0;
            double[][] mCount = new double[fs][];
            double[][] uCount = new double[fs][];
            for (int f = 0; f < fs; f++) {
                mCount[f] = new double[m[f].length];
                uCount[f] = new double[u[f].length];
            }
            for (int i = 0; i < n; i++) {
                double c = counts.count(i);
                double g = probability(vectors[i]);
                sum += c * g;
                for (int f = 0; f < fs; f++) {
                    int level = vectors[i][f];
                    if (level != Feature.MISSING) {
                        mCount[f][level] += c * g;
                        uCount[f][level] += c * (1 - g);
                    }
                }
            }
            double change = total == 0 ? 0 : Math.abs(prior - sum / total);
            prior = total == 0 ? prior : clamp(sum / total);
            for (int f = 0; f < fs; f++) {
                double[] before = m[f].clone();
                normaliseInto(mCount[f], m[f]);
                change = Math.max(change, normaliseInto(uCount[f], u[f]));
                monotone(m[f], u[f]);
                for (int l = 0; l < before.length; l++) {
                    change = Math.max(change, Math.abs(m[f][l] - before[l]));
                }
            }
            if (change < 1e-6) {
                iterations++;
                break;
            }
        }
    }

    /**
     * Closer agreement must never be weaker evidence of a match: m/u non-decreasing over the levels. Without
     * this, EM on person records happily learns a different "match" class — people at one address (same
     * street, number and postcode, different names and birth dates) — and then counts name agreement
     * against a match. Adjacent levels that violate the order are pooled (pool-adjacent-violators on the
     * ratio, weighted by u), which keeps m summing to one.
     */
    static void monotone(double[] m, double[] u) {
        int n = m.length;
        double[] blockM = new double[n];
        double[] blockU = new double[n];
        int[] blockStart = new int[n];
        int blocks = 0;
        for (int l = 0; l < n; l++) {
            blockM[blocks] = m[l];
            blockU[blocks] = u[l];
            blockStart[blocks] = l;
            blocks++;
            while (blocks > 1 && blockM[blocks - 2] / blockU[blocks - 2] > blockM[blocks - 1] / blockU[blocks - 1]) {
                blockM[blocks - 2] += blockM[blocks - 1];
                blockU[blocks - 2] += blockU[blocks - 1];
                blocks--;
            }
        }
        for (int b = 0; b < blocks; b++) {
            int end = b + 1 < blocks ? blockStart[b + 1] : n;
            double ratio = blockM[b] / blockU[b];
            for (int l = blockStart[b]; l < end; l++) {
                m[l] = Math.max(FLOOR, u[l] * ratio);
            }
        }
    }

    /** Writes counts / total into target (floored, so no level is impossible); returns the largest change. */
    private static double normaliseInto(double[] counts, double[] target) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double change = 0;
        for (int l = 0; l < counts.length; l++) {
            double value = total == 0 ? target[l] : Math.max(FLOOR, counts[l] / total);
            change = Math.max(change, Math.abs(value - target[l]));
            target[l] = value;
        }
        return change;
    }

    private static double clamp(double p) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, p));
    }

    /** Sum of log2(m/u) over the features with a value: positive is evidence for a match. */
    public double weight(int[] vector) {
        double w = 0;
        for (int f = 0; f < features.size(); f++) {
            int level = vector[f];
            if (level != Feature.MISSING) {
                w += log2(m[f][level] / u[f][level]);
            }
        }
        return w;
    }

    public double weight(int pattern) {
        return weight(ComparisonPattern.levels(pattern, features.size()));
    }

    /** P(match | comparison vector). */
    public double probability(int[] vector) {
        double logOdds = weight(vector) + log2(prior / (1 - prior));
        return 1 / (1 + Math.pow(2, -logOdds));
    }

    /** How much each feature added to the weight, in feature order; missing values add nothing. */
    public List<Contribution> explain(int[] vector) {
        List<Contribution> out = new ArrayList<>(features.size());
        for (int f = 0; f < features.size(); f++) {
            int level = vector[f];
            double w = level == Feature.MISSING ? 0 : log2(m[f][level] / u[f][level]);
            out.add(new Contribution(features.get(f), level, w));
        }
        return out;
    }

    /** One feature's part in a score: its level and log2(m/u) at that level. */
    public record Contribution(Comparison feature, int level, double weight) {
    }

    public double prior() {
        return prior;
    }

    public int iterations() {
        return iterations;
    }

    public double m(Comparison feature, int level) {
        return m[features.indexOf(feature)][level];
    }

    public double u(Comparison feature, int level) {
        return u[features.indexOf(feature)][level];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
