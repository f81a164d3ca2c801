package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects accounts and transactions and freezes them into a {@link TransactionGraph}.
 *
 * <p>Accounts are found or added by label; a transaction names its two accounts by label or by the number
 * {@link #account(String)} returned (the fast path for bulk loads). A cash deposit names its depositor, who
 * becomes the source node {@code cash:<depositor>} (see {@link TransactionGraph}). A transfer between
 * accounts of two known, different jurisdictions is marked cross-border when the graph is built, even when the
 * source did not say so, so jurisdictions may be given before or after the transactions.
 */
public final class TransactionGraphBuilder {
    static final String CASH_PREFIX = "cash:";

    private final Map<String, Integer> accounts = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> jurisdictions = new ArrayList<>();
    private final List<Boolean> cash = new ArrayList<>();
    private String[] ids = new String[0];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] time = new int[16];
    private long[] cents = new long[16];
    private byte[] flags = new byte[16];
    private int size;
    private boolean anyId;

    /** Adds an account (or finds it) and returns its number. */
    public int account(String label) {
        Objects.requireNonNull(label, "label");
        Integer at = accounts.get(label);
        if (at != null) {
            return at;
        }
        int id = labels.size();
        accounts.put(label, id);
        labels.add(label);
        jurisdictions.add(null);
        cash.add(label.startsWith(CASH_PREFIX));
        return id;
    }

    /** Adds an account (or finds it) and records its jurisdiction (country code; blank means unknown). */
    public int account(String label, String jurisdiction) {
        int id = account(label);
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            jurisdictions.set(id, jurisdiction.strip().toLowerCase(Locale.ROOT));
        }
        return id;
    }

    public int accountCount() {
        return labels.size();
    }

    /** The label of an account number handed out earlier. */
    public String label(int account) {
        return labels.get(account);
    }

    /** The jurisdiction recorded for an account number, if any. */
    public Optional<String> jurisdiction(int account) {
        return Optional.ofNullable(jurisdictions.get(account));
    }

    /** A transfer between two accounts; returns the transaction's number. */
    public int transfer(String id, String fromLabel, String toLabel, long amountCents, int ticks) {
        return transfer(id, account(fromLabel), account(toLabel), amountCents, ticks, (byte) 0);
    }

    /**
     * A transfer between two account numbers, with optional flags ({@link TransactionGraph#CROSS_BORDER});
     * {@code id} may be null, then the transaction is known as {@code t<number>}.
     */
    public int transfer(String id, int fromAccount, int toAccount, long amountCents, int ticks, byte txFlags) {
        if (fromAccount < 0 || fromAccount >= labels.size() || toAccount < 0 || toAccount >= labels.size()) {
            throw new IllegalArgumentException("transaction " + id + ": unknown account number " + fromAccount
                    + " or " + toAccount);
        }
        if (amountCents <= 0) {
            throw new IllegalArgumentException("transaction " + id + ": amount must be positive, was "
                    + amountCents + " cents");
        }
        if (size == from.length) {
            int grown = size + (size >> 1) + 16;
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            time = Arrays.copyOf(time, grown);
            cents = Arrays.copyOf(cents, grown);
            flags = Arrays.copyOf(flags, grown);
            if (anyId) {
                ids = Arrays.copyOf(ids, grown);
            }
        }
        if (id != null) {
            if (!anyId) {
                anyId = true;
                ids = new String[from.length];
            }
            ids[size] = id;
        }
        from[size] = fromAccount;
        to[size] = toAccount;
        time[size] = ticks;
        cents[size] = amountCents;
        byte f = txFlags;
        if (cash.get(fromAccount)) {
            f |= TransactionGraph.CASH;
        }
        flags[size] = f;
        return size++;
    }

    /**
     * A cash deposit onto an account. The depositor (a person's entity id) becomes the source node
     * {@code cash:<depositor>}; an empty depositor is pooled as {@code cash:unknown}.
     */
    public int cashDeposit(String id, Optional<String> depositor, String toLabel, long amountCents, int ticks) {
        String source = CASH_PREFIX + depositor.filter(d -> !d.isBlank()).orElse("unknown");
        return transfer(id, account(source), account(toLabel), amountCents, ticks, TransactionGraph.CASH);
    }

    public int transactionCount() {
        return size;
    }

    public TransactionGraph build() {
        int n = labels.size();
        int m = size;
        // One global order by (time, number): distributing it into rows leaves every row time-sorted.
        int minTime = Integer.MAX_VALUE;
        for (int i = 0; i < m; i++) {
            minTime = Math.min(minTime, time[i]);
        }
        long[] packed = new long[m];
        for (int i = 0; i < m; i++) {
            packed[i] = ((long) time[i] - minTime) << 32 | i;
        }
        Arrays.parallelSort(packed);
        int[] outOffsets = new int[n + 1];
        int[] inOffsets = new int[n + 1];
        for (int i = 0; i < m; i++) {
            outOffsets[from[i] + 1]++;
            inOffsets[to[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outOffsets[v + 1] += outOffsets[v];
            inOffsets[v + 1] += inOffsets[v];
        }
        int[] outFill = Arrays.copyOf(outOffsets, n);
        int[] inFill = Arrays.copyOf(inOffsets, n);
        int[] outTx = new int[m];
        int[] inTx = new int[m];
        for (long p : packed) {
            int tx = (int) p;
            outTx[outFill[from[tx]]++] = tx;
            inTx[inFill[to[tx]]++] = tx;
        }
        String[] places = jurisdictions.toArray(String[]::new);
        byte[] marks = Arrays.copyOf(flags, m);
        for (int i = 0; i < m; i++) {
            String a = places[from[i]];
            String b = places[to[i]];
            if (a != null && b != null && !a.equals(b)) {
                marks[i] |= TransactionGraph.CROSS_BORDER;
            }
        }
        boolean[] cashNode = new boolean[n];
        for (int v = 0; v < n; v++) {
            cashNode[v] = cash.get(v);
        }
        return new TransactionGraph(labels.toArray(String[]::new), places, cashNode,
                anyId ? Arrays.copyOf(ids, m) : null, Arrays.copyOf(from, m), Arrays.copyOf(to, m),
                Arrays.copyOf(time, m), Arrays.copyOf(cents, m), marks, outOffsets, outTx,
                inOffsets, inTx);
    }
}
