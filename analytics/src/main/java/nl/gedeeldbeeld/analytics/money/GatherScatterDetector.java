package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/**
 * Gather-scatter: a hub collects money from several accounts and soon pays most of it on to several
 * others (a collection account that is also a distribution account). The gather-scatter motif of IBM AMLSim
 * (Altman et al., NeurIPS 2023): a fan-in followed by a fan-out through the same account; FIU-NL:
 * "veel tegenrekeningen in korte tijd".
 *
 * <p>Rule: within one window of {@code windowTicks} that starts at a receipt, an account (not a cash node)
 * receives from at least {@code minSources} distinct accounts and pays at least {@code minTargets} distinct
 * accounts, and pays out between {@code minRatio} and {@code maxRatio} of what it received in the window.
 * One finding per account: its window with the most counterparties. Defaults: 5 payers, 4 payees,
 * 15 ticks, ratio 0.8–1.1.
 */
public final class GatherScatterDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_SOURCES = 5;
    public static final int DEFAULT_MIN_TARGETS = 4;
    public static final int DEFAULT_WINDOW_TICKS = 15;
    public static final double DEFAULT_MIN_RATIO = 0.8;
    public static final double DEFAULT_MAX_RATIO = 1.1;

    private final int minSources;
    private final int minTargets;
    private final int windowTicks;
    private final double minRatio;
    private final double maxRatio;

    public GatherScatterDetector() {
        this(DEFAULT_MIN_SOURCES, DEFAULT_MIN_TARGETS, DEFAULT_WINDOW_TICKS, DEFAULT_MIN_RATIO, DEFAULT_MAX_RATIO);
    }

    public GatherScatterDetector(int minSources, int minTargets, int windowTicks, double minRatio,
            double maxRatio) {
        if (minSources < 2 || minTargets < 2) {
            throw new IllegalArgumentException("gather-scatter needs at least 2 payers and 2 payees, were "
                    + minSources + " and " + minTargets);
        }
        if (windowTicks < 0 || !(minRatio >= 0 && maxRatio >= minRatio)) {
            throw new IllegalArgumentException("gather-scatter window must be >= 0 and 0 <= minRatio <= maxRatio");
        }
        this.minSources = minSources;
        this.minTargets = minTargets;
        this.windowTicks = windowTicks;
        this.minRatio = minRatio;
        this.maxRatio = maxRatio;
    }

    @Override
    public Typology typology() {
        return Typology.GATHER_SCATTER;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "one account receives from at least " + minSources + " accounts and pays at least "
                + minTargets + " accounts within " + windowTicks + " ticks, paying out "
                + Money.percent(minRatio) + "-" + Money.percent(maxRatio) + " of what came in";
        List<Alert> alerts = new ArrayList<>();
        int[] seenIn = new int[g.accountCount()];
        int[] seenOut = new int[g.accountCount()];
        for (int h = 0; h < g.accountCount(); h++) {
            if (g.isCash(h) || g.inDegree(h) < minSources || g.outDegree(h) < minTargets) {
                continue;
            }
            int inLeft = g.inStart(h);
            int inRight = inLeft;
            int outLeft = g.outStart(h);
            int outRight = outLeft;
            int distinctIn = 0;
            int distinctOut = 0;
            long inSum = 0;
            long outSum = 0;
            int best = 0;
            int[] window = null;
            for (int i = g.inStart(h); i < g.inEnd(h); i++) {
                int t0 = g.inTime(i);
                while (inLeft < i) {
                    inSum -= g.inCents(inLeft);
                    if (--seenIn[g.inPeer(inLeft++)] == 0) {
                        distinctIn--;
                    }
                }
                while (inRight < g.inEnd(h) && g.inTime(inRight) - t0 <= windowTicks) {
                    inSum += g.inCents(inRight);
                    if (seenIn[g.inPeer(inRight++)]++ == 0) {
                        distinctIn++;
                    }
                }
                while (outLeft < g.outEnd(h) && g.outTime(outLeft) < t0) {
                    if (outLeft < outRight) {
                        outSum -= g.outCents(outLeft);
                        if (--seenOut[g.outPeer(outLeft)] == 0) {
                            distinctOut--;
                        }
                    } else {
                        outRight++;
                    }
                    outLeft++;
                }
                while (outRight < g.outEnd(h) && g.outTime(outRight) - t0 <= windowTicks) {
                    outSum += g.outCents(outRight);
                    if (seenOut[g.outPeer(outRight++)]++ == 0) {
                        distinctOut++;
                    }
                }
                double ratio = (double) outSum / inSum;
                if (distinctIn >= minSources && distinctOut >= minTargets && ratio >= minRatio
                        && ratio <= maxRatio && distinctIn + distinctOut > best) {
                    best = distinctIn + distinctOut;
                    window = new int[] {i, inRight, outLeft, outRight, distinctIn, distinctOut};
                }
            }
            for (int p = inLeft; p < inRight; p++) {
                seenIn[g.inPeer(p)] = 0;
            }
            for (int p = outLeft; p < outRight; p++) {
                seenOut[g.outPeer(p)] = 0;
            }
            if (window != null) {
                Finding f = new Finding().account(h);
                long in = 0;
                long out = 0;
                for (int p = window[0]; p < window[1]; p++) {
                    f.transaction(g, g.inTx(p));
                    in += g.cents(g.inTx(p));
                }
                for (int p = window[2]; p < window[3]; p++) {
                    f.transaction(g, g.outTx(p));
                    out += g.cents(g.outTx(p));
                }
                f.figure("payers", window[4]).figure("payees", window[5]).figure("inCents", in)
                        .figure("outCents", out).figure("outRatio", (double) out / in).totals(g);
                alerts.add(f.toAlert(g, Typology.GATHER_SCATTER, rule));
            }
        }
        return alerts;
    }
}
