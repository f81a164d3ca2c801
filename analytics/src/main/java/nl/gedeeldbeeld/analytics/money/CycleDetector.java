package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/**
 * Cycle (round-tripping): money leaves an account and comes back to it through a few others, in time order,
 * with each hop passing on about what it received (less a "fee"). The temporal cycle of Kumar &amp; Calders,
 * "2SCENT: an efficient algorithm to enumerate all simple temporal cycles" (VLDB 2018), with the amount
 * condition of the cycle motif in IBM AMLSim (Altman et al., NeurIPS 2023); FIU-NL reports such
 * round-trips as "buitenlandse overboekingen zonder economisch doel".
 *
 * <p>Rule: transactions {@code e1..ek} with {@code minHops ≤ k ≤ maxHops}, {@code e(i+1)} leaving the
 * account {@code ei} reached, at the same tick or at most {@code maxGapTicks} later, with an amount within
 * {@code ± tolerance} of the hop before; {@code ek} returns to the first account; no account twice;
 * amounts at least {@code minCents}. Searched depth-first from each transaction as the earliest of its
 * cycle (so a cycle is found once; ties in time may find it again, the scan merges those). One finding per
 * starting transaction, and at most {@value #STEP_BUDGET} transactions looked at from it (a hub with thousands
 * of similar amounts would otherwise make the search exponential). Defaults: 3–6 hops, gap 10 ticks,
 * tolerance 10%, €1,000.
 *
 * <p>{@link #anyOrder} relaxes the time order for data where the hops of one round trip are booked in any
 * order within a period: IBM AMLSim's cycle pattern schedules each hop at its own random step of the pattern's
 * period and passes on the same amount, so no AMLSim cycle is in time order (the ordered rule found none of
 * its 200 planted cycles, and its €1,000 floor is above every AMLSim amount). Then every hop's amount must be
 * within {@code ± tolerance} of the first hop's (no drift along the ring), all hops must lie within
 * {@code maxSpanTicks} of each other, and a cycle is searched only from its lowest-numbered transaction, so
 * it is found once whatever its order.
 */
