package nl.gedeeldbeeld.resolve;

import java.util.List;

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
        int given = level(code, Feature.GIVEN_NAME);
        int surname = level(code, Feature.SURNAME);
        if (given < 3 && surname < 3 && !a[GIVEN].isEmpty() && !a[SURNAME].isEmpty()) {
            int crossGiven = Feature.GIVEN_NAME.compareValues(a[GIVEN], b[SURNAME]);
            int crossSurname = Feature.SURNAME.compareValues(a[SURNAME], b[GIVEN]);
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
     * pairs.
     */
    public static final class Prepared {
        private final String[][] values;

        public Prepared(List<PersonRecord> records) {
            values = new String[records.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = values(records.get(i));
            }
        }

        /** The pattern of records i and j; the same as {@link ComparisonPattern#of} on the records. */
        public int of(int i, int j) {
            return compare(values[i], values[j]);
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
