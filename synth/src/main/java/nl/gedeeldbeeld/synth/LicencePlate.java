package nl.gedeeldbeeld.synth;

/**
 * Dutch licence plates in the RDW side-code formats. Serials are spread over each side code's space with
 * an affine permutation, so plates never repeat and neighbouring vehicles do not get neighbouring plates.
 */
final class LicencePlate {
    /** Consonants the RDW issues in current side codes (no vowels, no C, M, Q, W, Y). */
    static final String LETTERS = "BDFGHJKLNPRSTVXZ";

    /** Side codes 6..14 with the first registration year they were used for. */
    private static final String[] PATTERNS = {
        "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999",
        "999-XX-9"
    };
    private static final int[] FROM_YEAR = {1999, 2005, 2008, 2013, 2015, 2019, 2021, 2023, 2024};

    private LicencePlate() {
    }

    /** Index into the pattern table for a first registration year. */
    static int sidecodeFor(int year) {
        int s = 0;
        for (int i = 0; i < FROM_YEAR.length; i++) {
            if (year >= FROM_YEAR[i]) {
                s = i;
            }
        }
        return s;
    }

    static int sidecodeNumber(int sidecodeIndex) {
        return 6 + sidecodeIndex;
    }

    static long capacity(int sidecodeIndex) {
        long c = 1;
        for (char ch : PATTERNS[sidecodeIndex].toCharArray()) {
            c *= ch == 'X' ? LETTERS.length() : ch == '9' ? 10 : 1;
        }
        return c;
    }

    static String plate(int sidecodeIndex, long serial) {
        String pattern = PATTERNS[sidecodeIndex];
        long cap = capacity(sidecodeIndex);
        long n = Math.floorMod(serial * 2_654_435_761L + 1_013_904_223L, cap);
        char[] out = pattern.toCharArray();
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] == 'X') {
                out[i] = LETTERS.charAt((int) (n % LETTERS.length()));
                n /= LETTERS.length();
            } else if (out[i] == '9') {
                out[i] = (char) ('0' + n % 10);
                n /= 10;
            }
        }
        return new String(out);
    }
}
