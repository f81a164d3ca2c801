package nl.gedeeldbeeld.analytics.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A directed multigraph of accounts and the transactions between them, kept in parallel primitive arrays so
 * that ten million transactions fit in well under a gigabyte (about 40 bytes a transaction: from, to, time,
 * amount, flags and its place in two time-sorted rows).
 *
 * <p>Accounts are numbered {@code 0..n-1} and carry a label (an IBAN or an entity id) and optionally a
 * jurisdiction (ISO country code). Transactions are numbered {@code 0..m-1} in the order they were added;
 * each has an id (the source's, or {@code "t<number>"} when none was given), an amount in euro cents and a
 * time in <em>ticks</em>: whatever unit the caller chose (days since the epoch for the synthetic world,
 * simulation steps for AMLSim). Every detector window is in the same ticks.
 *
 * <p>A cash deposit has no paying account. Rather than a hole in the graph it gets a source node of its
 * own: {@code cash:<depositor>} per depositor (or {@code cash:unknown}), marked {@link #isCash(int)}. So
 * every transaction has two ends, a depositor who feeds several accounts is visible as one node, and
 * detectors can skip cash nodes as the centre of a pattern (a cash node is not an account anyone holds).
 *
 * <p>Each account has an out-row and an in-row of transaction numbers sorted by time (ties in the order the
 * transactions were added), so window scans are a walk over a contiguous stretch of an int array.
 * Immutable; build with {@link TransactionGraphBuilder}.
 */
public final class TransactionGraph {
    /** The transaction is a cash deposit (its source is a {@code cash:} node). */
    public static final byte CASH = 1;
    /** The two accounts are in different jurisdictions (set by the source or derived from the accounts). */
    public static final byte CROSS_BORDER = 2;

    private final String[] labels;
    private final String[] jurisdictions;
    private final boolean[] cashNode;
    private final String[] txIds;
    private final int[] from;
    private final int[] to;
    private final int[] time;
    private final long[] cents;
    private final byte[] flags;
    private final int[] outOffsets;
    private final int[] outTx;
    private final int[] inOffsets;
    private final int[] inTx;
    // The rows carry copies of time, counterparty and amount, so window scans read them in sequence
    // instead of jumping into the transaction arrays (four to five times fewer cache misses on 10M).
    private final int[] outTime;
    private final int[] outPeer;
    private final long[] outCents;
    private final int[] inTime;
    private final int[] inPeer;
    private final long[] inCents;
    private volatile Map<String, Integer> index;

    TransactionGraph(String[] labels, String[] jurisdictions, boolean[] cashNode, String[] txIds, int[] from,
            int[] to, int[] time, long[] cents, byte[] flags, int[] outOffsets, int[] outTx, int[] inOffsets,
            int[] inTx) {
        this.labels = labels;
        this.jurisdictions = jurisdictions;
        this.cashNode = cashNode;
        this.txIds = txIds;
        this.from = from;
        this.to = to;
        this.time = time;
        this.cents = cents;
        this.flags = flags;
        this.outOffsets = outOffsets;
        this.outTx = outTx;
        this.inOffsets = inOffsets;
        this.inTx = inTx;
        int m = from.length;
        this.outTime = new int[m];
        this.outPeer = new int[m];
        this.outCents = new long[m];
        this.inTime = new int[m];
        this.inPeer = new int[m];
        this.inCents = new long[m];
        for (int p = 0; p < m; p++) {
            int o = outTx[p];
            outTime[p] = time[o];
            outPeer[p] = to[o];
            outCents[p] = cents[o];
            int i = inTx[p];
            inTime[p] = time[i];
            inPeer[p] = from[i];
            inCents[p] = cents[i];
        }
    }

    public int accountCount() {
        return labels.length;
    }

    public int transactionCount() {
        return from.length;
    }

    public String label(int account) {
        return labels[account];
    }

    /** The account's jurisdiction (lower-case country code), or empty when the source did not say. */
    public Optional<String> jurisdiction(int account) {
        return Optional.ofNullable(jurisdictions[account]);
    }

    /** The jurisdiction or {@code null}; for inner loops that should not allocate. */
    String jurisdictionOrNull(int account) {
        return jurisdictions[account];
    }

    /** True for the source node of cash deposits ({@code cash:<depositor>}), which no one holds as an account. */
    public boolean isCash(int account) {
        return cashNode[account];
    }

    /** The account with this label, if any. */
    public OptionalInt account(String label) {
        Map<String, Integer> map = index;
        if (map == null) {
            map = new HashMap<>(labels.length * 2);
            for (int i = 0; i < labels.length; i++) {
                map.put(labels[i], i);
            }
            index = map;
        }
        Integer at = map.get(Objects.requireNonNull(label, "label"));
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    public String transactionId(int tx) {
        String id = txIds == null ? null : txIds[tx];
        return id == null ? "t" + tx : id;
    }

    public int from(int tx) {
        return from[tx];
    }

    public int to(int tx) {
        return to[tx];
    }

    public int time(int tx) {
        return time[tx];
    }

    public long cents(int tx) {
        return cents[tx];
    }

    public boolean isCashDeposit(int tx) {
        return (flags[tx] & CASH) != 0;
    }

    public boolean isCrossBorder(int tx) {
        return (flags[tx] & CROSS_BORDER) != 0;
    }

    public int outDegree(int account) {
        return outOffsets[account + 1] - outOffsets[account];
    }

    public int inDegree(int account) {
        return inOffsets[account + 1] - inOffsets[account];
    }

    /** Position where the account's out-row starts; the row ends at {@link #outEnd}; {@link #outTx} reads it. */
    public int outStart(int account) {
        return outOffsets[account];
    }

    public int outEnd(int account) {
        return outOffsets[account + 1];
    }

    /** The transaction at a position of an out-row. */
    public int outTx(int position) {
        return outTx[position];
    }

    /** Time of the transaction at a position of an out-row (as {@code time(outTx(position))}). */
    public int outTime(int position) {
        return outTime[position];
    }

    /** Payee of the transaction at a position of an out-row. */
    public int outPeer(int position) {
        return outPeer[position];
    }

    public long outCents(int position) {
        return outCents[position];
    }

    public int inTime(int position) {
        return inTime[position];
    }

    /** Payer of the transaction at a position of an in-row. */
    public int inPeer(int position) {
        return inPeer[position];
    }

    public long inCents(int position) {
        return inCents[position];
    }

    public int inStart(int account) {
        return inOffsets[account];
    }

    public int inEnd(int account) {
        return inOffsets[account + 1];
    }

    public int inTx(int position) {
        return inTx[position];
    }

    /** The first position in the account's out-row whose transaction is at or after {@code t}. */
    public int outFirstAtOrAfter(int account, int t) {
        return firstAtOrAfter(outTime, outOffsets[account], outOffsets[account + 1], t);
    }

    /** The first position in the account's in-row whose transaction is at or after {@code t}. */
    public int inFirstAtOrAfter(int account, int t) {
        return firstAtOrAfter(inTime, inOffsets[account], inOffsets[account + 1], t);
    }

    private static int firstAtOrAfter(int[] rowTimes, int lo, int hi, int t) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTimes[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Approximate heap taken by the arrays (labels and ids not counted), for the scale benchmark. */
    public long arrayBytes() {
        long m = from.length;
        return m * (4 + 4 + 4 + 8 + 1 + 2 * (4 + 4 + 4 + 8)) + 8L * (labels.length + 1);
    }
}
