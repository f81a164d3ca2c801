package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Offsetting flows of underground banking (hawala, "ondergronds bankieren"): a client pays a broker in one
 * country, and a partner broker in another country pays the same amount (less a fee) to the beneficiary
 * there at about the same time; no money crosses the border for it, the brokers settle later by trade or
 * cash. FATF, "The Role of Hawala and Other Similar Service Providers in Money Laundering and Terrorist
 * Financing" (2013), ch. 4; FIU-NL jaaroverzicht typology "ondergronds bankieren".
 *
 * <p>Our concrete rule, for data where accounts have a jurisdiction: a pair of accounts {@code X} (in
 * jurisdiction J1) and {@code Y} (in J2 ≠ J1) such that at least {@code minMatches} times, {@code X}
 * receives a domestic payment (payer also in J1) of amount {@code a ≥ minCents} at tick {@code t}, and
 * {@code Y} makes a domestic payment (payee also in J2) of an amount within {@code ± tolerance} of
 * {@code a} at a tick in {@code [t, t + windowTicks]}; each payment is matched once (earliest first), and
 * {@code X} and {@code Y} exchange no transfer at all between the first match and the last one plus the
 * window (the legs offset each other instead of being moved). An amount with more than
 * {@code maxCandidates} possible mirror payments in the window is too common to be evidence and is skipped.
 * Defaults: 3 matches, tolerance 2%, window 3 ticks, €1,000, 20 candidates.
 */
public final class OffsettingFlowDetector implements TypologyDetector {
    public static final int DEFAULT_MIN_MATCHES = 3;
    public static final double DEFAULT_TOLERANCE = 0.02;
    public static final int DEFAULT_WINDOW_TICKS = 3;
    public static final long DEFAULT_MIN_CENTS = 100_000;
    public static final int DEFAULT_MAX_CANDIDATES = 20;
    private static final int AMOUNT_BITS = 40;

    private final int minMatches;
    private final double tolerance;
    private final int windowTicks;
    private final long minCents;
    private final int maxCandidates;

    public OffsettingFlowDetector() {
        this(DEFAULT_MIN_MATCHES, DEFAULT_TOLERANCE, DEFAULT_WINDOW_TICKS, DEFAULT_MIN_CENTS, DEFAULT_MAX_CANDIDATES);
    }

    public OffsettingFlowDetector(int minMatches, double tolerance, int windowTicks, long minCents,
            int maxCandidates) {
        if (minMatches < 1 || windowTicks < 0 || !(tolerance >= 0 && tolerance < 1) || maxCandidates < 1) {
            throw new IllegalArgumentException("offsetting needs matches >= 1, window >= 0, tolerance in [0, 1) and"
                    + " candidates >= 1");
        }
        this.minMatches = minMatches;
        this.tolerance = tolerance;
        this.windowTicks = windowTicks;
        this.minCents = Math.max(1, minCents);
        this.maxCandidates = maxCandidates;
    }

