package nl.gedeeldbeeld.analytics.ownership;

/**
 * Settings of the UBO search.
 *
 * @param threshold a person is UBO above this share (strictly more; 0.25 under the Wwft and the
 *                  Handelsregisterbesluit: "meer dan 25%")
 * @param maxRounds the most steps the upward walk takes; only a ring of companies owning each other
 *                  entirely, with no outside owner, needs them all
 * @param tolerance the walk stops when less than this part of the company is still on its way up
 * @param maxChains the most chains shown per owner (largest first)
 * @param chainSearchSteps the most steps spent enumerating chains for one company's explanation
 */
public record UboRules(double threshold, int maxRounds, double tolerance, int maxChains, int chainSearchSteps) {
    /** More than 25%, as the Dutch UBO register asks. */
    public static final double WWFT_THRESHOLD = 0.25;

    public UboRules {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie within 0..1 (exclusive of 1), was " + threshold);
        }
        if (maxRounds < 1 || maxChains < 1 || chainSearchSteps < 1) {
            throw new IllegalArgumentException("maxRounds, maxChains and chainSearchSteps must be positive");
        }
        if (!(tolerance > 0 && tolerance < 0.01)) {
            throw new IllegalArgumentException("tolerance must lie within 0..0.01, was " + tolerance);
        }
    }

    public static UboRules standard() {
        return new UboRules(WWFT_THRESHOLD, 10_000, 1e-12, 10, 100_000);
    }

    public UboRules withThreshold(double newThreshold) {
        return new UboRules(newThreshold, maxRounds, tolerance, maxChains, chainSearchSteps);
    }
}
