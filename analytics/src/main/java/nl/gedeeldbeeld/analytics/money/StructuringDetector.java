package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/**
 * Structuring ("smurfing"): several cash deposits onto one account, each just below a reporting threshold,
 * within a short time, so no single deposit is reported. The Wwft's objective indicator obliges a report of
 * cash transactions of €10,000 or more (Uitvoeringsbesluit Wwft 2018, bijlage: "contante transacties van
 * € 10.000 of meer"); FIU-NL names deposits kept just under it as a subjective indicator ("contante
 * stortingen net onder 10.000 euro"); FATF, "Money Laundering Using Cash" (2015), describes the pattern.
 *
 * <p>Rule: an account (not a cash node) receives at least {@code minCount} deposits with amounts in
 * {@code [threshold × (1 − margin), threshold)} within {@code windowTicks}. By default only cash deposits
 * count; with {@code includeTransfers} transfers count too. One finding per account holding every such
 * deposit that lies in a qualifying window. Defaults: threshold €10,000, margin 10% (so €9,000–9,999.99),
 * 3 deposits, 30 ticks, cash only.
 */
public final class StructuringDetector implements TypologyDetector {
    public static final long DEFAULT_THRESHOLD_CENTS = 1_000_000;
    public static final double DEFAULT_MARGIN = 0.10;
    public static final int DEFAULT_MIN_COUNT = 3;
    public static final int DEFAULT_WINDOW_TICKS = 30;

    private final long thresholdCents;
    private final long lowCents;
    private final int minCount;
    private final int windowTicks;
    private final boolean includeTransfers;

    public StructuringDetector() {
        this(DEFAULT_THRESHOLD_CENTS, DEFAULT_MARGIN, DEFAULT_MIN_COUNT, DEFAULT_WINDOW_TICKS, false);
    }

    public StructuringDetector(long thresholdCents, double margin, int minCount, int windowTicks,
            boolean includeTransfers) {
        if (thresholdCents <= 0) {
            throw new IllegalArgumentException("structuring threshold must be positive, was " + thresholdCents);
        }
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("structuring margin must lie between 0 and 1, was " + margin);
        }
        if (minCount < 2) {
            throw new IllegalArgumentException("structuring needs at least 2 deposits, was " + minCount);
        }
        if (windowTicks < 0) {
            throw new IllegalArgumentException("structuring window must not be negative, was " + windowTicks);
        }
        this.thresholdCents = thresholdCents;
        this.lowCents = Math.round(thresholdCents * (1 - margin));
        this.minCount = minCount;
        this.windowTicks = windowTicks;
        this.includeTransfers = includeTransfers;
    }

    @Override
    public Typology typology() {
        return Typology.STRUCTURING;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "at least " + minCount + (includeTransfers ? " deposits or transfers" : " cash deposits")
                + " between " + Money.euros(lowCents) + " and " + Money.euros(thresholdCents)
                + " (just below the reporting threshold) onto one account within " + windowTicks + " ticks";
        List<Alert> alerts = new ArrayList<>();
        int[] near = new int[64];
        for (int v = 0; v < g.accountCount(); v++) {
            if (g.isCash(v) || g.inDegree(v) < minCount) {
                continue;
            }
            int k = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                long c = g.inCents(p);
                if (c < lowCents || c >= thresholdCents) {
                    continue;
                }
                int tx = g.inTx(p);
                if (includeTransfers || g.isCashDeposit(tx)) {
                    if (k == near.length) {
                        near = java.util.Arrays.copyOf(near, 2 * k);
                    }
                    near[k++] = tx;
                }
            }
            if (k < minCount) {
                continue;
            }
            Finding f = null;
            int marked = 0;
            int most = 0;
            int left = 0;
            for (int right = 0; right < k; right++) {
                while (g.time(near[right]) - g.time(near[left]) > windowTicks) {
                    left++;
                }
                int count = right - left + 1;
                most = Math.max(most, count);
                if (count >= minCount) {
                    if (f == null) {
                        f = new Finding().account(v);
                    }
                    for (int i = Math.max(left, marked); i <= right; i++) {
                        f.transaction(g, near[i]);
                    }
                    marked = right + 1;
                }
            }
            if (f != null) {
                f.figure("mostInOneWindow", most).figure("thresholdCents", thresholdCents).totals(g);
                alerts.add(f.toAlert(g, Typology.STRUCTURING, rule));
            }
        }
        return alerts;
    }
}
