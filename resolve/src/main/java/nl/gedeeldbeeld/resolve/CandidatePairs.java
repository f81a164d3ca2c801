package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs that blocking lets through, as {@code long}s ({@code i << 32 | j}, {@code i < j}, indexes into
 * the record list) so a million records' pairs fit in memory as primitives. A block larger than
 * {@code maxBlock} is skipped and counted: a key shared by thousands of records (a common surname in one
 * year) says too little to be worth its quadratic cost, and the other keys still cover those records.
 */
public final class CandidatePairs {
    private final long[] pairs;
    private final long recordCount;
    private final Map<String, Long> pairsPerKey;
    private final Map<String, Integer> skippedBlocks;
    private final long outOfScope;

    private CandidatePairs(long[] pairs, long recordCount, Map<String, Long> pairsPerKey, Map<String, Integer> skippedBlocks,
                           long outOfScope) {
        this.pairs = pairs;
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
        long[] kept = java.util.Arrays.stream(pairs).filter(p -> scope.allows(left(p), right(p))).toArray();
        return new CandidatePairs(kept, recordCount, pairsPerKey, skippedBlocks, outOfScope + pairs.length - kept.length);
    }

    /** Pairs blocking proposed that the scope dropped. */
    public long outOfScope() {
        return outOfScope;
    }

    public static <R> CandidatePairs of(List<R> records, List<? extends BlockingRule<? super R>> keys, int maxBlock) {
        LongSet seen = new LongSet(records.size() * 4);
        Map<String, Long> perKey = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (BlockingRule<? super R> key : keys) {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String k = key.of(records.get(i));
                if (!k.isEmpty()) {
                    blocks.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
                }
            }
            long added = 0;
            int tooLarge = 0;
            for (List<Integer> block : blocks.values()) {
                if (block.size() < 2) {
                    continue;
                }
                if (block.size() > maxBlock) {
                    tooLarge++;
                    continue;
                }
                for (int a = 0; a < block.size(); a++) {
                    for (int b = a + 1; b < block.size(); b++) {
                        if (seen.add(pair(block.get(a), block.get(b)))) {
                            added++;
                        }
                    }
                }
            }
            perKey.put(key.name(), added);
            skipped.put(key.name(), tooLarge);
        }
        return new CandidatePairs(seen.toSortedArray(), records.size(), perKey, skipped, 0);
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

    public long[] pairs() {
        return pairs;
    }

    public int size() {
        return pairs.length;
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
        return all == 0 ? 0 : 1 - pairs.length / all;
    }
}
