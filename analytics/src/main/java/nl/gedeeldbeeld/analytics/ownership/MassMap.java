package nl.gedeeldbeeld.analytics.ownership;

import java.util.Arrays;

/**
 * A small int → double map that adds into its values and clears in time proportional to what it holds:
 * the upward walk from one company touches a handful of parties, and a million walks must not each
 * allocate or wipe an array the size of the graph.
 */
final class MassMap {
    private int[] keys = new int[16];
    private double[] values = new double[16];
    private boolean[] taken = new boolean[16];
    private int[] used = new int[8];
    private int size;

    void add(int key, double amount) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9 >>> 8) & mask;
        while (taken[slot]) {
            if (keys[slot] == key) {
                values[slot] += amount;
                return;
            }
            slot = (slot + 1) & mask;
        }
        taken[slot] = true;
        keys[slot] = key;
        values[slot] = amount;
        if (size == used.length) {
            used = Arrays.copyOf(used, size * 2);
        }
        used[size++] = slot;
        if (2 * size > keys.length) {
            grow();
        }
    }

    double get(int key) {
        int mask = keys.length - 1;
        for (int slot = (key * 0x9E3779B9 >>> 8) & mask; taken[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return 0;
    }

    boolean contains(int key) {
        int mask = keys.length - 1;
        for (int slot = (key * 0x9E3779B9 >>> 8) & mask; taken[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** The i-th key in insertion order. */
    int key(int i) {
        return keys[used[i]];
    }

    /** The value of the i-th key in insertion order. */
    double value(int i) {
        return values[used[i]];
    }

    double total() {
        double t = 0;
        for (int i = 0; i < size; i++) {
            t += values[used[i]];
        }
        return t;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            taken[used[i]] = false;
        }
        size = 0;
    }

    private void grow() {
        int[] oldKeys = new int[size];
        double[] oldValues = new double[size];
        for (int i = 0; i < size; i++) {
            oldKeys[i] = keys[used[i]];
            oldValues[i] = values[used[i]];
        }
        int capacity = keys.length * 2;
        keys = new int[capacity];
        values = new double[capacity];
        taken = new boolean[capacity];
        int n = size;
        size = 0;
        for (int i = 0; i < n; i++) {
            add(oldKeys[i], oldValues[i]);
        }
    }
}
