package nl.gedeeldbeeld.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    /** Every pair within each group ({@link #key}): the pairs a set of identities claims. */
    public static Set<String> pairsWithin(Collection<? extends List<String>> groups) {
        Set<String> pairs = new HashSet<>();
        for (List<String> group : groups) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    pairs.add(key(group.get(a), group.get(b)));
                }
            }
        }
        return pairs;
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
