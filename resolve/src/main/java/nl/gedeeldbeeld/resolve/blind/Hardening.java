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
 * bigram's. The price is a filter twice as long and a compressed Dice scale (unrelated records score about
 * 0.5 instead of 0.2), so the threshold must be set for it; {@code docs/benchmarks.md} has both measured.
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
