package nl.gedeeldbeeld.resolve;

import java.util.Arrays;

/** An open-addressing set of longs: candidate pairs without boxing a {@code Long} per pair. */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots;
    private int size;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the value; false when it was there. {@link Long#MIN_VALUE} is reserved. */
    boolean add(long value) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) mix(value) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    long[] toSortedArray() {
        long[] out = new long[size];
        int n = 0;
        for (long v : slots) {
            if (v != EMPTY) {
                out[n++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return v;
    }
}
