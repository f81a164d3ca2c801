package nl.gedeeldbeeld.resolve.blind;

import java.util.Arrays;
import java.util.List;

/**
 * Candidate pairs by locality-sensitive hashing for Hamming distance (bit sampling; Indyk &amp; Motwani 1998,
 * used for Bloom-filter linkage by Karapiperis &amp; Verykios 2015): each table keys a filter on the values of
 * a fixed sample of its bit positions, and two filters become candidates when they share a key in some
 * table. Filters that agree on a fraction {@code h} of their bits collide in one table with probability
 * {@code h^s} and in at least one of {@code L} tables with {@code 1 - (1 - h^s)^L}: with the standard encoding a
 * pair at the default threshold agrees on about 87 % of the bits (found with probability 0.998 for s = 16,
 * L = 64) and two unrelated records on about half (0.1 %), so the work grows with the candidates rather than
 * with the product of the file sizes: 0.5 % of Febrl's pairs and 0.14 % of the world's were compared.
 *
 * <p>The sampled positions come from a fixed public seed: LSH needs no secret, and both files must be keyed
 * on the same positions. A key of all zeros is skipped: it says only that none of the sampled bits is set,
 * which sparse filters (a record with a date and one name) share by the thousand.
 */
final class HammingLsh {
    private static final long SEED = 0x6762_626c_696e_6401L;
    private final int[][] positions;
    private final int maxBucket;
    private int skippedBuckets;

    HammingLsh(int length, int tables, int bitsPerKey, int maxBucket) {
        this.maxBucket = maxBucket;
        this.positions = new int[tables][bitsPerKey];
        BlindEncoder.SplitMix64 random = new BlindEncoder.SplitMix64(SEED);
        for (int[] table : positions) {
            for (int b = 0; b < bitsPerKey; b++) {
                table[b] = random.nextInt(length);
            }
        }
    }

    int skippedBuckets() {
        return skippedBuckets;
    }

    /** Candidate pairs between two lists, as {@code left << 32 | right}. */
    void between(List<Clk> left, List<Clk> right, PairSink out) {
        for (int[] table : positions) {
            long[] l = keyed(left, table);
            long[] r = keyed(right, table);
            int i = 0;
            int j = 0;
            while (i < l.length && j < r.length) {
                long kl = l[i] >> 32;
                long kr = r[j] >> 32;
                if (kl < kr) {
                    i++;
                } else if (kl > kr) {
                    j++;
                } else {
                    int iEnd = runEnd(l, i);
                    int jEnd = runEnd(r, j);
                    if (iEnd - i > maxBucket || jEnd - j > maxBucket) {
                        skippedBuckets++;
                    } else {
                        for (int a = i; a < iEnd; a++) {
                            for (int b = j; b < jEnd; b++) {
                                out.add((int) l[a], (int) r[b]);
                            }
                        }
                    }
                    i = iEnd;
                    j = jEnd;
                }
            }
        }
    }

    /** Candidate pairs within one list, {@code a < b}. */
    void within(List<Clk> records, PairSink out) {
        for (int[] table : positions) {
            long[] k = keyed(records, table);
            for (int i = 0; i < k.length; ) {
                int end = runEnd(k, i);
                if (end - i > maxBucket) {
                    skippedBuckets++;
                } else {
                    for (int a = i; a < end; a++) {
                        for (int b = a + 1; b < end; b++) {
                            out.add((int) k[a], (int) k[b]);
                        }
                    }
                }
                i = end;
            }
        }
    }

    /** {@code key << 32 | index} of every record with a non-zero key, sorted so equal keys are adjacent. */
    private static long[] keyed(List<Clk> records, int[] table) {
        long[] out = new long[records.size()];
        int n = 0;
        for (int i = 0; i < records.size(); i++) {
            Clk c = records.get(i);
            long key = 0;
            for (int b = 0; b < table.length; b++) {
                if (c.get(table[b])) {
                    key |= 1L << b;
                }
            }
            if (key != 0) {
                out[n++] = key << 32 | i;
            }
        }
        long[] keyed = Arrays.copyOf(out, n);
        Arrays.sort(keyed);
        return keyed;
    }

    private static int runEnd(long[] sorted, int from) {
        long key = sorted[from] >> 32;
        int end = from + 1;
        while (end < sorted.length && sorted[end] >> 32 == key) {
            end++;
        }
        return end;
    }

    /** Receives candidate pairs; duplicates across tables are the sink's to remove. */
    interface PairSink {
        void add(int left, int right);
    }
}
