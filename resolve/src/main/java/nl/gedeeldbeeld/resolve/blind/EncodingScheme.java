package nl.gedeeldbeeld.resolve.blind;

/**
 * How a record becomes an encoding: the filter length, how many bit positions each token sets, and the
 * hardening. Both partners must encode with the same scheme (and secret) for their encodings to be
 * comparable; the scheme travels in every encoding file's header so the platform can check that.
 *
 * <p>Why these defaults. 1024 bits: the length Schnell, Bachteler &amp; Reiher (2009) and most CLK work
 * use; a filter of 16 longs compares in a few nanoseconds. {@code kName = 20} positions per name bigram:
 * a typical record has 12–16 name bigrams, so about 300 positions, and with the birth date about 420 of
 * 1024, which leaves a third of the bits set: sparse enough that chance collisions do not make unrelated
 * names look alike, close enough to half that the bit counts are not a strong hint of name length.
 * {@code kDate = 40} positions per date part (year, month, day): the whole date then weighs about as much as
 * one name, because it says about as much about who someone is as a given name does.
 *
 * @param version the encoding version, raised whenever tokens, hashing or layout change
 * @param bits    filter length before hardening
 */
public record EncodingScheme(int version, int bits, int kName, int kDate, Hardening hardening) {
    public static final int VERSION = 1;
    public static final EncodingScheme STANDARD = new EncodingScheme(VERSION, 1024, 20, 40, Hardening.NONE);

    public EncodingScheme {
        if (version != VERSION) {
            throw new IllegalArgumentException("encoding version " + version + " is not supported (this build encodes version " + VERSION + ")");
        }
        if (bits < 64 || bits % 64 != 0 || bits > 1 << 16) {
            throw new IllegalArgumentException("bits must be a multiple of 64 between 64 and 65536, not " + bits);
        }
        if (kName < 1 || kDate < 1 || kName > 256 || kDate > 256) {
            throw new IllegalArgumentException("kName and kDate must be between 1 and 256");
        }
        if (hardening == null) {
            throw new IllegalArgumentException("hardening is required");
        }
    }

    public EncodingScheme withHardening(Hardening h) {
        return new EncodingScheme(version, bits, kName, kDate, h);
    }

    /** The length of the encoding the platform sees: twice the filter when it is balanced. */
    public int length() {
        return hardening == Hardening.BALANCED ? 2 * bits : bits;
    }
}
