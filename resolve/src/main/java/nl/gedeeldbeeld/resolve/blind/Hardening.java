package nl.gedeeldbeeld.resolve.blind;

import java.util.Arrays;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * What the encoder does on top of keyed hashing to make frequency attacks harder.
 *
 * <p>{@link #NONE}: the plain cryptographic long-term key (CLK). {@link #BALANCED}: Schnell &amp; Borgs
 * (2016), the filter followed by its complement, the bits shuffled by a permutation derived from the
 * secret: every encoding then has exactly half its bits set, so the number of set bits no longer tells
 * how long the names are, and a bit that is set in many filters is no longer recognisable as a frequent
 * bigram's. The price is a filter twice as long and a slightly different Dice scale (a close pair scores a
 * little higher than unbalanced), so it has its own threshold; {@code docs/benchmarks.md}
 * has both measured. It does not stop pattern-mining attacks (Christen et al. 2018) on its own: each original
 * bit is still present, once as itself and once inverted, at positions only the secret's holders know.
 */
public enum Hardening {
    NONE, BALANCED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Hardening parse(String code) {
        return Arrays.stream(values()).filter(h -> h.code().equals(code)).findFirst().orElseThrow(() ->
                new UserInputException("unknown hardening '" + code + "'; known: none, balanced"));
    }
}
