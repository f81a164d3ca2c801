package nl.gedeeldbeeld.analytics.money;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-account graph features for the learned money-flow score ({@link MoneyFlowModel}): how many counterparties
 * and how fast (fan-in and fan-out within a window), whether money comes back (two- and three-step rings and
 * the longer rings of {@link CycleDetector#anyOrder}), whether what comes in goes out again at the same amount
 * (amount similarity along paths), how bursty the account is, repeated identical transfers, and the same
 * signals one step away (neighbourhood features). In the spirit of the per-account features of gradient
 * boosting on graph features in Altman et al., "Realistic synthetic financial transactions for anti-money
 * laundering models" (NeurIPS 2023).
 *
 * <p>Every amount feature is relative to the median amount of the whole file, and every count is taken as
 * {@code log(1 + n)}, so a model trained on one data set reads another with other currencies, volumes or
 * periods. Computed once, lazily per graph; the rows are handed out as copies.
 */
public final class AccountFeatures {
    /** Feature names, in column order; the model file names them too, so a changed list fails loudly. */
    public static final List<String> NAMES = List.of(
            "in_tx", "out_tx", "in_peers", "out_peers",
            "low_in_share", "low_out_share", "low_tx",
            "min_amount", "median_amount",
            "burst_in", "burst_out", "burst_tx",
            "fan_in_window", "fan_out_window",
            "two_cycles", "three_cycles", "ring_member",
            "passed_on_share", "burstiness", "busiest_tick_share", "active_span",
            "repeat_out_share", "repeat_in_share", "in_out_ratio",
            "nb_low_share", "nb_low_accounts", "nb_burst", "nb_degree", "nb_ring_members", "nb_passed_on",
            "fan_in_short", "fan_out_short", "fan_in_long", "fan_out_long", "busiest_window",
            "forwarded_share", "nb_low_tx_share", "nb_max_low_share", "nb2_low_accounts", "nb2_low_share");

    /** Plain-language meaning of each feature, for the reasons written beside an alert. */
    static final Map<String, String> MEANING = meanings();

    /** Ticks of the fan-in and fan-out windows. */
    static final int WINDOW = 10;
    /** Ticks of the short and long windows beside it (fan-in/out at other speeds). */
    static final int SHORT = 2;
    static final int LONG = 40;
    /** An amount below this share of the file's median is a low amount (structuring-like, test transfers). */
    static final double LOW = 0.1;
    /** Two amounts this close (relative) count as the same money passed on. */
    static final double SIMILAR = 0.1;
    /** Work bound for the ring search and the three-step ring count on hubs. */
    private static final int HUB = 400;

    private final TransactionGraph g;
    private final double[][] rows;
    private final long medianCents;

    public AccountFeatures(TransactionGraph g) {
        this.g = g;
        this.medianCents = median(g);
        this.rows = compute();
    }

    public int accountCount() {
        return rows.length;
    }

    /** A copy of the account's feature row, in {@link #NAMES} order. */
    public double[] row(int account) {
        return rows[account].clone();
    }


    public long medianCents() {
        return medianCents;
    }

    private static long median(TransactionGraph g) {
        int m = g.transactionCount();
        if (m == 0) {
            return 1;
        }
        long[] c = new long[m];
        for (int i = 0; i < m; i++) {
            c[i] = g.cents(i);
        }
        Arrays.sort(c);
        return Math.max(1, c[m / 2]);
    }

    private double[][] compute() {
        int n = g.accountCount();
        double[][] f = new double[n][NAMES.size()];
        long low = Math.max(1, (long) (medianCents * LOW));
        int minT = Integer.MAX_VALUE;
        int maxT = Integer.MIN_VALUE;
        for (int e = 0; e < g.transactionCount(); e++) {
            minT = Math.min(minT, g.time(e));
            maxT = Math.max(maxT, g.time(e));
        }
        double horizon = g.transactionCount() == 0 ? 1 : maxT - minT + 1.0;
        boolean[] ringMember = ringMembers();
        boolean[] lowAccount = new boolean[n];
        int[] burst = new int[n];
        double[] lowShare = new double[n];
        double[] passed = new double[n];
        for (int v = 0; v < n; v++) {
            double[] r = f[v];
            int in = g.inDegree(v);
            int out = g.outDegree(v);
            r[0] = log(in);
            r[1] = log(out);
            r[2] = log(distinct(v, true));
            r[3] = log(distinct(v, false));
            int lowIn = 0;
            int lowOut = 0;
            long min = Long.MAX_VALUE;
            long[] amounts = new long[in + out];
            int k = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                long c = g.inCents(p);
                lowIn += c < low ? 1 : 0;
                min = Math.min(min, c);
                amounts[k++] = c;
            }
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                long c = g.outCents(p);
                lowOut += c < low ? 1 : 0;
                min = Math.min(min, c);
                amounts[k++] = c;
            }
            r[4] = in == 0 ? 0 : (double) lowIn / in;
            r[5] = out == 0 ? 0 : (double) lowOut / out;
            r[6] = log(lowIn + lowOut);
            lowAccount[v] = lowIn + lowOut > 0;
            lowShare[v] = k == 0 ? 0 : (double) (lowIn + lowOut) / k;
            if (k > 0) {
                Arrays.sort(amounts);
                r[7] = Math.log((double) min / medianCents);
                r[8] = Math.log((double) amounts[k / 2] / medianCents);
            }
            int[] bIn = bursts(v, true);
            int[] bOut = bursts(v, false);
            r[9] = bIn[0];
            r[10] = bOut[0];
            r[11] = log(bIn[1] + bOut[1]);
            burst[v] = Math.max(bIn[0], bOut[0]);
            r[12] = log(fan(v, true));
            r[13] = log(fan(v, false));
            r[14] = log(twoCycles(v));
            r[15] = log(threeCycles(v));
            r[16] = ringMember[v] ? 1 : 0;
            r[17] = passedOnShare(v);
            passed[v] = r[17];
            double[] b = burstiness(v);
            r[18] = b[0];
            r[19] = b[1];
            r[20] = b[2] / horizon;
            r[21] = repeatShare(v, false);
            r[22] = repeatShare(v, true);
            long sumIn = 0;
            long sumOut = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                sumIn += g.inCents(p);
            }
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                sumOut += g.outCents(p);
            }
            r[23] = Math.log((sumIn + 1.0) / (sumOut + 1.0));
        }
        int[][] peerLists = new int[n][];
        for (int v = 0; v < n; v++) {
            peerLists[v] = peers(v);
        }
        for (int v = 0; v < n; v++) {
            int[] peers = peerLists[v];
            double lowSum = 0;
            int lowAccounts = 0;
            int maxBurst = 0;
            double degree = 0;
            int rings = 0;
            double pass = 0;
            for (int u : peers) {
                lowSum += lowShare[u];
                lowAccounts += lowAccount[u] ? 1 : 0;
                maxBurst = Math.max(maxBurst, burst[u]);
                degree += Math.log1p(g.inDegree(u) + g.outDegree(u));
                rings += ringMember[u] ? 1 : 0;
                pass += passed[u];
            }
            double[] r = f[v];
            int d = Math.max(1, peers.length);
            r[24] = lowSum / d;
            r[25] = log(lowAccounts);
            r[26] = maxBurst;
            r[27] = degree / d;
            r[28] = log(rings);
            r[29] = pass / d;
            r[30] = log(fan(v, true, SHORT));
            r[31] = log(fan(v, false, SHORT));
            r[32] = log(fan(v, true, LONG));
            r[33] = log(fan(v, false, LONG));
            r[34] = log(busiestWindow(v));
            r[35] = forwardedShare(v);
            // weighted by transfers, not by distinct counterparties: how much of its traffic is with such accounts
            int traffic = g.inDegree(v) + g.outDegree(v);
            int withLow = 0;
            double maxLow = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                withLow += lowAccount[g.inPeer(p)] ? 1 : 0;
            }
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                withLow += lowAccount[g.outPeer(p)] ? 1 : 0;
            }
            for (int u : peers) {
                maxLow = Math.max(maxLow, lowShare[u]);
            }
            r[36] = traffic == 0 ? 0 : (double) withLow / traffic;
            r[37] = maxLow;
            int[] two = twoHopLow(v, peerLists, lowAccount);
            r[38] = log(two[0]);
            r[39] = two[1] == 0 ? 0 : (double) two[0] / two[1];
        }
        return f;
    }

    private static double log(long n) {
        return Math.log1p(n);
    }

    private int distinct(int v, boolean in) {
        int s = in ? g.inStart(v) : g.outStart(v);
        int e = in ? g.inEnd(v) : g.outEnd(v);
        int[] p = new int[e - s];
        for (int i = s; i < e; i++) {
            p[i - s] = in ? g.inPeer(i) : g.outPeer(i);
        }
        Arrays.sort(p);
        int d = 0;
        for (int i = 0; i < p.length; i++) {
            if (i == 0 || p[i] != p[i - 1]) {
                d++;
            }
        }
        return d;
    }

    private int[] peers(int v) {
        int[] p = new int[g.inDegree(v) + g.outDegree(v)];
        int k = 0;
        for (int i = g.inStart(v); i < g.inEnd(v); i++) {
            p[k++] = g.inPeer(i);
        }
        for (int i = g.outStart(v); i < g.outEnd(v); i++) {
            p[k++] = g.outPeer(i);
        }
        return Arrays.stream(p).filter(u -> u != v).distinct().toArray();
    }

    /**
     * Repeated identical transfers: the largest number of transfers with the same counterparty, amount and tick
     * (the row is time-sorted, so equal ticks are adjacent), and how many transfers are in such a repeat.
     */
    private int[] bursts(int v, boolean in) {
        int s = in ? g.inStart(v) : g.outStart(v);
        int e = in ? g.inEnd(v) : g.outEnd(v);
        int best = 0;
        int repeated = 0;
        int i = s;
        while (i < e) {
            int t = in ? g.inTime(i) : g.outTime(i);
            int j = i;
            while (j < e && (in ? g.inTime(j) : g.outTime(j)) == t) {
                j++;
            }
            Map<Long, Integer> same = new HashMap<>();
            for (int p = i; p < j; p++) {
                long key = (in ? g.inCents(p) : g.outCents(p)) * 1_000_003L + (in ? g.inPeer(p) : g.outPeer(p));
                same.merge(key, 1, Integer::sum);
            }
            for (int c : same.values()) {
                best = Math.max(best, c);
                repeated += c > 1 ? c : 0;
            }
            i = j;
        }
        return new int[] {best, repeated};
    }

    private int fan(int v, boolean in) {
        return fan(v, in, WINDOW);
    }

    /**
     * Accounts two steps away (not the account itself nor a direct counterparty) that move very low amounts,
     * and how many accounts two steps away were looked at; bounded on hubs.
     */
    private static int[] twoHopLow(int v, int[][] peerLists, boolean[] lowAccount) {
        int[] peers = peerLists[v];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.Set<Integer> direct = new java.util.HashSet<>();
        for (int u : peers) {
            direct.add(u);
        }
        int low = 0;
        int work = 0;
        for (int u : peers) {
            if (peerLists[u].length > HUB) {
                continue; // a hub (a bank's cash account, a payment provider) says nothing about its peers' peers
            }
            for (int w : peerLists[u]) {
                if (work++ > HUB * 20) {
                    return new int[] {low, seen.size()};
                }
                if (w != v && !direct.contains(w) && seen.add(w)) {
                    low += lowAccount[w] ? 1 : 0;
                }
            }
        }
        return new int[] {low, seen.size()};
    }

    /** Most transfers in and out within one window of {@link #WINDOW} ticks (a burst in time). */
    private int busiestWindow(int v) {
        int k = g.inDegree(v) + g.outDegree(v);
        int[] t = new int[k];
        int i = 0;
        for (int p = g.inStart(v); p < g.inEnd(v); p++) {
            t[i++] = g.inTime(p);
        }
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            t[i++] = g.outTime(p);
        }
        Arrays.sort(t);
        int best = 0;
        for (int lo = 0, hi = 0; hi < k; hi++) {
            while (t[lo] < t[hi] - WINDOW) {
                lo++;
            }
            best = Math.max(best, hi - lo + 1);
        }
        return best;
    }

    /**
     * Share of receipts followed, within {@link #WINDOW} ticks, by a payment of about the same amount
     * ({@link #SIMILAR}) to another account: money passed along a path in time order.
     */
    private double forwardedShare(int v) {
        int in = g.inDegree(v);
        if (in == 0 || g.outDegree(v) == 0 || g.outDegree(v) > HUB || in > HUB) {
            return 0;
        }
        int matched = 0;
        for (int p = g.inStart(v); p < g.inEnd(v); p++) {
            long c = g.inCents(p);
            int t = g.inTime(p);
            for (int q = g.outStart(v); q < g.outEnd(v); q++) {
                int dt = g.outTime(q) - t;
                if (dt >= 0 && dt <= WINDOW && g.outPeer(q) != g.inPeer(p) && Math.abs(g.outCents(q) - c) <= c * SIMILAR) {
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / in;
    }

    /** Most distinct counterparties within one window of {@code window} ticks. */
    private int fan(int v, boolean in, int window) {
        int s = in ? g.inStart(v) : g.outStart(v);
        int e = in ? g.inEnd(v) : g.outEnd(v);
        int best = 0;
        int lo = s;
        Map<Integer, Integer> inWindow = new HashMap<>();
        for (int hi = s; hi < e; hi++) {
            int t = in ? g.inTime(hi) : g.outTime(hi);
            inWindow.merge(in ? g.inPeer(hi) : g.outPeer(hi), 1, Integer::sum);
            while ((in ? g.inTime(lo) : g.outTime(lo)) < t - window) {
                int peer = in ? g.inPeer(lo) : g.outPeer(lo);
                if (inWindow.merge(peer, -1, Integer::sum) == 0) {
                    inWindow.remove(peer);
                }
                lo++;
            }
            best = Math.max(best, inWindow.size());
        }
        return best;
    }

    /** Whether the account receives from {@code u} an amount within {@link #SIMILAR} of {@code cents}. */
    private boolean paysBack(int u, int v, long cents) {
        for (int p = g.inStart(v); p < g.inEnd(v); p++) {
            if (g.inPeer(p) == u && Math.abs(g.inCents(p) - cents) <= cents * SIMILAR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counterparties that pay back about what the account paid them (within {@link #SIMILAR}), in any order of
     * time: reciprocal payments of different amounts are ordinary trade, the same amount coming back is a
     * round trip.
     */
    private int twoCycles(int v) {
        if (g.outDegree(v) > HUB || g.inDegree(v) > HUB) {
            return 0;
        }
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            int u = g.outPeer(p);
            if (u != v && !found.contains(u) && paysBack(u, v, g.outCents(p))) {
                found.add(u);
            }
        }
        return found.size();
    }

    /**
     * Rings v → a → b → v in any order of time whose three amounts are within {@link #SIMILAR} of the first,
     * counted once per (a, b); bounded on hubs.
     */
    private int threeCycles(int v) {
        if (g.outDegree(v) > HUB || g.inDegree(v) > HUB) {
            return 0;
        }
        java.util.Set<Long> found = new java.util.HashSet<>();
        int work = 0;
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            int a = g.outPeer(p);
            long c = g.outCents(p);
            if (a == v) {
                continue;
            }
            for (int q = g.outStart(a); q < g.outEnd(a) && work++ < HUB * 20; q++) {
                int b = g.outPeer(q);
                if (b == v || b == a || Math.abs(g.outCents(q) - c) > c * SIMILAR) {
                    continue;
                }
                long key = (long) a << 32 | b;
                if (!found.contains(key) && paysBack(b, v, c)) {
                    found.add(key);
                }
            }
        }
        return found.size();
    }

    /** Accounts on a ring of 3–10 transfers of about the same amount (1%), booked in any order within the file's span. */
    private boolean[] ringMembers() {
        boolean[] member = new boolean[g.accountCount()];
        int span = 0;
        if (g.transactionCount() > 0) {
            int minT = Integer.MAX_VALUE;
            int maxT = Integer.MIN_VALUE;
            for (int e = 0; e < g.transactionCount(); e++) {
                minT = Math.min(minT, g.time(e));
                maxT = Math.max(maxT, g.time(e));
            }
            span = maxT - minT;
        }
        for (Alert a : CycleDetector.anyOrder(3, 10, span, 0.01, 1).detect(g)) {
            for (String label : a.accounts()) {
                g.account(label).ifPresent(x -> member[x] = true);
            }
        }
        return member;
    }

    /** Share of incoming transfers for which an outgoing transfer of about the same amount (1%) exists. */
    private double passedOnShare(int v) {
        int in = g.inDegree(v);
        if (in == 0 || g.outDegree(v) == 0) {
            return 0;
        }
        long[] outs = new long[g.outDegree(v)];
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            outs[p - g.outStart(v)] = g.outCents(p);
        }
        Arrays.sort(outs);
        int matched = 0;
        for (int p = g.inStart(v); p < g.inEnd(v); p++) {
            long c = g.inCents(p);
            int at = Arrays.binarySearch(outs, (long) Math.floor(c * 0.99));
            int i = at >= 0 ? at : -at - 1;
            if (i < outs.length && outs[i] <= c * 1.01) {
                matched++;
            }
        }
        return (double) matched / in;
    }

    /**
     * Goh–Barabási burstiness {@code (σ − μ) / (σ + μ)} of the gaps between the account's transfers, the share of
     * its transfers in its busiest tick, and the ticks between its first and last transfer.
     */
    private double[] burstiness(int v) {
        int k = g.inDegree(v) + g.outDegree(v);
        if (k == 0) {
            return new double[] {0, 0, 0};
        }
        int[] t = new int[k];
        int i = 0;
        for (int p = g.inStart(v); p < g.inEnd(v); p++) {
            t[i++] = g.inTime(p);
        }
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            t[i++] = g.outTime(p);
        }
        Arrays.sort(t);
        int busiest = 0;
        int run = 0;
        for (int j = 0; j < k; j++) {
            run = j > 0 && t[j] == t[j - 1] ? run + 1 : 1;
            busiest = Math.max(busiest, run);
        }
        double b = 0;
        if (k > 2) {
            double mean = (double) (t[k - 1] - t[0]) / (k - 1);
            double var = 0;
            for (int j = 1; j < k; j++) {
                double d = t[j] - t[j - 1] - mean;
                var += d * d;
            }
            double sd = Math.sqrt(var / (k - 1));
            b = sd + mean == 0 ? 1 : (sd - mean) / (sd + mean);
        }
        return new double[] {b, (double) busiest / k, t[k - 1] - t[0]};
    }

    /** Share of the account's outgoing (or incoming) transfers that carry its most frequent amount. */
    private double repeatShare(int v, boolean in) {
        int s = in ? g.inStart(v) : g.outStart(v);
        int e = in ? g.inEnd(v) : g.outEnd(v);
        if (e == s) {
            return 0;
        }
        long[] c = new long[e - s];
        for (int p = s; p < e; p++) {
            c[p - s] = in ? g.inCents(p) : g.outCents(p);
        }
        Arrays.sort(c);
        int best = 1;
        int run = 1;
        for (int j = 1; j < c.length; j++) {
            run = c[j] == c[j - 1] ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return (double) best / c.length;
    }

    private static final java.util.Set<String> COUNTS = java.util.Set.of("in_tx", "out_tx", "in_peers", "out_peers",
            "low_tx", "burst_tx", "fan_in_window", "fan_out_window", "two_cycles", "three_cycles", "nb_low_accounts",
            "nb_ring_members", "fan_in_short", "fan_out_short", "fan_in_long", "fan_out_long", "busiest_window",
            "nb2_low_accounts");
    private static final java.util.Set<String> RATIOS = java.util.Set.of("min_amount", "median_amount", "in_out_ratio");

    /** A feature value as a person reads it: counts undone from {@code log(1 + n)}, amount ratios as "0.05x". */
    static String display(String feature, double value) {
        if (COUNTS.contains(feature)) {
            return Long.toString(Math.round(Math.expm1(value)));
        }
        if (RATIOS.contains(feature)) {
            return String.format(java.util.Locale.ROOT, "%.3fx", Math.exp(value));
        }
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static Map<String, String> meanings() {
        Map<String, String> m = new HashMap<>();
        m.put("in_tx", "transfers received");
        m.put("out_tx", "transfers paid");
        m.put("in_peers", "distinct payers");
        m.put("out_peers", "distinct payees");
        m.put("low_in_share", "share of receipts far below the usual amount");
        m.put("low_out_share", "share of payments far below the usual amount");
        m.put("low_tx", "transfers far below the usual amount");
        m.put("min_amount", "smallest amount against the usual amount");
        m.put("median_amount", "typical amount against the usual amount");
        m.put("burst_in", "identical receipts from one payer in one tick");
        m.put("burst_out", "identical payments to one payee in one tick");
        m.put("burst_tx", "transfers repeated identically in one tick");
        m.put("fan_in_window", "distinct payers within " + WINDOW + " ticks");
        m.put("fan_out_window", "distinct payees within " + WINDOW + " ticks");
        m.put("two_cycles", "counterparties paying back about the amount paid");
        m.put("three_cycles", "three-step rings of about the same amount");
        m.put("ring_member", "on a ring of equal amounts (3-10 hops)");
        m.put("passed_on_share", "share of receipts passed on at the same amount");
        m.put("burstiness", "burstiness of its transfers over time");
        m.put("busiest_tick_share", "share of its transfers in its busiest tick");
        m.put("active_span", "share of the period it was active");
        m.put("repeat_out_share", "share of payments carrying its most frequent amount");
        m.put("repeat_in_share", "share of receipts carrying its most frequent amount");
        m.put("in_out_ratio", "money in against money out");
        m.put("nb_low_share", "counterparties' share of very low amounts");
        m.put("nb_low_accounts", "counterparties with very low amounts");
        m.put("nb_burst", "counterparties' repeated identical transfers");
        m.put("nb_degree", "counterparties' number of transfers");
        m.put("nb_ring_members", "counterparties on an equal-amount ring");
        m.put("nb_passed_on", "counterparties passing amounts on unchanged");
        m.put("fan_in_short", "distinct payers within " + SHORT + " ticks");
        m.put("fan_out_short", "distinct payees within " + SHORT + " ticks");
        m.put("fan_in_long", "distinct payers within " + LONG + " ticks");
        m.put("fan_out_long", "distinct payees within " + LONG + " ticks");
        m.put("busiest_window", "most transfers within " + WINDOW + " ticks");
        m.put("forwarded_share", "share of receipts paid on at about the same amount within " + WINDOW + " ticks");
        m.put("nb_low_tx_share", "share of its transfers with accounts moving very low amounts");
        m.put("nb_max_low_share", "highest share of very low amounts among its counterparties");
        m.put("nb2_low_accounts", "accounts two steps away moving very low amounts");
        m.put("nb2_low_share", "share of accounts two steps away moving very low amounts");
        return Map.copyOf(m);
    }
}