public final class CycleDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_HOPS = 3;
    public static final int DEFAULT_MAX_HOPS = 6;
    public static final int DEFAULT_MAX_GAP_TICKS = 10;
    public static final double DEFAULT_TOLERANCE = 0.10;
    public static final long DEFAULT_MIN_CENTS = 100_000;
    /** Transactions looked at per starting transaction before giving up; bounds the search on dense hubs. */
    static final int STEP_BUDGET = 100_000;

    private final int minHops;
    private final int maxHops;
    private final int maxGapTicks;
    private final double tolerance;
    private final long minCents;
    private final boolean ordered;

    public CycleDetector() {
        this(DEFAULT_MIN_HOPS, DEFAULT_MAX_HOPS, DEFAULT_MAX_GAP_TICKS, DEFAULT_TOLERANCE, DEFAULT_MIN_CENTS);
    }

    public CycleDetector(int minHops, int maxHops, int maxGapTicks, double tolerance, long minCents) {
        this(minHops, maxHops, maxGapTicks, tolerance, minCents, true);
    }

    /**
     * Cycles whose hops may come in any order, all within {@code maxSpanTicks} of each other, each within
     * {@code ± tolerance} of the first hop's amount (see the class comment).
     */
    public static CycleDetector anyOrder(int minHops, int maxHops, int maxSpanTicks, double tolerance, long minCents) {
        return new CycleDetector(minHops, maxHops, maxSpanTicks, tolerance, minCents, false);
    }

    private CycleDetector(int minHops, int maxHops, int maxGapTicks, double tolerance, long minCents,
            boolean ordered) {
        if (minHops < 2 || maxHops < minHops) {
            throw new IllegalArgumentException("cycle hops must satisfy 2 <= min <= max, were " + minHops + ".."
                    + maxHops);
        }
        if (maxGapTicks < 0 || !(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("cycle gap must be >= 0 and tolerance in [0, 1), were "
                    + maxGapTicks + " and " + tolerance);
        }
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.maxGapTicks = maxGapTicks;
        this.tolerance = tolerance;
        this.minCents = Math.max(1, minCents);
        this.ordered = ordered;
    }

    @Override
    public Typology typology() {
        return Typology.CYCLE;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = ordered
                ? "money returns to its account through " + minHops + "-" + maxHops
                        + " accounts in time order, each hop within " + maxGapTicks + " ticks and "
                        + Money.percent(tolerance) + " of the amount before, from " + Money.euros(minCents)
                : "money returns to its account through " + minHops + "-" + maxHops
                        + " accounts in any order within " + maxGapTicks + " ticks, each hop within "
                        + Money.percent(tolerance) + " of the first hop's amount, from " + Money.euros(minCents);
        List<Alert> alerts = new ArrayList<>();
        int[] path = new int[maxHops];
        int[] budget = new int[1];
        for (int e = 0; e < g.transactionCount(); e++) {
            if (g.cents(e) < minCents || g.isCash(g.from(e)) || g.from(e) == g.to(e)) {
                continue;
            }
            path[0] = e;
            budget[0] = STEP_BUDGET;
            int hops = ordered ? extend(g, path, 1, budget) : extendAnyOrder(g, path, 1, budget, g.time(e), g.time(e));
            if (hops > 0) {
                Finding f = new Finding();
                for (int i = 0; i < hops; i++) {
                    f.transaction(g, path[i]);
                }
                f.figure("hops", hops)
                        .figure("firstCents", g.cents(path[0]))
                        .figure("lastCents", g.cents(path[hops - 1]))
                        .figure("returnedRatio", (double) g.cents(path[hops - 1]) / g.cents(path[0]))
                        .totals(g);
                alerts.add(f.toAlert(g, Typology.CYCLE, rule));
            }
        }
        return alerts;
    }

    /** Extends the path of {@code length} hops; returns the number of hops of the first cycle found, or 0. */
    private int extend(TransactionGraph g, int[] path, int length, int[] budget) {
        int last = path[length - 1];
        int at = g.to(last);
        int start = g.from(path[0]);
        int t = g.time(last);
        long amount = g.cents(last);
        long lo = Math.max(minCents, (long) Math.ceil(amount * (1 - tolerance)));
        long hi = (long) Math.floor(amount * (1 + tolerance));
        for (int p = g.outFirstAtOrAfter(at, t); p < g.outEnd(at); p++) {
            if (g.outTime(p) - t > maxGapTicks || --budget[0] < 0) {
                break;
            }
            long c = g.outCents(p);
            if (c < lo || c > hi) {
                continue;
            }
            int tx = g.outTx(p);
            if (tx == last) {
                continue;
            }
            int next = g.outPeer(p);
            if (next == start) {
                if (length + 1 >= minHops) {
                    path[length] = tx;
                    return length + 1;
                }
                continue;
            }
            if (length + 1 >= maxHops || onPath(g, path, length, next)) {
                continue;
            }
            path[length] = tx;
            int found = extend(g, path, length + 1, budget);
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    /**
     * As {@link #extend} without the time order: any later-numbered transaction out of the account reached,
     * within the tolerance of the first hop's amount, keeping all hops within {@code maxGapTicks} of each other.
     */
    private int extendAnyOrder(TransactionGraph g, int[] path, int length, int[] budget, int earliest, int latest) {
        int first = path[0];
        int at = g.to(path[length - 1]);
        int start = g.from(first);
        long amount = g.cents(first);
        long lo = Math.max(minCents, (long) Math.ceil(amount * (1 - tolerance)));
        long hi = (long) Math.floor(amount * (1 + tolerance));
        int from = g.outFirstAtOrAfter(at, latest - maxGapTicks);
        for (int p = from; p < g.outEnd(at); p++) {
            int t = g.outTime(p);
            if (t - earliest > maxGapTicks || --budget[0] < 0) {
                break;
            }
            long c = g.outCents(p);
            int tx = g.outTx(p);
            if (c < lo || c > hi || tx <= first) {
                continue;
            }
            int next = g.outPeer(p);
            if (next == start) {
                if (length + 1 >= minHops) {
                    path[length] = tx;
                    return length + 1;
                }
                continue;
            }
            if (length + 1 >= maxHops || onPath(g, path, length, next)) {
                continue;
            }
            path[length] = tx;
            int found = extendAnyOrder(g, path, length + 1, budget, Math.min(earliest, t), Math.max(latest, t));
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    private static boolean onPath(TransactionGraph g, int[] path, int length, int account) {
        for (int i = 0; i < length; i++) {
            if (g.from(path[i]) == account) {
                return true;
            }
        }
        return g.to(path[length - 1]) == account;
    }
}
