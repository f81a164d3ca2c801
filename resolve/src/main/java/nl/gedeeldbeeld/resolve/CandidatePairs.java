package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pairs that blocking lets through (indexes into the record list, smaller first), held as rows: record
 * {@code i}'s partners after it are {@code right[rowStart[i]]} up to {@code right[rowStart[i + 1]]}, sorted.
 * That is four bytes a pair, half of a {@code long} per pair ({@code i << 32 | j}, the form {@link #pairs()}
 * still hands out for small sets), so a million records' hundred-odd million pairs and their comparison
 * patterns fit in a 2 GiB heap. A block larger than
 * {@code maxBlock} is skipped and counted: a key shared by thousands of records (a common surname in one
 * year) says too little to be worth its quadratic cost, and the other keys still cover those records.
 */
public final class CandidatePairs {
    private final int[] rowStart;
    private final int[] right;
    private final long recordCount;
    private final Map<String, Long> pairsPerKey;
    private final Map<String, Integer> skippedBlocks;
    private final long outOfScope;

    private CandidatePairs(int[] rowStart, int[] right, long recordCount, Map<String, Long> pairsPerKey,
                           Map<String, Integer> skippedBlocks, long outOfScope) {
        this.rowStart = rowStart;
        this.right = right;
        this.recordCount = recordCount;
        this.pairsPerKey = pairsPerKey;
        this.skippedBlocks = skippedBlocks;
        this.outOfScope = outOfScope;
    }

    /** Which pairs may be compared at all; the pair's indexes are into the record list, smaller first. */
    @FunctionalInterface
    public interface Scope {
        boolean allows(int left, int right);
    }

    /**
     * The pairs the scope allows; the others are dropped before any value is compared and only counted.
     * Matching across partners is itself a processing of their data, so a pair the policy does not let
     * anyone learn of is never looked at.
     */
    public CandidatePairs within(Scope scope) {
        // Two passes over the pairs rather than a growing buffer: the kept rows are allocated once.
        int[] keptStart = new int[rowStart.length];
        for (int i = 0; i + 1 < rowStart.length; i++) {
            int count = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (scope.allows(i, right[p])) {
                    count++;
                }
            }
            keptStart[i + 1] = keptStart[i] + count;
        }
        int[] kept = new int[keptStart[keptStart.length - 1]];
        for (int i = 0; i + 1 < rowStart.length; i++) {
            int k = keptStart[i];
            for (int p = rowStart[i]; p < rowStart[i + 1] && k < keptStart[i + 1]; p++) {
                if (scope.allows(i, right[p])) {
                    kept[k++] = right[p];
                }
            }
        }
        return new CandidatePairs(keptStart, kept, recordCount, pairsPerKey, skippedBlocks,
                outOfScope + right.length - kept.length);
    }

    /** Pairs blocking proposed that the scope dropped. */
    public long outOfScope() {
        return outOfScope;
    }

    /**
     * The pairs of every key's blocks, each pair once. A pair belongs to the first key whose block holds both
     * records (a later key that brings the same two together adds nothing); that is decided by looking the
     * two records up in the earlier keys' blocks, so no set of all pairs seen is ever built: the pairs are
     * counted per record, one exact array is allocated, and each record's row of pairs is filled in place,
     * on all cores. (A set of seen pairs needed twice the final array while it grew, and a million records'
     * pairs no longer fitted in 4 GiB.) The pairs come out sorted, smaller index first.
     */
    public static <R> CandidatePairs of(List<R> records, List<? extends BlockingRule<? super R>> keys, int maxBlock) {
        int n = records.size();
        List<Blocks> blocks = new ArrayList<>(keys.size());
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (BlockingRule<? super R> key : keys) {
            Blocks b = Blocks.of(records, key, maxBlock);
            blocks.add(b);
            skipped.put(key.name(), b.tooLarge);
        }
        Blocks[] byKey = blocks.toArray(new Blocks[0]);
        int[] rowLength = new int[n];
        long[][] perKey = new long[n == 0 ? 1 : Math.min(n, 64)][byKey.length];
        IntStream.range(0, n).parallel().forEach(i -> rowLength[i] = row(byKey, i, null, 0, null));
        long total = 0;
        int[] rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            total += rowLength[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("blocking proposes more than " + (Integer.MAX_VALUE - 8)
                        + " candidate pairs; lower the block limit (now " + maxBlock + ") or use narrower keys");
            }
            rowStart[i + 1] = (int) total;
        }
        int[] right = new int[(int) total];
        int stripes = perKey.length;
        IntStream.range(0, stripes).parallel().forEach(s -> {
            for (int i = s; i < n; i += stripes) {
                row(byKey, i, right, rowStart[i], perKey[s]);
                Arrays.sort(right, rowStart[i], rowStart[i + 1]);
            }
        });
        Map<String, Long> added = new LinkedHashMap<>();
        for (int k = 0; k < byKey.length; k++) {
            long sum = 0;
            for (long[] stripe : perKey) {
                sum += stripe[k];
            }
            added.put(keys.get(k).name(), sum);
        }
        return new CandidatePairs(rowStart, right, n, added, skipped, 0);
    }

    /**
     * Record {@code i}'s pairs with the records after it, each with the first key that brings them together;
     * the partners written from {@code out[at]} when {@code out} is given, counted per key when {@code counts}
     * is given.
     */
    private static int row(Blocks[] byKey, int i, int[] out, int at, long[] counts) {
        int written = 0;
        for (int k = 0; k < byKey.length; k++) {
            Blocks key = byKey[k];
            int block = key.blockOf[i];
            if (block < 0) {
                continue;
            }
            int end = key.start[block + 1];
            int from = Arrays.binarySearch(key.members, key.start[block], end, i) + 1;
            for (int m = from; m < end; m++) {
                int j = key.members[m];
                if (!sharedEarlier(byKey, k, i, j)) {
                    if (out != null) {
                        out[at + written] = j;
                    }
                    if (counts != null) {
                        counts[k]++;
                    }
                    written++;
                }
            }
        }
        return written;
    }

    private static boolean sharedEarlier(Blocks[] byKey, int k, int i, int j) {
        for (int e = 0; e < k; e++) {
            int block = byKey[e].blockOf[i];
            if (block >= 0 && block == byKey[e].blockOf[j]) {
                return true;
            }
        }
        return false;
    }

    /**
     * One key's blocks of two up to {@code maxBlock} records, as arrays: block {@code b} holds
     * {@code members[start[b]]} up to {@code members[start[b + 1]]}, in record order; {@code blockOf[i]} is
     * record {@code i}'s block, or −1 when its key is empty or its block is alone or too large.
     */
    private static final class Blocks {
        final int[] blockOf;
        final int[] start;
        final int[] members;
        final int tooLarge;

        private Blocks(int[] blockOf, int[] start, int[] members, int tooLarge) {
            this.blockOf = blockOf;
            this.start = start;
            this.members = members;
            this.tooLarge = tooLarge;
        }

        static <R> Blocks of(List<R> records, BlockingRule<? super R> key, int maxBlock) {
            int n = records.size();
            int[] keyId = new int[n];
            int[] sizes = keyIds(records, key, keyId);
            int[] block = new int[sizes.length];
            int blocks = 0;
            int tooLarge = 0;
            int memberCount = 0;
            for (int id = 0; id < block.length; id++) {
                int size = sizes[id];
                if (size > maxBlock) {
                    tooLarge++;
                }
                if (size < 2 || size > maxBlock) {
                    block[id] = -1;
                } else {
                    block[id] = blocks++;
                    memberCount += size;
                }
            }
            int[] start = new int[blocks + 1];
            int[] blockOf = new int[n];
            for (int i = 0; i < n; i++) {
                blockOf[i] = keyId[i] < 0 ? -1 : block[keyId[i]];
                if (blockOf[i] >= 0) {
                    start[blockOf[i] + 1]++;
                }
            }
            for (int b = 0; b < blocks; b++) {
                start[b + 1] += start[b];
            }
            int[] members = new int[memberCount];
            int[] fill = Arrays.copyOf(start, blocks);
            for (int i = 0; i < n; i++) {
                if (blockOf[i] >= 0) {
                    members[fill[blockOf[i]]++] = i;
                }
            }
            return new Blocks(blockOf, start, members, tooLarge);
        }

        /** Numbers the distinct non-empty keys in order of appearance into {@code keyId} (−1 for none); returns each one's count. */
        private static <R> int[] keyIds(List<R> records, BlockingRule<? super R> key, int[] keyId) {
            Map<String, Integer> ids = new HashMap<>();
            int[] sizes = new int[16];
            for (int i = 0; i < keyId.length; i++) {
                String k = key.of(records.get(i));
                if (k.isEmpty()) {
                    keyId[i] = -1;
                    continue;
                }
                int id = ids.computeIfAbsent(k, x -> ids.size());
                if (id == sizes.length) {
                    sizes = Arrays.copyOf(sizes, sizes.length * 2);
                }
                sizes[id]++;
                keyId[i] = id;
            }
            return Arrays.copyOf(sizes, ids.size());
        }
    }

    static long pair(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    public static int left(long pair) {
        return (int) (pair >>> 32);
    }

    public static int right(long pair) {
        return (int) pair;
    }

    /** What is done with each pair: its index (0 up to {@link #size()}, in pair order) and its two records. */
    @FunctionalInterface
    public interface PairAction {
        void accept(int index, int left, int right);
    }

    /** Every pair in order, without a {@code long} per pair. */
    public void forEach(PairAction action) {
        forEach(0, right.length, action);
    }

    /** The pairs with an index from {@code from} up to {@code to}, in order (a slice for one thread). */
    public void forEach(int from, int to, PairAction action) {
        if (from >= to) {
            return;
        }
        int i = rowOf(from);
        for (int p = from; p < to; p++) {
            while (p >= rowStart[i + 1]) {
                i++;
            }
            action.accept(p, i, right[p]);
        }
    }

    /** The record whose row holds pair index {@code p}: the last {@code i} with {@code rowStart[i] <= p}. */
    private int rowOf(int p) {
        int low = 0;
        int high = rowStart.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rowStart[mid] <= p) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The pairs as {@code i << 32 | j}, sorted; made on each call at eight bytes a pair, so for sets of
     * modest size (the large runs use {@link #forEach}).
     */
    public long[] pairs() {
        long[] out = new long[right.length];
        forEach((p, i, j) -> out[p] = ((long) i << 32) | j);
        return out;
    }

    public int size() {
        return right.length;
    }

    /** Pairs each key added that earlier keys had not, in key order. */
    public Map<String, Long> pairsPerKey() {
        return Collections.unmodifiableMap(pairsPerKey);
    }

    /** Blocks each key skipped as larger than the limit, in key order. */
    public Map<String, Integer> skippedBlocks() {
        return Collections.unmodifiableMap(skippedBlocks);
    }

    /** 1 − candidate pairs / all pairs: the share of comparisons blocking saved. */
    public double reductionRatio() {
        double all = recordCount * (recordCount - 1) / 2.0;
        return all == 0 ? 0 : 1 - right.length / all;
    }
}
