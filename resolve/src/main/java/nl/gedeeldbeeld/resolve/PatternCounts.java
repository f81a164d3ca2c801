package nl.gedeeldbeeld.resolve;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many candidate pairs showed each {@link ComparisonPattern}, in ascending pattern order. The order is
 * fixed so that EM sums in the same order wherever the counts were made: the single-machine run and the
 * Spark job then fit bit-for-bit the same model from the same pairs.
 */
public final class PatternCounts {
    private final int[] patterns;
    private final long[] counts;

    private PatternCounts(int[] patterns, long[] counts) {
        this.patterns = patterns;
        this.counts = counts;
    }

    public static PatternCounts of(int[] pairPatterns) {
        int[] sorted = pairPatterns.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] patterns = new int[distinct];
        long[] counts = new long[distinct];
        int d = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                patterns[++d] = sorted[i];
            }
            counts[d]++;
        }
        return new PatternCounts(patterns, counts);
    }

    public static PatternCounts of(Map<Integer, Long> countPerPattern) {
        TreeMap<Integer, Long> sorted = new TreeMap<>(countPerPattern);
        int[] patterns = new int[sorted.size()];
        long[] counts = new long[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
            if (e.getValue() <= 0) {
                throw new IllegalArgumentException("pattern " + e.getKey() + " counted " + e.getValue() + " times");
            }
            patterns[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        return new PatternCounts(patterns, counts);
    }

    public int distinct() {
        return patterns.length;
    }

    public int pattern(int i) {
        return patterns[i];
    }

    public long count(int i) {
        return counts[i];
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatternCounts p && Arrays.equals(patterns, p.patterns) && Arrays.equals(counts, p.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(patterns) + Arrays.hashCode(counts);
    }
}