    @Override
    public Typology typology() {
        return Typology.OFFSETTING;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "an account in one country receives domestic payments that an account in another country"
                + " mirrors (within " + Money.percent(tolerance) + ", within " + windowTicks + " ticks) with domestic"
                + " payments at least " + minMatches + " times, from " + Money.euros(minCents)
                + ", without a transfer between the two";
        // Domestic payments, sorted by (time, amount): the possible mirror legs.
        int m = g.transactionCount();
        int k = 0;
        int minTime = Integer.MAX_VALUE;
        for (int tx = 0; tx < m; tx++) {
            if (domestic(g, tx) && g.cents(tx) >= minCents * (1 - tolerance)) {
                minTime = Math.min(minTime, g.time(tx));
                k++;
            }
        }
        if (k == 0) {
            return List.of();
        }
        long[] order = new long[k];
        int[] legs = new int[k];
        k = 0;
        for (int tx = 0; tx < m; tx++) {
            if (domestic(g, tx) && g.cents(tx) >= minCents * (1 - tolerance)) {
                order[k] = key(g.time(tx) - minTime, g.cents(tx));
                legs[k++] = tx;
            }
        }
        PairSort.sort(order, legs, 0, k);
        // Pair (receiving X, paying Y) -> the (in-leg, out-leg) matches found for it.
        Map<Long, List<int[]>> pairs = new HashMap<>();
        int[] candidates = new int[maxCandidates + 1];
        for (int i = 0; i < k; i++) {
            int in = legs[i];
            long a = g.cents(in);
            if (a < minCents) {
                continue;
            }
            int x = g.to(in);
            String jx = g.jurisdictionOrNull(x);
            long lo = (long) Math.ceil(a * (1 - tolerance));
            long hi = (long) Math.floor(a * (1 + tolerance));
            int rel = g.time(in) - minTime;
            int found = 0;
            for (int d = rel; d <= rel + windowTicks && found <= maxCandidates; d++) {
                int from = lowerBound(order, key(d, lo));
                for (int j = from; j < k && order[j] <= key(d, hi) && found <= maxCandidates; j++) {
                    int out = legs[j];
                    if (out != in && !jx.equals(g.jurisdictionOrNull(g.from(out)))) {
                        candidates[found++] = out;
                    }
                }
            }
            if (found == 0 || found > maxCandidates) {
                continue;
            }
            for (int c = 0; c < found; c++) {
                long pair = (long) x << 32 | g.from(candidates[c]);
                pairs.computeIfAbsent(pair, p -> new ArrayList<>()).add(new int[] {in, candidates[c]});
            }
        }
        List<Alert> alerts = new ArrayList<>();
        for (Map.Entry<Long, List<int[]>> e : pairs.entrySet()) {
            if (e.getValue().size() < minMatches) {
                continue;
            }
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (long) e.getKey();
            List<int[]> matched = matchOnce(g, e.getValue());
            if (matched.size() < minMatches || exchanged(g, x, y, matched)) {
                continue;
            }
            Finding f = new Finding().account(x).account(y);
            long inSum = 0;
            long outSum = 0;
            for (int[] pr : matched) {
                f.transaction(g, pr[0]).transaction(g, pr[1]);
                inSum += g.cents(pr[0]);
                outSum += g.cents(pr[1]);
            }
            f.figure("matches", matched.size()).figure("receivedCents", inSum).figure("mirroredCents", outSum)
                    .figure("mirroredRatio", (double) outSum / inSum).totals(g);
            alerts.add(f.toAlert(g, Typology.OFFSETTING, rule));
        }
        return alerts;
    }

    private static boolean domestic(TransactionGraph g, int tx) {
        String a = g.jurisdictionOrNull(g.from(tx));
        return a != null && !g.isCash(g.from(tx)) && a.equals(g.jurisdictionOrNull(g.to(tx)));
    }

    private static long key(int relTime, long cents) {
        return (long) relTime << AMOUNT_BITS | Math.min(cents, (1L << AMOUNT_BITS) - 1);
    }

    private static int lowerBound(long[] a, long v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Greedy one-to-one matching in time order: each in-leg and each out-leg is used once. */
    private static List<int[]> matchOnce(TransactionGraph g, List<int[]> candidates) {
        List<int[]> sorted = new ArrayList<>(candidates);
        sorted.sort((p, q) -> p[0] != q[0] ? Integer.compare(g.time(p[0]), g.time(q[0])) != 0
                ? Integer.compare(g.time(p[0]), g.time(q[0])) : Integer.compare(p[0], q[0])
                : Integer.compare(g.time(p[1]), g.time(q[1])));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (int[] pr : sorted) {
            if (!used.contains(pr[0]) && !used.contains(pr[1])) {
                used.add(pr[0]);
                used.add(pr[1]);
                matched.add(pr);
            }
        }
        return matched;
    }

    /** True when X and Y paid each other anything during the matches (then the flow is not offset). */
    private boolean exchanged(TransactionGraph g, int x, int y, List<int[]> matched) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int[] pr : matched) {
            first = Math.min(first, g.time(pr[0]));
            last = Math.max(last, g.time(pr[0]));
        }
        int until = last + windowTicks;
        for (int p = g.outFirstAtOrAfter(x, first); p < g.outEnd(x) && g.time(g.outTx(p)) <= until; p++) {
            if (g.to(g.outTx(p)) == y) {
                return true;
            }
        }
        for (int p = g.outFirstAtOrAfter(y, first); p < g.outEnd(y) && g.time(g.outTx(p)) <= until; p++) {
            if (g.to(g.outTx(p)) == x) {
                return true;
            }
        }
        return false;
    }
}
