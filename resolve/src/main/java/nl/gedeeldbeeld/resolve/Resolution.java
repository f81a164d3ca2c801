package nl.gedeeldbeeld.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;

/**
 * The pipeline over one list of records: block, compare each candidate pair feature by feature, fit the
 * Fellegi–Sunter model by EM, score every pair, and link the pairs at or above the match threshold into
 * identities. A pair is kept as its comparison pattern only (four bytes); scores are looked up per pattern.
 */
public final class Resolution {
    public static final String MODEL = "model:fellegi-sunter";
    /** The EM iterations the model is fitted with; the Spark job fits with the same, so both get one model. */
    public static final int EM_ITERATIONS = 100;
    private static final int PROGRESS_STEP = 1 << 20;

    private final List<PersonRecord> records;
    private final CandidatePairs candidates;
    private final int[] patterns;
    private final PatternCounts patternCounts;
    private final FellegiSunter model;
    private final PairScorer scorer;
    private final List<List<Integer>> identities;
    private final double threshold;
    private final java.util.Optional<NameFrequencies> names;

    /** A compared pair (indexes into the records), its comparison levels and its score. */
    public record ScoredPair(int left, int right, int[] levels, double weight, double probability) {
    }

    private Resolution(List<PersonRecord> records, CandidatePairs candidates, int[] patterns, PatternCounts patternCounts,
                       FellegiSunter model, PairScorer scorer, List<List<Integer>> identities, double threshold,
                       java.util.Optional<NameFrequencies> names) {
        this.records = records;
        this.candidates = candidates;
        this.patterns = patterns;
        this.patternCounts = patternCounts;
        this.model = model;
        this.scorer = scorer;
        this.identities = identities;
        this.threshold = threshold;
        this.names = names;
    }

    /** @param threshold match probability from which a pair is a match */
    public static Resolution run(List<PersonRecord> records, List<BlockingKey> keys, int maxBlock, double threshold) {
        return run(records, keys, maxBlock, threshold, ResolutionProgress.NONE);
    }

    public static Resolution run(List<PersonRecord> records, List<BlockingKey> keys, int maxBlock, double threshold,
                                 ResolutionProgress progress) {
        List<PersonRecord> all = List.copyOf(records);
        progress.report("blocking", 0, all.size());
        CandidatePairs candidates = CandidatePairs.of(all, keys, maxBlock);
        progress.report("blocking", all.size(), all.size());
        return run(all, candidates, threshold, progress);
    }

    /** Runs on candidate pairs made beforehand (for instance narrowed with {@link CandidatePairs#within}). */
    public static Resolution run(List<PersonRecord> records, CandidatePairs candidates, double threshold,
                                 ResolutionProgress progress) {
        return run(records, candidates, threshold, progress, false);
    }

    /**
     * As {@link #run(List, CandidatePairs, double, ResolutionProgress)}; with {@code rareNames} a pair that
     * agrees exactly on the full name and has no birth date or identifier to compare is a match when the
     * name is rare among all the records ({@link NameFrequencies}), at the threshold's probability.
     */
    public static Resolution run(List<PersonRecord> records, CandidatePairs candidates, double threshold,
                                 ResolutionProgress progress, boolean rareNames) {
        List<PersonRecord> all = List.copyOf(records);
        java.util.Optional<NameFrequencies> names = rareNames ? java.util.Optional.of(new NameFrequencies(all))
                : java.util.Optional.empty();
        int[] patterns = compare(all, candidates, progress);
        PatternCounts counts = PatternCounts.of(patterns);
        progress.report("fitting", 0, 1);
        FellegiSunter model = FellegiSunter.fit(counts, EM_ITERATIONS);
        PairScorer scorer = new PairScorer(model, counts);
        progress.report("fitting", 1, 1);
        Clusters clusters = new Clusters(all.size());
        candidates.forEach((p, left, right) -> {
            if (probability(scorer, names, threshold, patterns[p], left, right) >= threshold) {
                clusters.link(left, right);
            }
        });
        List<List<Integer>> identities = clusters.groups();
        progress.report("clustering", candidates.size(), candidates.size());
        return new Resolution(all, candidates, patterns, counts, model, scorer, identities, threshold, names);
    }

