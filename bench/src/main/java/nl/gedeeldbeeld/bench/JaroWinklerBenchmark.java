package nl.gedeeldbeeld.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.resolve.JaroWinkler;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Our allocation-free Jaro–Winkler side by side with commons-text's on name-like pairs (lengths 4–20, half
 * of them one slip apart), single-threaded, after a warm-up; both must give the same sum.
 *
 * <pre>bench/run jaro-winkler [--pairs 2000000] [--rounds 5]</pre>
 */
public final class JaroWinklerBenchmark {
    public static void main(String[] argv) {
        BenchArgs args = BenchArgs.parse(argv);
        int n = Integer.parseInt(args.get("pairs", "2000000"));
        int rounds = Integer.parseInt(args.get("rounds", "5"));
        SplittableRandom rng = new SplittableRandom(5);
        String[] left = new String[n];
        String[] right = new String[n];
        for (int i = 0; i < n; i++) {
            left[i] = word(rng, rng.nextInt(4, 21));
            right[i] = rng.nextBoolean() ? slip(rng, left[i]) : word(rng, rng.nextInt(4, 21));
        }
        JaroWinklerSimilarity library = new JaroWinklerSimilarity();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            double sumLibrary = 0;
            for (int i = 0; i < n; i++) {
                sumLibrary += library.apply(left[i], right[i]);
            }
            long t1 = System.nanoTime();
            double sumOurs = 0;
            for (int i = 0; i < n; i++) {
                sumOurs += JaroWinkler.similarity(left[i], right[i]);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round=%d pairs=%d commons_text_ns_per_pair=%.1f ours_ns_per_pair=%.1f speedup=%.2f same_sum=%b%n",
                    round, n, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t1 - t0) / (double) (t2 - t1), sumLibrary == sumOurs);
        }
    }

    private static String word(SplittableRandom rng, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append("aeioundrstlkmbgvjhpwz".charAt(rng.nextInt(21)));
        }
        return s.toString();
    }

    private static String slip(SplittableRandom rng, String s) {
        StringBuilder b = new StringBuilder(s);
        int i = rng.nextInt(s.length() - 1);
        char c = b.charAt(i);
        b.setCharAt(i, b.charAt(i + 1));
        b.setCharAt(i + 1, c);
        return b.toString();
    }
}
