package nl.gedeeldbeeld.resolve.blind;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A cryptographic long-term key (Schnell, Bachteler &amp; Reiher 2009): one Bloom filter into which all of a
 * record's tokens are hashed, compared by the Dice coefficient of their set bits. Immutable; the bits are
 * held as longs so a comparison is a handful of AND and bit-count instructions.
 *
 * <p>On the wire it is standard base64 of the bytes, bit {@code i} in byte {@code i / 8} at bit
 * {@code i % 8} (least significant first).
 */
public final class Clk {
    private final long[] words;
    private final int length;
    private final int cardinality;

    private Clk(long[] words, int length) {
        this.words = words;
        this.length = length;
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        this.cardinality = c;
    }

    /** The filter with the given positions set. */
    static Clk of(int length, long[] words) {
        if (words.length * 64 != length) {
            throw new IllegalArgumentException("length " + length + " needs " + length / 64 + " words, not " + words.length);
        }
        return new Clk(words.clone(), length);
    }

    /** Decodes base64 of exactly {@code length} bits; empty when the text is not that. */
    public static Optional<Clk> fromBase64(String text, int length) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length * 8 != length) {
            return Optional.empty();
        }
        long[] words = new long[length / 64];
        for (int i = 0; i < bytes.length; i++) {
            words[i / 8] |= (bytes[i] & 0xffL) << (8 * (i % 8));
        }
        return Optional.of(new Clk(words, length));
    }

    /** Number of bits a base64 text decodes to, for error messages about a wrong length. */
    static int decodedBits(String text) {
        try {
            return Base64.getDecoder().decode(text).length * 8;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    public String toBase64() {
        byte[] bytes = new byte[length / 8];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (words[i / 8] >>> (8 * (i % 8)));
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    public int length() {
        return length;
    }

    public int cardinality() {
        return cardinality;
    }

    public boolean get(int bit) {
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** 2·|A∩B| / (|A| + |B|); 0 when both are empty (nothing in common to speak of). */
    public double dice(Clk other) {
        return dice(other, 0);
    }

    /**
     * 2·|A∩B| / (|A| + |B| − excluded): the Dice coefficient with {@code excluded} set bits, none of them in
     * common, left out of the count ({@link Presence.Correction}); never below the plain Dice nor above 1.
     */
    double dice(Clk other, double excluded) {
        if (other.length != length) {
            throw new IllegalArgumentException("cannot compare encodings of " + length + " and " + other.length + " bits");
        }
        int total = cardinality + other.cardinality;
        if (total == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0; i < words.length; i++) {
            common += Long.bitCount(words[i] & other.words[i]);
        }
        double rest = total - Math.max(0, excluded);
        return rest <= 2.0 * common ? (common == 0 ? 0 : 1) : 2.0 * common / rest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clk c && c.length == length && Arrays.equals(c.words, words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Clk[" + length + " bits, " + cardinality + " set]";
    }
}
