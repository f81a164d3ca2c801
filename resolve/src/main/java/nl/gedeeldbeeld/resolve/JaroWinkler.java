package nl.gedeeldbeeld.resolve;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro–Winkler similarity (Winkler 1990), computed exactly as commons-text's {@link JaroWinklerSimilarity}
 * (same match window, transposition count, prefix of at most four and scaling factor 0.1) but without
 * allocating: matched positions are kept in two {@code long} bit sets, so strings of up to 64 characters
 * (every name, street and town in practice) cost no garbage. Comparing candidate pairs is the hot path of
 * resolution and commons-text allocates four arrays and a boxed Double per call; the figures side by side
 * are in docs/benchmarks.md. Longer strings go to commons-text, which stays the test oracle.
 */
public final class JaroWinkler {
    private static final JaroWinklerSimilarity LIBRARY = new JaroWinklerSimilarity();
    private static final int WORD = 64;

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String max = a.length() > b.length() ? a : b;
        String min = max == a ? b : a;
        if (max.length() > WORD) {
            return LIBRARY.apply(a, b);
        }
        int range = Math.max(max.length() / 2 - 1, 0);
        long maxMatched = 0;
        long minMatched = 0;
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            int end = Math.min(mi + range + 1, max.length());
            for (int xi = Math.max(mi - range, 0); xi < end; xi++) {
                if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
                    maxMatched |= 1L << xi;
                    minMatched |= 1L << mi;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        long mins = minMatched;
        long maxs = maxMatched;
        while (mins != 0) {
            int i = Long.numberOfTrailingZeros(mins);
            int x = Long.numberOfTrailingZeros(maxs);
            if (min.charAt(i) != max.charAt(x)) {
                transpositions++;
            }
            mins &= mins - 1;
            maxs &= maxs - 1;
        }
        int prefix = 0;
        int limit = Math.min(4, min.length());
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double j = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        return j < 0.7 ? j : j + 0.1 * prefix * (1.0 - j);
    }
}
