package nl.gedeeldbeeld.bench;

import java.util.Locale;
import java.util.Set;

/** Precision, recall and F1 of a predicted set against a true set. */
record Quality(int truePositives, int falsePositives, int falseNegatives) {
    static <T> Quality of(Set<T> predicted, Set<T> truth) {
        int tp = 0;
        for (T p : predicted) {
            if (truth.contains(p)) {
                tp++;
            }
        }
        return new Quality(tp, predicted.size() - tp, truth.size() - tp);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row() {
        return String.format(Locale.ROOT, "%5d %5d %5d  P %.3f  R %.3f  F1 %.3f", truePositives, falsePositives,
                falseNegatives, precision(), recall(), f1());
    }
}
