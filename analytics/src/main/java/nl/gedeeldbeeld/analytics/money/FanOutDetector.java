package nl.gedeeldbeeld.analytics.money;

import java.util.List;

/**
 * Fan-out: one account pays many different accounts within a short time (distribution to mules or to
 * foreign "suppliers"). The mirror image of {@link FanInDetector}; the fan-out motif of IBM AMLSim
 * (Altman et al., NeurIPS 2023).
 *
 * <p>Rule: an account (not a cash node) pays transactions of at least {@code minCents} to at least
 * {@code minTargets} distinct accounts within {@code windowTicks}. One finding per account. Defaults:
 * 5 payees, 10 ticks, any amount.
 */
public final class FanOutDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_TARGETS = 5;
    public static final int DEFAULT_WINDOW_TICKS = 10;

    private final int minTargets;
    private final int windowTicks;
    private final long minCents;

    public FanOutDetector() {
        this(DEFAULT_MIN_TARGETS, DEFAULT_WINDOW_TICKS, 1);
    }

    public FanOutDetector(int minTargets, int windowTicks, long minCents) {
        if (minTargets < 2) {
            throw new IllegalArgumentException("fan-out needs at least 2 payees, was " + minTargets);
        }
        if (windowTicks < 0) {
            throw new IllegalArgumentException("fan-out window must not be negative, was " + windowTicks);
        }
        this.minTargets = minTargets;
        this.windowTicks = windowTicks;
        this.minCents = minCents;
    }

    @Override
    public Typology typology() {
        return Typology.FAN_OUT;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        return Fans.detect(g, false, minTargets, windowTicks, minCents, Typology.FAN_OUT,
                "one account pays at least " + minTargets + " distinct accounts within " + windowTicks + " ticks");
    }
}
