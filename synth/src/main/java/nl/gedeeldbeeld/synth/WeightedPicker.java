package nl.gedeeldbeeld.synth;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Picks an index with probability proportional to its weight, in O(log n). */
final class WeightedPicker {
    private final double[] cumulative;

    WeightedPicker(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights to pick from");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Weights that fall off with rank, as name frequencies do. */
    static WeightedPicker zipf(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / (i + 4);
        }
        return new WeightedPicker(w);
    }

    int pick(RandomGenerator rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return i >= 0 ? Math.min(i + 1, cumulative.length - 1) : -i - 1;
    }
}
