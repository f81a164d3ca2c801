package nl.gedeeldbeeld.resolve;

import java.util.Arrays;
import java.util.HashMap;
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

    /**
     * Counts the pairs' patterns. There are a few hundred distinct patterns however many pairs, so they are
     * counted in a small map rather than by sorting a copy of the pairs' patterns (four more bytes a pair at
     * the run's peak).
     */
    public static PatternCounts of(int[] pairPatterns) {
        // Open addressing on the pattern itself (patterns are never negative, so −1 marks a free slot).
        int[] keys = new int[1024];
        long[] counts = new long[keys.length];
        Arrays.fill(keys, -1);
        int distinct = 0;
        for (int pattern : pairPatterns) {
            int slot = slot(keys, pattern);
            if (keys[slot] == -1) {
                if (++distinct * 2 > keys.length) {
                    int[] oldKeys = keys;
                    long[] oldCounts = counts;
                    keys = new int[oldKeys.length * 2];
                    counts = new long[keys.length];
                    Arrays.fill(keys, -1);
                    for (int o = 0; o < oldKeys.length; o++) {
                        if (oldKeys[o] != -1) {
                            int moved = slot(keys, oldKeys[o]);
                            keys[moved] = oldKeys[o];
                            counts[moved] = oldCounts[o];
                        }
                    }
                    slot = slot(keys, pattern);
                }
                keys[slot] = pattern;
            }
            counts[slot]++;
        }
        Map<Integer, Long> countPerPattern = new HashMap<>();
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != -1) {
                countPerPattern.put(keys[slot], counts[slot]);
            }
        }
        return of(countPerPattern);
    }

    private static int slot(int[] keys, int pattern) {
        int slot = (pattern * 0x9E3779B9 >>> 8) & (keys.length - 1);
        while (keys[slot] != -1 && keys[slot] != pattern) {
            slot = (slot + 1) & (keys.length - 1);
        }
        return slot;
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
