package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/**
 * Layering chain: money hops through a row of accounts (often alternating domestic and foreign companies),
 * each passing on almost all it received within days, to put distance between the money and its origin.
 * The "layering" stage of the three-stage model (placement, layering, integration; FATF) as the temporal
 * path motif of IBM AMLSim's "stack"/bipartite chains (Altman et al., NeurIPS 2023) and of Kumar &amp;
 * Calders' temporal paths (VLDB 2018); FIU-NL: "buitenlandse overboekingen zonder economisch doel".
 *
 * <p>Rule: transactions {@code e1..ek}, {@code k ≥ minHops}, each leaving the account the one before reached,
 * at the same tick or at most {@code maxDwellTicks} later, with an amount between {@code (1 − maxDecay)} and
 * 1 times the amount before (it only shrinks, and only slightly), all amounts at least {@code minCents}, no
 * transaction twice. An account may come back in the chain: chains pass through the same front company
 * more than once (company, foreign account, the same company again; a first version that demanded distinct
 * accounts missed 2 of the 14 planted chains of the medium world for that reason), and money bounced back and
 * forth between two accounts with a little skimmed each time is layering too; a chain that only returns to
 * its start is a cycle, and the scan reports it as one. Searched depth-first (longest chain up to {@code maxHops}) from chain heads only: a
 * transaction that some earlier one could precede under the rule is not a head. Defaults: 4 hops (search
 * up to 12), dwell 3 ticks, decay 5% a hop, €1,000.
 */
public final class LayeringChainDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_HOPS = 4;
    public static final int DEFAULT_MAX_HOPS = 12;
    public static final int DEFAULT_MAX_DWELL_TICKS = 3;
    public static final double DEFAULT_MAX_DECAY = 0.05;
    public static final long DEFAULT_MIN_CENTS = 100_000;
    static final int STEP_BUDGET = 100_000;

    private final int minHops;
    private final int maxHops;
    private final int maxDwellTicks;
    private final double maxDecay;
    private final long minCents;

    public LayeringChainDetector() {
        this(DEFAULT_MIN_HOPS, DEFAULT_MAX_HOPS, DEFAULT_MAX_DWELL_TICKS, DEFAULT_MAX_DECAY, DEFAULT_MIN_CENTS);
    }

    public LayeringChainDetector(int minHops, int maxHops, int maxDwellTicks, double maxDecay, long minCents) {
        if (minHops < 2 || maxHops < minHops) {
            throw new IllegalArgumentException("layering chain hops must satisfy 2 <= min <= max, were " + minHops
                    + ".." + maxHops);
        }
        if (maxDwellTicks < 0 || !(maxDecay >= 0 && maxDecay < 1)) {
            throw new IllegalArgumentException("layering chain dwell must be >= 0 and decay in [0, 1)");
        }
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.maxDwellTicks = maxDwellTicks;
        this.maxDecay = maxDecay;
        this.minCents = Math.max(1, minCents);
    }

    @Override
    public Typology typology() {
        return Typology.LAYERING_CHAIN;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "money passes along at least " + minHops + " hops, each account passing on "
                + Money.percent(1 - maxDecay) + "-100% of what it received within " + maxDwellTicks
                + " ticks, from " + Money.euros(minCents);
        List<Alert> alerts = new ArrayList<>();
        int[] path = new int[maxHops];
        int[] best = new int[maxHops];
        int[] budget = new int[1];
        for (int e = 0; e < g.transactionCount(); e++) {
            if (g.cents(e) < minCents || g.isCash(g.from(e)) || g.from(e) == g.to(e) || hasPredecessor(g, e)) {
                continue;
            }
            path[0] = e;
            budget[0] = STEP_BUDGET;
            int hops = longest(g, path, 1, best, 1, budget);
            if (hops >= minHops) {
                Finding f = new Finding();
                for (int i = 0; i < hops; i++) {
                    f.transaction(g, best[i]);
                }
                f.figure("hops", hops)
                        .figure("firstCents", g.cents(best[0]))
                        .figure("lastCents", g.cents(best[hops - 1]))
                        .figure("keptRatio", (double) g.cents(best[hops - 1]) / g.cents(best[0]))
                        .totals(g);
                alerts.add(f.toAlert(g, Typology.LAYERING_CHAIN, rule));
            }
        }
        return alerts;
    }

    /** True when a transaction into e's payer could be the hop before e. */
    private boolean hasPredecessor(TransactionGraph g, int e) {
        int v = g.from(e);
        int t = g.time(e);
        long a = g.cents(e);
        for (int p = g.inFirstAtOrAfter(v, t - maxDwellTicks); p < g.inEnd(v); p++) {
            if (g.inTime(p) > t) {
                break;
            }
            long c = g.inCents(p);
            if (c >= minCents && follows(c, a) && g.inPeer(p) != g.to(e) && g.inTx(p) != e) {
                return true;
            }
        }
        return false;
    }

    private boolean follows(long before, long after) {
        return after <= before && after >= before * (1 - maxDecay);
    }

    /** Depth-first search for the longest chain; returns its length (best holds it). */
    private int longest(TransactionGraph g, int[] path, int length, int[] best, int bestLength, int[] budget) {
        if (length > bestLength) {
            System.arraycopy(path, 0, best, 0, length);
            bestLength = length;
        }
        if (length == maxHops) {
            return bestLength;
        }
        int last = path[length - 1];
        int at = g.to(last);
        int t = g.time(last);
        long a = g.cents(last);
        for (int p = g.outFirstAtOrAfter(at, t); p < g.outEnd(at); p++) {
            if (g.outTime(p) - t > maxDwellTicks || --budget[0] < 0) {
                break;
            }
            long c = g.outCents(p);
            if (c < minCents || !follows(a, c)) {
                continue;
            }
            int tx = g.outTx(p);
            if (onPath(path, length, tx)) {
                continue;
            }
            path[length] = tx;
            bestLength = longest(g, path, length + 1, best, bestLength, budget);
            if (bestLength == maxHops) {
                break;
            }
        }
        return bestLength;
    }

    private static boolean onPath(int[] path, int length, int tx) {
        for (int i = 0; i < length; i++) {
            if (path[i] == tx) {
                return true;
            }
        }
        return false;
    }
}
