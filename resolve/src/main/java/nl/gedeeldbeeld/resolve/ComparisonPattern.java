package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A pair's comparison levels over all {@link Feature}s packed into one {@code int}: three bits a feature,
 * holding level + 1 (0 for {@link Feature#MISSING}). Eight features with at most four levels give a few
 * hundred distinct patterns however many pairs there are, so EM fits on pattern counts and scoring is a
 * lookup; a pair costs four bytes instead of an array, which is what lets a million records' pairs stay
 * in memory and lets Spark ship counts instead of pairs.
 */
public final class ComparisonPattern {
    private static final List<Feature> FEATURES = List.of(Feature.values());
    private static final int BITS = 3;

    private ComparisonPattern() {
    }

    /** The features in pattern order. */
    public static List<Feature> features() {
        return FEATURES;
    }

    /** Compares two records on every feature. */
    public static int of(PersonRecord a, PersonRecord b) {
        String[] x = values(a);
        String[] y = values(b);
        return compare(x, y);
    }

    private static String[] values(PersonRecord record) {
        String[] v = new String[FEATURES.size()];
        for (int f = 0; f < v.length; f++) {
            v[f] = FEATURES.get(f).valueOf(record);
        }
        return v;
    }

    private static final int GIVEN = Feature.GIVEN_NAME.ordinal();
    private static final int SURNAME = Feature.SURNAME.ordinal();

    /**
     * Every feature's level, with given name and surname also compared crosswise: a registration that put
     * the surname in the given-name field and the other way round ("Mason, Caitlin" read as given name Mason)
     * then agrees on both names instead of disagreeing on both, when crosswise agrees better.
     */
    private static int compare(String[] a, String[] b) {
        int code = 0;
        for (int f = 0; f < a.length; f++) {
            code |= (FEATURES.get(f).compareValues(a[f], b[f]) + 1) << (BITS * f);
        }
        return crosswise(code, a[GIVEN], a[SURNAME], b[GIVEN], b[SURNAME]);
    }

    /**
     * The pattern with given name and surname compared crosswise instead, where that agrees better (see
     * {@link #compare}); the one place of that rule, for records and for {@link Prepared} values alike.
     */
    private static int crosswise(int code, String givenA, String surnameA, String givenB, String surnameB) {
        int given = level(code, Feature.GIVEN_NAME);
        int surname = level(code, Feature.SURNAME);
        if (given < 3 && surname < 3 && !givenA.isEmpty() && !surnameA.isEmpty()) {
            int crossGiven = Feature.GIVEN_NAME.compareValues(givenA, surnameB);
            int crossSurname = Feature.SURNAME.compareValues(surnameA, givenB);
            if (Math.min(crossGiven, crossSurname) > Math.min(given, surname)) {
                code &= ~((7 << (BITS * GIVEN)) | (7 << (BITS * SURNAME)));
                code |= (crossGiven + 1) << (BITS * GIVEN) | (crossSurname + 1) << (BITS * SURNAME);
            }
        }
        return code;
    }

    /**
     * The records' feature values worked out once, so that comparing a pair reads them instead of deriving
     * them again (the surname without its tussenvoegsels is the costly one): a record takes part in many
     * pairs. Each feature's distinct values are numbered, and a record keeps its numbers side by side in one
     * {@code int} array: equal values are then equal numbers, and a pair's partner costs one cache line
     * instead of a string and its bytes per feature (at a million records the partners are scattered over
     * the heap, and fetching them, not comparing them, took most of the comparing stage). Only values that
     * differ are compared as strings, and those come from one shared copy per distinct value.
     */
    public static final class Prepared {
        private static final Feature[] BY_INDEX = FEATURES.toArray(new Feature[0]);
        private static final int COUNT = BY_INDEX.length;
        /** The number of the empty value (missing), in every feature. */
        private static final int EMPTY = 0;

        /** {@code ids[i * COUNT + f]}: record i's value of feature f, as its number in {@code values[f]}. */
        private final int[] ids;
        private final String[][] values;
        /** A value's level against itself: the top level of its feature, worked out rather than assumed. */
        private final int[][] selfLevels;

        public Prepared(List<PersonRecord> records) {
            int n = records.size();
            if ((long) n * COUNT > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many records to compare in one run: " + n);
            }
            ids = new int[n * COUNT];
            values = new String[COUNT][];
            selfLevels = new int[COUNT][];
            IntStream.range(0, COUNT).parallel().forEach(f -> {
                Feature feature = BY_INDEX[f];
                Map<String, Integer> numbers = new HashMap<>();
                List<String> distinct = new ArrayList<>();
                numbers.put("", EMPTY);
                distinct.add("");
                for (int i = 0; i < n; i++) {
                    String value = feature.valueOf(records.get(i));
                    Integer id = numbers.get(value);
                    if (id == null) {
                        id = distinct.size();
                        numbers.put(value, id);
                        distinct.add(value);
                    }
                    ids[i * COUNT + f] = id;
                }
                values[f] = distinct.toArray(new String[0]);
                int[] self = new int[values[f].length];
                for (int id = 0; id < self.length; id++) {
                    self[id] = feature.compareValues(values[f][id], values[f][id]);
                }
                selfLevels[f] = self;
            });
        }

        /** The pattern of records i and j; the same as {@link ComparisonPattern#of} on the records. */
        public int of(int i, int j) {
            int a = i * COUNT;
            int b = j * COUNT;
            int code = 0;
            for (int f = 0; f < COUNT; f++) {
                int x = ids[a + f];
                int y = ids[b + f];
                int level = x == EMPTY || y == EMPTY ? Feature.MISSING
                        : x == y ? selfLevels[f][x] : BY_INDEX[f].compareValues(values[f][x], values[f][y]);
                code |= (level + 1) << (BITS * f);
            }
            // The empty value is number EMPTY, whose text is "": crosswise sees the same values as on the records.
            return crosswise(code, values[GIVEN][ids[a + GIVEN]], values[SURNAME][ids[a + SURNAME]],
                    values[GIVEN][ids[b + GIVEN]], values[SURNAME][ids[b + SURNAME]]);
        }
    }

    public static int encode(int[] levels) {
        if (levels.length != FEATURES.size()) {
            throw new IllegalArgumentException("a pattern has " + FEATURES.size() + " levels, not " + levels.length);
        }
        return pack(levels);
    }

    /** Packs the levels of any record kind's comparisons (at most ten, each at most 6 or missing). */
    public static int pack(int[] levels) {
        int code = 0;
        for (int f = 0; f < levels.length; f++) {
            code |= (levels[f] + 1) << (BITS * f);
        }
        return code;
    }

    public static int[] levels(int code) {
        return levels(code, FEATURES.size());
    }

    /** The levels of a pattern of {@code count} comparisons (another record kind's). */
    public static int[] levels(int code, int count) {
        int[] levels = new int[count];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = ((code >>> (BITS * f)) & ((1 << BITS) - 1)) - 1;
        }
        return levels;
    }

    public static int level(int code, Feature feature) {
        return ((code >>> (BITS * feature.ordinal())) & ((1 << BITS) - 1)) - 1;
    }
}
