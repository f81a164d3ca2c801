package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {
    private static final JaroWinklerSimilarity ORACLE = new JaroWinklerSimilarity();

    @Test
    void givesExactlyWhatCommonsTextGivesOnNamesWithTheirUsualSlips() {
        List<String> names = List.of("jansen", "janssen", "jansens", "de vries", "vries", "bakker", "backer", "van den berg",
                "berg", "mohammed", "mohamed", "muhammad", "el amrani", "elamrani", "dijkstra", "dykstra", "ma", "am", "a", "",
                "kerkstraat", "kerkstr", "rotterdam", "rotterdm", "s-gravenhage", "den haag", "19700101", "19701001");
        for (String x : names) {
            for (String y : names) {
                assertThat(JaroWinkler.similarity(x, y)).as(x + " ~ " + y).isEqualTo(ORACLE.apply(x, y));
            }
        }
    }

    @Test
    void givesExactlyWhatCommonsTextGivesOnRandomStringsOfEveryLength() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            String x = random(rng, rng.nextInt(0, 80));
            String y = rng.nextInt(3) == 0 ? mutate(rng, x) : random(rng, rng.nextInt(0, 80));
            assertThat(JaroWinkler.similarity(x, y)).as(x + " ~ " + y).isEqualTo(ORACLE.apply(x, y));
        }
    }

    private static String random(SplittableRandom rng, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + rng.nextInt(6)));
        }
        return s.toString();
    }

    private static String mutate(SplittableRandom rng, String s) {
        if (s.length() < 2) {
            return s + "x";
        }
        StringBuilder b = new StringBuilder(s);
        int i = rng.nextInt(s.length() - 1);
        char c = b.charAt(i);
        b.setCharAt(i, b.charAt(i + 1));
        b.setCharAt(i + 1, c);
        return rng.nextBoolean() ? b.toString() : b.deleteCharAt(rng.nextInt(b.length())).toString();
    }
}
