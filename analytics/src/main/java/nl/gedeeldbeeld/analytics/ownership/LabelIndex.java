package nl.gedeeldbeeld.analytics.ownership;

import java.util.Arrays;

/**
 * Entity id to party number, by open addressing over an int table: a million companies and their owners
 * cost two ints a slot here instead of a HashMap entry, a boxed Integer and a table slot each.
 */
final class LabelIndex {
    private String[] labels = new String[16];
    private int[] table = new int[32];
    private int size;

    int size() {
        return size;
    }

    /** The number of the label, or -1. */
    int find(String label) {
        int mask = table.length - 1;
        for (int slot = spread(label.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int at = table[slot] - 1;
            if (at < 0) {
                return -1;
            }
            if (labels[at].equals(label)) {
                return at;
            }
        }
    }

    /** The number of the label, adding it when new. */
    int add(String label) {
        int found = find(label);
        if (found >= 0) {
            return found;
        }
        if (size == labels.length) {
            labels = Arrays.copyOf(labels, size * 2);
        }
        labels[size] = label;
        if (2 * (size + 1) > table.length) {
            rehash(table.length * 2, size + 1);
        } else {
            insert(size);
        }
        return size++;
    }

    String[] labels() {
        return Arrays.copyOf(labels, size);
    }

    static LabelIndex of(String[] labels) {
        LabelIndex index = new LabelIndex();
        index.labels = labels;
        index.size = labels.length;
        index.rehash(Integer.highestOneBit(Math.max(16, labels.length * 2 + 1)) * 2, labels.length);
        return index;
    }

    /** A new table of the given (power of two) capacity holding labels {@code 0..count-1}. */
    private void rehash(int capacity, int count) {
        table = new int[capacity];
        for (int i = 0; i < count; i++) {
            insert(i);
        }
    }

    private void insert(int at) {
        int mask = table.length - 1;
        int slot = spread(labels[at].hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = at + 1;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
