package nl.gedeeldbeeld.analytics.money;

import java.util.List;

/**
 * Fan-in: many different accounts pay one account within a short time (collection through money mules,
 * "smurfing" into a collector account). Implements the fan-in motif of Weber et al. / IBM AMLSim
 * (Suzumura &amp; Kanezashi 2021; Altman et al., "Realistic synthetic financial transactions for
 * anti-money laundering models", NeurIPS 2023) and FIU-NL's indicator "veel tegenrekeningen in korte tijd"
 * (many counter-accounts in a short time).
 *
 * <p>Rule: an account (not a cash node) receives transactions of at least {@code minCents} from at least
 * {@code minSources} distinct accounts within {@code windowTicks}. One finding per account: its window with
 * the most distinct payers. Defaults: 5 payers, 10 ticks, any amount.
 */
public final class FanInDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_SOURCES = 5;
    public static final int DEFAULT_WINDOW_TICKS = 10;

    private final int minSources;
    private final int windowTicks;
    private final long minCents;

    public FanInDetector() {
        this(DEFAULT_MIN_SOURCES, DEFAULT_WINDOW_TICKS, 1);
    }

    public FanInDetector(int minSources, int windowTicks, long minCents) {
        if (minSources < 2) {
            throw new IllegalArgumentException("fan-in needs at least 2 payers, was " + minSources);
        }
        if (windowTicks < 0) {
            throw new IllegalArgumentException("fan-in window must not be negative, was " + windowTicks);
        }
        this.minSources = minSources;
        this.windowTicks = windowTicks;
        this.minCents = minCents;
    }

    @Override
    public Typology typology() {
        return Typology.FAN_IN;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        return Fans.detect(g, true, minSources, windowTicks, minCents, Typology.FAN_IN,
                "at least " + minSources + " distinct accounts pay one account within " + windowTicks + " ticks");
    }
}