    /** The model's probability, raised to the threshold for a name-only pair whose name is rare in the whole set. */
    private static double probability(PairScorer scorer, java.util.Optional<NameFrequencies> names, double threshold,
                                      int pattern, int left, int right) {
        double p = scorer.probability(pattern);
        if (p < threshold && names.isPresent() && namesOnly(pattern) && names.get().oneKnownPerson(left, right)) {
            return threshold;
        }
        return p;
    }

    /** Both names agree exactly and there is no birth date and no identifier to compare. */
    static boolean namesOnly(int pattern) {
        return ComparisonPattern.level(pattern, Feature.GIVEN_NAME) == 3 && ComparisonPattern.level(pattern, Feature.SURNAME) == 3
                && ComparisonPattern.level(pattern, Feature.BIRTH_DATE) == Feature.MISSING
                && ComparisonPattern.level(pattern, Feature.IDENTIFIER) == Feature.MISSING;
    }

    /** Every candidate pair's comparison pattern, compared on all cores (the comparisons dominate the run). */
    static int[] compare(List<PersonRecord> records, CandidatePairs pairs, ResolutionProgress progress) {
        int size = pairs.size();
        progress.report("comparing", 0, size);
        int[] patterns = new int[size];
        ComparisonPattern.Prepared prepared = new ComparisonPattern.Prepared(records);
        AtomicLong done = new AtomicLong();
        int chunks = (size + PROGRESS_STEP - 1) / PROGRESS_STEP;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int end = Math.min(size, (c + 1) * PROGRESS_STEP);
            pairs.forEach(c * PROGRESS_STEP, end, (p, left, right) -> patterns[p] = prepared.of(left, right));
            progress.report("comparing", done.addAndGet(end - c * PROGRESS_STEP), size);
        });
        return patterns;
    }

    public List<PersonRecord> records() {
        return records;
    }

    public CandidatePairs candidates() {
        return candidates;
    }

    public FellegiSunter model() {
        return model;
    }

    public PairScorer scorer() {
        return scorer;
    }

    public PatternCounts patternCounts() {
        return patternCounts;
    }

    /** The identities of two or more records, as record indexes, each in index order, ordered by first record. */
    public List<List<Integer>> identities() {
        return identities;
    }

    public double threshold() {
        return threshold;
    }

    /** The scored pairs at or above the threshold. */
    public List<ScoredPair> matches() {
        return atLeast(threshold);
    }

    /** The scored pairs with a match probability of at least {@code lower}, in pair order. */
    public List<ScoredPair> atLeast(double lower) {
        List<ScoredPair> out = new ArrayList<>();
        candidates.forEach((p, left, right) -> {
            double probability = probability(scorer, names, threshold, patterns[p], left, right);
            if (probability >= lower) {
                out.add(new ScoredPair(left, right, ComparisonPattern.levels(patterns[p]), scorer.weight(patterns[p]),
                        probability));
            }
        });
        return out;
    }

    /**
     * How each feature weighed in a pair's score, for the reviewer: "given name 3 +6.1; surname 3 +4.0;
     * birth date - …" (feature, level, log2(m/u)); a missing value is shown as "-" and weighs nothing.
     */
    public String explanation(int[] levels) {
        StringBuilder out = new StringBuilder();
        for (FellegiSunter.Contribution c : model.explain(levels)) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(c.feature().label()).append(' ');
            if (c.level() == Feature.MISSING) {
                out.append('-');
            } else {
                out.append(c.level()).append(' ').append(String.format(java.util.Locale.ROOT, "%+.1f", c.weight()));
            }
        }
        return out.toString();
    }

    /**
     * The model's judgements: MATCH from {@code upper} up, UNSURE (for review) from {@code lower} to
     * {@code upper}, nothing below (a pair the model rejects needs no record; it stays a non-link).
     */
    public List<Judgement> modelJudgements(double lower, double upper, Instant at) {
        List<Judgement> out = new ArrayList<>();
        for (ScoredPair s : atLeast(lower)) {
            Verdict verdict = s.probability() >= upper ? Verdict.MATCH : Verdict.UNSURE;
            out.add(Judgement.of(records.get(s.left()).id(), records.get(s.right()).id(), verdict, MODEL, false, at,
                    s.probability(), Optional.of(explanation(s.levels()))));
        }
        return out;
    }
}
