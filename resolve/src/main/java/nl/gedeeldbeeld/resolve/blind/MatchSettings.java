package nl.gedeeldbeeld.resolve.blind;

/**
 * How the platform matches: the Dice threshold of a similarity hit, and the Hamming-LSH candidate
 * generation ({@link HammingLsh}); {@code lshTables = 0} compares every pair instead, which is what the
 * benchmark measures LSH against.
 *
 * @param threshold     Dice from which two filters are a hit (an agreeing identifier hash is a hit whatever the Dice)
 * @param lshTables     number of hash tables, each keyed on its own sample of bit positions
 * @param lshBitsPerKey bit positions per table key (at most 32)
 * @param maxBucket     buckets with more records on a side are skipped and counted, as blocking does with huge blocks
 */
public record MatchSettings(double threshold, int lshTables, int lshBitsPerKey, int maxBucket) {
    public MatchSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
        if (lshTables < 0 || lshBitsPerKey < 1 || lshBitsPerKey > 32 || maxBucket < 2) {
            throw new IllegalArgumentException("lshTables >= 0, 1 <= lshBitsPerKey <= 32 and maxBucket >= 2 are required");
        }
    }

    /**
     * The measured defaults for a scheme: Dice 0.85 for plain filters and 0.88 for balanced ones (the same
     * pair scores a little higher balanced, see {@link Hardening}), the thresholds from which precision on
     * the synthetic world reached 0.98 while Febrl's F1 stayed within 0.005 of its best; a false hit sends a
     * partner asking about an innocent namesake, so precision is worth a little recall. 64 tables of 16 bits,
     * which found every hit that comparing every pair found, but one in 6,300 (Febrl dataset3, plain).
     */
    public static MatchSettings defaults(EncodingScheme scheme) {
        return new MatchSettings(defaultThreshold(scheme), 64, 16, 1000);
    }

    public static double defaultThreshold(EncodingScheme scheme) {
        return scheme.hardening() == Hardening.BALANCED ? 0.88 : 0.85;
    }

    /**
     * The Dice from which a pair whose identifiers are one typing error apart ({@link Encoding#nearHashes()})
     * is a hit. A BSN's eleven-test rejects every changed digit and every swap of neighbours, so two valid BSNs
     * one error apart are one person's number mistyped; other identifiers carry no such check, so the filter
     * must still agree on most of the person. 0.70 chosen on Febrl dataset1 and dataset2 (0.60 let false hits
     * in on dataset2; dataset3 held out), see docs/benchmarks.md.
     */
    public static double nearThreshold(double threshold) {
        return Math.min(threshold, NEAR_IDENTIFIER_DICE);
    }

    static final double NEAR_IDENTIFIER_DICE = 0.70;

    public double nearThreshold() {
        return nearThreshold(threshold);
    }

    public MatchSettings withThreshold(double t) {
        return new MatchSettings(t, lshTables, lshBitsPerKey, maxBucket);
    }

    /** Every pair compared: exact, quadratic; for measuring what LSH misses. */
    public MatchSettings exhaustive() {
        return new MatchSettings(threshold, 0, lshBitsPerKey, maxBucket);
    }
}
