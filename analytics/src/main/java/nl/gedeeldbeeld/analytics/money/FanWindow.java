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
            int t = time(g, right, incoming);
            while (left < right) {
                if (t - time(g, left, incoming) <= window) {
                    break;
                }
                long c = cents(g, left, incoming);
                if (c >= minCents) {
                    sum -= c;
                    if (--seen[peer(g, left, incoming)] == 0) {
                        distinct--;
                    }
                }
                left++;
            }
            long c = cents(g, right, incoming);
            if (c >= minCents) {
                sum += c;
                if (seen[peer(g, right, incoming)]++ == 0) {
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
            if (cents(g, p, incoming) >= minCents) {
                seen[peer(g, p, incoming)] = 0;
            }
        }
    }

    private static int time(TransactionGraph g, int p, boolean incoming) {
        return incoming ? g.inTime(p) : g.outTime(p);
    }

    private static long cents(TransactionGraph g, int p, boolean incoming) {
        return incoming ? g.inCents(p) : g.outCents(p);
    }

    private static int peer(TransactionGraph g, int p, boolean incoming) {
        return incoming ? g.inPeer(p) : g.outPeer(p);
    }
}
