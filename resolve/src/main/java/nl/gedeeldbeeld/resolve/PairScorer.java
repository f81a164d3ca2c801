package nl.gedeeldbeeld.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted model plus the rule that a match needs evidence about the person: turns a comparison pattern
 * into a match probability. The probabilities of the patterns the model was fitted on are worked out once,
 * so scoring a pair is a map lookup; the map is never written after construction, so one scorer serves
 * many threads; Spark ships {@link #probabilities()} to its executors.
 */
public final class PairScorer {
    private final HashMap<Integer, Double> probability = new HashMap<>();
    private final HashMap<Integer, Double> weight = new HashMap<>();

    public PairScorer(FellegiSunter model, PatternCounts patterns) {
        for (int i = 0; i < patterns.distinct(); i++) {
            int p = patterns.pattern(i);
            int[] levels = ComparisonPattern.levels(p);
            weight.put(p, model.weight(levels));
            probability.put(p, personEvidence(levels) ? model.probability(levels) : 0.0);
        }
    }

    /** The match probability of a pattern the model was fitted on. */
    public double probability(int pattern) {
        Double p = probability.get(pattern);
        if (p == null) {
            throw new IllegalArgumentException("pattern " + pattern + " was not among the fitted pairs");
        }
        return p;
    }

    public double weight(int pattern) {
        Double w = weight.get(pattern);
        if (w == null) {
            throw new IllegalArgumentException("pattern " + pattern + " was not among the fitted pairs");
        }
        return w;
    }

    /** The probability per pattern, for shipping to where pairs are scored. */
    public Map<Integer, Double> probabilities() {
        return Map.copyOf(probability);
    }

    /**
     * Whether the pair agrees on something that belongs to the person rather than the place: the given name
     * at least roughly, the birth date at least closely, or an identifier. Without it a pair is never a
     * match, whatever its score. The features are not independent as the model assumes: people at one
     * address agree on street, number, postcode and town together, and their summed weight outweighed
     * different names and birth dates (households were most false matches on the synthetic world).
     */
    static boolean personEvidence(int[] levels) {
        List<Feature> features = ComparisonPattern.features();
        for (int f = 0; f < features.size(); f++) {
            int level = levels[f];
            boolean agrees = switch (features.get(f)) {
                case GIVEN_NAME, IDENTIFIER -> level >= 1;
                case BIRTH_DATE -> level >= 2;
                default -> false;
            };
            if (agrees) {
                return true;
            }
        }
        return false;
    }
}
