package nl.gedeeldbeeld.synth;

import java.util.Locale;

/**
 * Record ids for partner files. They come from the seeded scrambler or shuffled counters, never from the
 * true index in readable form, so no id hints at who is behind it.
 */
final class SourceIds {
    private final long salt;

    SourceIds(long seed, String partner) {
        this.salt = Seeds.mix(seed, partner.hashCode());
    }

    /** Sixteen hex digits unique per (kind, index): the scrambler is a bijection. */
    String hex(int kind, long index) {
        return String.format(Locale.ROOT, "%016x", raw(kind, index));
    }

    long raw(int kind, long index) {
        return Seeds.mix(salt + ((long) kind << 40 | index));
    }

    /**
     * The set's members in the order of their scrambled ids, so that the order of records in a file says
     * nothing about true indices (neighbouring indices are often one household).
     */
    int[] scrambled(java.util.BitSet set, int kind) {
        long[] keyed = new long[set.cardinality()];
        int[] members = set.stream().toArray();
        Integer[] order = new Integer[members.length];
        for (int i = 0; i < members.length; i++) {
            keyed[i] = raw(kind, members[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compareUnsigned(keyed[a], keyed[b]));
        int[] out = new int[members.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = members[order[i]];
        }
        return out;
    }
}
