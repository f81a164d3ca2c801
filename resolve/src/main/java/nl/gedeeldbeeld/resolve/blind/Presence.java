package nl.gedeeldbeeld.resolve.blind;

import java.util.Optional;
import java.util.Set;

/**
 * Which fields a record put into its filter (encoding version 4): one letter per field, so that the platform
 * does not count a field one side lacks as disagreement ({@link Correction}). In the encoding file it is the
 * column {@code present}, the letters in the order of {@link Field} ({@code gisymdthpl} for a record with
 * everything, empty for a record whose filter is empty).
 *
 * <p><b>What it tells the platform.</b> Which of these fields each record had: whether the birth date is full
 * or only a year or year and month, whether the given name is written out or an initial only, which address
 * parts are known. Before version 4 the platform could tell only that a record's filter was empty (no name,
 * or neither a birth date nor an address). It tells nothing about the values nor their length (a field's
 * letter is the same for "Jo" and "Johannes", so balanced filters still hide name lengths). Where a
 * partner's records always have the same fields (one registry, one form) they all get the same letters,
 * which then say no more than which columns the partner keeps. A partner for whom a
 * missing field is itself telling (a person "without known address") should know that the platform
 * learns it; that is written in docs/benchmarks.md and the README too.
 */
public record Presence(int mask) {
    /**
     * The fields, each with the letter it is written as, the least number of tokens it puts into the filter
     * when present ({@link PersonTokens}), and the kind of token (which {@code k} of the scheme it sets).
     * Date parts, the initial and the house number are always exactly one token; the others are bigrams of a
     * value of any length, at least two ("_x", "x_").
     */
    public enum Field {
        GIVEN_NAME('g', 2, Kind.NAME), INITIAL('i', 1, Kind.NAME), SURNAME('s', 2, Kind.NAME),
        BIRTH_YEAR('y', 1, Kind.DATE), BIRTH_MONTH('m', 1, Kind.DATE), BIRTH_DAY('d', 1, Kind.DATE),
        STREET('t', 2, Kind.ADDRESS), HOUSE_NUMBER('h', 1, Kind.ADDRESS), POSTCODE('p', 2, Kind.ADDRESS),
        PLACE('l', 2, Kind.ADDRESS);

        final char letter;
        final int minTokens;
        final Kind kind;

        Field(char letter, int minTokens, Kind kind) {
            this.letter = letter;
            this.minTokens = minTokens;
            this.kind = kind;
        }

        public char letter() {
            return letter;
        }

        /** Whether the field always puts the same number of tokens into the filter. */
        public boolean fixedTokens() {
            return kind == Kind.DATE || this == INITIAL || this == HOUSE_NUMBER;
        }

        int bit() {
            return 1 << ordinal();
        }
    }

    enum Kind { NAME, DATE, ADDRESS }

    private static final int ALL = (1 << Field.values().length) - 1;
    public static final Presence NONE = new Presence(0);
    /** Every field: what a record with everything has. */
    public static final Presence ALL_FIELDS = new Presence(ALL);

    public Presence {
        if ((mask & ~ALL) != 0) {
            throw new IllegalArgumentException("presence mask " + mask + " has bits beyond the " + Field.values().length + " fields");
        }
    }

    public static Presence of(Set<Field> fields) {
        int mask = 0;
        for (Field f : fields) {
            mask |= f.bit();
        }
        return new Presence(mask);
    }

    public boolean has(Field field) {
        return (mask & field.bit()) != 0;
    }

    /** The letters of the fields present, in the order of {@link Field}. */
    public String code() {
        StringBuilder out = new StringBuilder();
        for (Field f : Field.values()) {
            if (has(f)) {
                out.append(f.letter);
            }
        }
        return out.toString();
    }

    /** The presence a {@link #code()} text names; empty when a letter is unknown or repeated. */
    public static Optional<Presence> parse(String code) {
        int mask = 0;
        for (int i = 0; i < code.length(); i++) {
            Field field = null;
            for (Field f : Field.values()) {
                if (f.letter == code.charAt(i)) {
                    field = f;
                }
            }
            if (field == null || (mask & field.bit()) != 0) {
                return Optional.empty();
            }
            mask |= field.bit();
        }
        return Optional.of(new Presence(mask));
    }

    @Override
    public String toString() {
        return "Presence[" + code() + "]";
    }

