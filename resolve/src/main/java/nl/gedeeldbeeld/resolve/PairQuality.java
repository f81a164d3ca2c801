package nl.gedeeldbeeld.resolve;

import java.util.Set;

/**
 * Precision, recall and F1 of predicted record pairs against true ones, pairs written as
 * {@code "a|b"} with {@code a < b}.
 */
public record PairQuality(long truePositives, long falsePositives, long falseNegatives) {

    public static PairQuality of(Set<String> predicted, Set<String> truth) {
        long tp = predicted.stream().filter(truth::contains).count();
        return new PairQuality(tp, predicted.size() - tp, truth.size() - tp);
    }

    public static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
