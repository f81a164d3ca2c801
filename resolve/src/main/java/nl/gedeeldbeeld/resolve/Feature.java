package nl.gedeeldbeeld.resolve;

import java.util.function.Function;

/**
 * One comparison between two records, in levels: 0 is disagreement, higher is closer agreement, and
 * {@link #MISSING} means one side has no value (it then counts neither for nor against a match, as in
 * Fellegi–Sunter with missing values). Levels rather than raw similarities, so that EM can learn how often
 * each level occurs among matches and non-matches.
 */
public enum Feature implements Comparison {
    GIVEN_NAME("given name", r -> r.givenName(), Feature::nameLevel, 4),
    SURNAME("surname", r -> NameKeys.surnameProper(r.surname()), Feature::nameLevel, 4),
    BIRTH_DATE("birth date", PersonRecord::birthDate, Feature::dateLevel, 4),
    STREET_NUMBER("street number", PersonRecord::streetNumber, Feature::exactLevel, 2),
    STREET("street", PersonRecord::street, Feature::nameLevel, 4),
    LOCALITY("locality", PersonRecord::locality, Feature::nameLevel, 4),
    POSTCODE("postcode", PersonRecord::postcode, Feature::codeLevel, 3),
    IDENTIFIER("identifier", PersonRecord::identifier, Feature::codeLevel, 3),
    /**
     * Whether the two records' holders are linked to a common bank account: 1 one IBAN in common, 0 none.
     * Evidence from the partners' relations rather than the person's own values; EM weighs it like the
     * rest. Not evidence about the person on its own ({@link PairScorer}): a household shares an account.
     */
    ACCOUNT("bank account", r -> String.join(" ", r.accounts()), Feature::sharedLevel, 2),
    /** Whether the two records are linked to a common company (KvK number): 1 yes, 0 no; as {@link #ACCOUNT}. */
    COMPANY("company", r -> String.join(" ", r.companies()), Feature::sharedLevel, 2);

    public static final int MISSING = -1;

    private final String label;
    private final Function<PersonRecord, String> value;
    private final Leveller leveller;
    private final int levels;

    Feature(String label, Function<PersonRecord, String> value, Leveller leveller, int levels) {
        this.label = label;
        this.value = value;
        this.leveller = leveller;
        this.levels = levels;
    }

    @FunctionalInterface
    private interface Leveller {
        int level(String a, String b);
    }

    @Override
    public String label() {
        return label;
    }

    /** How many levels (0 … levels − 1) this feature has. */
    @Override
    public int levels() {
        return levels;
    }

    public int compare(PersonRecord a, PersonRecord b) {
        return compareValues(value.apply(a), value.apply(b));
    }

    /** The value this feature compares, as {@link #compareValues} takes it. */
    public String valueOf(PersonRecord record) {
        return value.apply(record);
    }

    /** Compares two values as {@link #valueOf} gives them; an empty value is {@link #MISSING}. */
    public int compareValues(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return MISSING;
        }
        return leveller.level(x, y);
    }

    /** 3 equal, 2 Jaro-Winkler ≥ 0.92, 1 ≥ 0.80, 0 below: typing errors and OCR slips land in 2 and 1. */
    private static int nameLevel(String a, String b) {
        if (a.equals(b)) {
            return 3;
        }
        double similarity = JaroWinkler.similarity(a, b);
        return similarity >= 0.92 ? 2 : similarity >= 0.80 ? 1 : 0;
    }

    /**
     * 3 equal; 2 one part off (year, month or day) or day and month swapped; 1 the same year; 0 otherwise.
     * A birth date mistyped in one part is far likelier between two records of one person than between two
     * people.
     */
    private static int dateLevel(String a, String b) {
        if (a.equals(b)) {
            return 3;
        }
        if (a.length() != 8 || b.length() != 8) {
            return JaroWinkler.similarity(a, b) >= 0.9 ? 2 : 0;
        }
        // Parts compared in place: this runs for most of a million records' hundred million pairs, and six
        // substrings a pair were most of the garbage of the comparing stage (a collection every few million
        // pairs in a 2 GiB heap).
        boolean year = a.regionMatches(0, b, 0, 4);
        boolean month = a.regionMatches(4, b, 4, 2);
        boolean day = a.regionMatches(6, b, 6, 2);
        int same = (year ? 1 : 0) + (month ? 1 : 0) + (day ? 1 : 0);
        boolean swapped = year && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2);
        if (same == 2 || swapped || oneEdit(a, b)) {
            return 2;
        }
        return year ? 1 : 0;
    }

    /**
     * 1 when the two space-separated code lists share a code, 0 when not. A person holds several accounts
     * and several posts, so no code in common is weaker evidence than a different birth date; EM learns how
     * much weaker.
     */
    private static int sharedLevel(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        for (String x : a.split(" ")) {
            for (String y : b.split(" ")) {
                if (x.equals(y)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /** 1 equal, 0 not. */
    private static int exactLevel(String a, String b) {
        return a.equals(b) ? 1 : 0;
    }

    /** 2 equal, 1 one character changed or two swapped (a typing error), 0 otherwise. */
    private static int codeLevel(String a, String b) {
        if (a.equals(b)) {
            return 2;
        }
        return oneEdit(a, b) ? 1 : 0;
    }

    /** Same length and one substitution or one transposition of neighbours. */
    static boolean oneEdit(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (differences == 0) {
                    first = i;
                }
                differences++;
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }
}
