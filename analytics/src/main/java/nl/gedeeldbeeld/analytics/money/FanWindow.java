package nl.gedeeldbeeld.analytics.money;

/**
 * The sliding window shared by fan-in and fan-out: over one account's time-sorted row, the stretch of at most
 * {@code window} ticks with the most distinct counterparties (ties: the larger sum). Counts live in one int
 * array per scan, indexed by account, so a scan of ten million transactions allocates nothing per account.
 */
final class FanWindow {
    private final int[] seen;
    int bestFrom;
    int bestTo;
    int bestDistinct;
    long bestSum;

    FanWindow(int accounts) {
        this.seen = new int[accounts];
    }

    /**
     * Scans row positions {@code [start, end)}; {@code incoming} says whether the counterparty is the payer.
     * Only transactions of at least {@code minCents} count. Afterwards {@code bestFrom..bestTo} (exclusive)
     * is the best window.
     */
    void scan(TransactionGraph g, int start, int end, boolean incoming, int window, long minCents) {
        bestDistinct = 0;
        bestSum = 0;
        bestFrom = start;
        bestTo = start;
        int distinct = 0;
        long sum = 0;
        int left = start;
        for (int right = start; right < end; right++) {
            int tx = incoming ? g.inTx(right) : g.outTx(right);
            int t = g.time(tx);
            while (left < right) {
                int old = incoming ? g.inTx(left) : g.outTx(left);
                if (t - g.time(old) <= window) {
                    break;
                }
                if (g.cents(old) >= minCents) {
                    sum -= g.cents(old);
                    if (--seen[other(g, old, incoming)] == 0) {
                        distinct--;
                    }
                }
                left++;
            }
            if (g.cents(tx) >= minCents) {
                sum += g.cents(tx);
                if (seen[other(g, tx, incoming)]++ == 0) {
                    distinct++;
                }
            }
            if (distinct > bestDistinct || distinct == bestDistinct && sum > bestSum) {
                bestDistinct = distinct;
                bestSum = sum;
                bestFrom = left;
                bestTo = right + 1;
            }
        }
        for (int p = left; p < end; p++) {
            int tx = incoming ? g.inTx(p) : g.outTx(p);
            if (g.cents(tx) >= minCents) {
                seen[other(g, tx, incoming)] = 0;
            }
        }
    }

    private static int other(TransactionGraph g, int tx, boolean incoming) {
        return incoming ? g.from(tx) : g.to(tx);
    }
}