    /**
     * How much of a pair's disagreement is only a field one side has and the other lacks, for the scheme
     * both sides encoded with. The platform cannot see which bits a field set (that takes the secret), so
     * it takes the expected number: a field of {@code t} tokens at {@code k} positions each sets
     * {@code m·(1 − (1 − 1/m)^(t·k))} distinct positions of the {@code m}-bit filter, of which a share
     * {@link #TYPICAL_DENSITY} the record's other fields had set already; the rest are set on one side only.
     * Several one-sided fields of one record are counted together, their tokens summed (their positions
     * collide with each other too).
     *
     * <p>Those positions are left out of the Dice coefficient:
     * {@code Dice' = 2|A∩B| / (|A| + |B| − c·e)}, {@code e} the expected one-sided positions of both records,
     * {@code c = 1} for a plain filter (each such position is one set bit of the record that has the field)
     * and {@code c = 2} for a balanced one (the position is set in one record's filter and its complement is
     * set in the other's: one set bit on each side, none in common). For a balanced filter this is exactly
     * the share of agreeing positions among those the one-sided fields did not take, {@code (m − H)/(m − e)}
     * with {@code H} the Hamming distance of the two filters; a pair that agrees on everything both have
     * then scores about what it would had neither side had the field, as two records that both lack a birth
     * date already did before version 4.
     *
     * <p>Fields of a fixed token count (the date parts, the initial, the house number) are corrected by their
     * expected bits. For the others (given name, surname, street, postcode, place) the platform does not know
     * the token count and must not (it is the value's length, which balanced filters hide), so they are
     * corrected by their least token count ({@link Field#minTokens}): a lower bound, so a missing name still
     * counts against the pair for most of its length, as before. With {@link #TYPICAL_DENSITY} taken on the
     * high side the expected bits are low as well: the correction errs towards the old score. The result is
     * never below the plain Dice and never above 1.
     *
     * <p>No correction when the fields both records have would not give a record a filter of its own: a name
     * and a birth date or an address ({@link #enoughInCommon}). A record with name and address against one
     * with name and birth date have only the name in common, and a name is shared by too many people.
     */
    public static final class Correction {
        /**
         * The share of the filter the rest of a record has set when a field is added, taken on the high side so
         * the expected one-sided bits come out low (see above). Measured with the plain filter: Febrl
         * dataset1/2's full records (name, date, long Australian addresses) set 0.52–0.53 of the bits and 0.37
         * without their birth date; the synthetic world's non-empty filters 0.47 (477 of 1,024), most of them
         * with fewer address parts. With 0.40 a birth date's three parts are expected to set 156 positions on one
         * side only; removing the date from each of Febrl dataset1/2's records took away 148–179 (10th to 90th
         * percentile, median 163–165): the date is corrected a little too little for about three records in four,
         * and too much by more than 8 of 1,024 positions for fewer than one in ten. A given name's least two bigrams
         * give 23 positions, where removing the whole given name (bigrams and initial) took away 55–97 (median 75).
         */
        static final double TYPICAL_DENSITY = 0.40;

        private final double[] expectedBits;
        private final double perBit;

        public Correction(EncodingScheme scheme) {
            int m = scheme.bits();
            Field[] fields = Field.values();
            expectedBits = new double[1 << fields.length];
            for (int mask = 1; mask < expectedBits.length; mask++) {
                long hashes = 0;
                for (Field f : fields) {
                    if ((mask & f.bit()) != 0) {
                        hashes += (long) f.minTokens * k(scheme, f.kind);
                    }
                }
                expectedBits[mask] = m * (1 - Math.pow(1 - 1.0 / m, hashes)) * (1 - TYPICAL_DENSITY);
            }
            perBit = scheme.hardening() == Hardening.BALANCED ? 2 : 1;
        }

        private static int k(EncodingScheme scheme, Kind kind) {
            return switch (kind) {
                case NAME -> scheme.kName();
                case DATE -> scheme.kDate();
                case ADDRESS -> scheme.kAddress();
            };
        }

        /**
         * Whether the fields two records both have are enough to compare them on: a name and a birth date or an
         * address, the rule by which a single record gets a filter at all ({@link PersonTokens}). Without it the
         * correction would compare on the name alone, which is shared by too many people: on the synthetic world
         * a record with name and address against one with name and birth date (no field but the name in common)
         * was 71 of the 75 false hits the correction let in at Dice 0.88 before this rule (all partner pairs compared exhaustively).
         */
        static boolean enoughInCommon(Presence common) {
            boolean name = common.has(Field.GIVEN_NAME) || common.has(Field.INITIAL) || common.has(Field.SURNAME);
            boolean date = common.has(Field.BIRTH_YEAR);
            boolean address = common.has(Field.STREET) || common.has(Field.HOUSE_NUMBER) || common.has(Field.POSTCODE)
                    || common.has(Field.PLACE);
            return name && (date || address);
        }

        /** Expected positions of the plain filter set only because of the fields in {@code onlyHere}. */
        public double expectedBits(Presence onlyHere) {
            return expectedBits[onlyHere.mask];
        }

        /**
         * The Dice coefficient of the two filters with the positions of one-sided fields left out (see the class
         * comment); the plain Dice when the fields both have would not make a filter of their own
         * ({@link #enoughInCommon}).
         */
        public double dice(Clk a, Presence pa, Clk b, Presence pb) {
            int onlyA = pa.mask & ~pb.mask;
            int onlyB = pb.mask & ~pa.mask;
            if ((onlyA | onlyB) == 0 || !enoughInCommon(new Presence(pa.mask & pb.mask))) {
                return a.dice(b);
            }
            return a.dice(b, perBit * (expectedBits[onlyA] + expectedBits[onlyB]));
        }

    }
}
