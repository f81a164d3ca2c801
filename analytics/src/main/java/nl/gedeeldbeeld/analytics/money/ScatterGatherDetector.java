package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scatter-gather: one account splits money over several intermediaries (mules) that each pass it on, soon
 * and almost whole, to one and the same account. The scatter-gather motif of IBM AMLSim (Altman et al.,
 * "Realistic synthetic financial transactions for anti-money laundering models", NeurIPS 2023), a
 * two-hop fan-out followed by a fan-in over the same intermediaries.
 *
 * <p>Rule: source {@code S} pays intermediary {@code v} an amount {@code a} (at least {@code minCents}), and
 * {@code v} pays sink {@code T ≠ S} an amount within {@code ± tolerance} of {@code a} no earlier and at most
 * {@code maxDwellTicks} later; at least {@code minIntermediaries} distinct {@code v} do so for the same
 * {@code (S, T)}, with the scatter payments within {@code windowTicks}. One finding per {@code (S, T)}.
 * Defaults: 4 intermediaries, dwell 5 ticks, tolerance 10%, window 10 ticks, any amount.
 */
public final class ScatterGatherDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_INTERMEDIARIES = 4;
    public static final int DEFAULT_MAX_DWELL_TICKS = 5;
    public static final double DEFAULT_TOLERANCE = 0.10;
    public static final int DEFAULT_WINDOW_TICKS = 10;

    private final int minIntermediaries;
    private final int maxDwellTicks;
    private final double tolerance;
    private final int windowTicks;
    private final long minCents;

    public ScatterGatherDetector() {
        this(DEFAULT_MIN_INTERMEDIARIES, DEFAULT_MAX_DWELL_TICKS, DEFAULT_TOLERANCE, DEFAULT_WINDOW_TICKS, 1);
    }

    public ScatterGatherDetector(int minIntermediaries, int maxDwellTicks, double tolerance, int windowTicks,
            long minCents) {
        if (minIntermediaries < 2) {
            throw new IllegalArgumentException("scatter-gather needs at least 2 intermediaries, was "
                    + minIntermediaries);
        }
        if (maxDwellTicks < 0 || windowTicks < 0 || !(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("scatter-gather dwell and window must be >= 0 and tolerance in [0, 1)");
        }
        this.minIntermediaries = minIntermediaries;
        this.maxDwellTicks = maxDwellTicks;
        this.tolerance = tolerance;
        this.windowTicks = windowTicks;
        this.minCents = Math.max(1, minCents);
    }

    @Override
    public Typology typology() {
        return Typology.SCATTER_GATHER;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "one account pays at least " + minIntermediaries + " intermediaries within " + windowTicks
                + " ticks that each pass on the amount (within " + Money.percent(tolerance) + ") to one same account"
                + " within " + maxDwellTicks + " ticks";
        List<Alert> alerts = new ArrayList<>();
        // (sink, scatter time, scatter tx, gather tx) of one source, packed for sorting by sink then time
        long[] legs = new long[64];
        int[] gather = new int[64];
        for (int s = 0; s < g.accountCount(); s++) {
            if (g.isCash(s) || g.outDegree(s) < minIntermediaries) {
                continue;
            }
            int k = 0;
            for (int p = g.outStart(s); p < g.outEnd(s); p++) {
                long a = g.outCents(p);
                int v = g.outPeer(p);
                if (a < minCents || v == s) {
                    continue;
                }
                long lo = (long) Math.ceil(a * (1 - tolerance));
                long hi = (long) Math.floor(a * (1 + tolerance));
                int t = g.outTime(p);
                for (int q = g.outFirstAtOrAfter(v, t); q < g.outEnd(v); q++) {
                    if (g.outTime(q) - t > maxDwellTicks) {
                        break;
                    }
                    int sink = g.outPeer(q);
                    long c = g.outCents(q);
                    if (c < lo || c > hi || sink == s || sink == v) {
                        continue;
                    }
                    int f = g.outTx(q);
                    if (k == legs.length) {
                        legs = Arrays.copyOf(legs, 2 * k);
                        gather = Arrays.copyOf(gather, 2 * k);
                    }
                    legs[k] = (long) sink << 32 | (long) (p - g.outStart(s));
                    gather[k] = f;
                    k++;
                }
            }
            if (k < minIntermediaries) {
                continue;
            }
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            final long[] keys = legs;
            Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            int i = 0;
            while (i < k) {
                int j = i;
                int sink = (int) (legs[order[i]] >>> 32);
                while (j < k && (int) (legs[order[j]] >>> 32) == sink) {
                    j++;
                }
                if (j - i >= minIntermediaries) {
                    group(g, s, sink, order, i, j, legs, gather, rule, alerts);
                }
                i = j;
            }
        }
        return alerts;
    }

    /** Within one (source, sink) group (sorted by scatter time) finds the window with most intermediaries. */
    private void group(TransactionGraph g, int s, int sink, Integer[] order, int from, int to, long[] legs,
            int[] gather, String rule, List<Alert> alerts) {
        int best = 0;
        int bestLeft = from;
        int bestRight = from;
        java.util.Map<Integer, Integer> inWindow = new java.util.HashMap<>();
        int left = from;
        for (int right = from; right < to; right++) {
            int e = scatter(g, s, legs[order[right]]);
            while (g.time(e) - g.time(scatter(g, s, legs[order[left]])) > windowTicks) {
                inWindow.merge(g.to(scatter(g, s, legs[order[left]])), -1, Integer::sum);
                inWindow.remove(g.to(scatter(g, s, legs[order[left]])), 0);
                left++;
            }
            inWindow.merge(g.to(e), 1, Integer::sum);
            if (inWindow.size() > best) {
                best = inWindow.size();
                bestLeft = left;
                bestRight = right + 1;
            }
        }
        if (best < minIntermediaries) {
            return;
        }
        Finding f = new Finding().account(s).account(sink);
        long scattered = 0;
        long gathered = 0;
        for (int i = bestLeft; i < bestRight; i++) {
            int e = scatter(g, s, legs[order[i]]);
            int back = gather[order[i]];
            f.transaction(g, e).transaction(g, back);
            scattered += g.cents(e);
            gathered += g.cents(back);
        }
        f.figure("intermediaries", best).figure("scatteredCents", scattered).figure("gatheredCents", gathered)
                .figure("gatheredRatio", (double) gathered / scattered).totals(g);
        alerts.add(f.toAlert(g, Typology.SCATTER_GATHER, rule));
    }

    private static int scatter(TransactionGraph g, int s, long leg) {
        return g.outTx(g.outStart(s) + (int) leg);
    }
}
