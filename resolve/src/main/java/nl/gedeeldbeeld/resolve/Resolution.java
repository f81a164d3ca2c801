package nl.gedeeldbeeld.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline over one list of records: block, compare each candidate pair feature by feature, fit the
 * Fellegi–Sunter model by EM, score every pair, and link the pairs at or above the match threshold into
 * identities.
 *
 * @param threshold match probability from which a pair is a match
 */
public record Resolution(List<PersonRecord> records, CandidatePairs candidates, FellegiSunter model,
                         List<ScoredPair> scored, List<List<Integer>> identities, double threshold) {

    /** A compared pair (indexes into the records), its comparison levels and its score. */
    public record ScoredPair(int left, int right, int[] levels, double weight, double probability) {
    }

    public static Resolution run(List<PersonRecord> records, List<BlockingKey> keys, int maxBlock, double threshold) {
        List<Feature> features = List.of(Feature.values());
        CandidatePairs candidates = CandidatePairs.of(records, keys, maxBlock);
        long[] pairs = candidates.pairs();
        int[][] vectors = new int[pairs.length][];
        for (int p = 0; p < pairs.length; p++) {
            PersonRecord a = records.get(CandidatePairs.left(pairs[p]));
            PersonRecord b = records.get(CandidatePairs.right(pairs[p]));
            int[] v = new int[features.size()];
            for (int f = 0; f < v.length; f++) {
                v[f] = features.get(f).compare(a, b);
            }
            vectors[p] = v;
        }
        FellegiSunter model = FellegiSunter.fit(features, vectors, 100);
        List<ScoredPair> scored = new ArrayList<>(pairs.length);
        Clusters clusters = new Clusters(records.size());
        for (int p = 0; p < pairs.length; p++) {
            double probability = personEvidence(features, vectors[p]) ? model.probability(vectors[p]) : 0;
            ScoredPair s = new ScoredPair(CandidatePairs.left(pairs[p]), CandidatePairs.right(pairs[p]), vectors[p],
                    model.weight(vectors[p]), probability);
            scored.add(s);
            if (probability >= threshold) {
                clusters.link(s.left(), s.right());
            }
        }
        return new Resolution(List.copyOf(records), candidates, model, scored, clusters.groups(), threshold);
    }

    public static final String MODEL = "model:fellegi-sunter";

    /**
     * Whether the pair agrees on something that belongs to the person rather than the place: the given name
     * at least roughly, the birth date at least closely, or an identifier. Without it a pair is never a
     * match, whatever its score. The features are not independent as the model assumes: people at one
     * address agree on street, number, postcode and town together, and their summed weight outweighed
     * different names and birth dates (households were most false matches on the synthetic world).
     */
    static boolean personEvidence(List<Feature> features, int[] levels) {
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

    /**
     * The model's judgements: MATCH from {@code upper} up, UNSURE (for review) from {@code lower} to
     * {@code upper}, nothing below (a pair the model rejects needs no record; it stays a non-link).
     */
    public List<Judgement> modelJudgements(double lower, double upper, Instant at) {
        List<Judgement> out = new ArrayList<>();
        for (ScoredPair s : scored) {
            if (s.probability() < lower) {
                continue;
            }
            Verdict verdict = s.probability() >= upper ? Verdict.MATCH : Verdict.UNSURE;
            out.add(Judgement.of(records.get(s.left()).id(), records.get(s.right()).id(), verdict, MODEL, false, at,
                    s.probability(), Optional.empty()));
        }
        return out;
    }

    /** The scored pairs at or above the threshold. */
    public List<ScoredPair> matches() {
        return scored.stream().filter(s -> s.probability() >= threshold).toList();
    }
}
