package nl.gedeeldbeeld.resolve.blind;

/**
 * How a record becomes an encoding: the filter length, how many bit positions each token sets, and the
 * hardening. Both partners must encode with the same scheme (and secret) for their encodings to be
 * comparable; the scheme travels in every encoding file's header so the platform can check that.
 *
 * <p>Why these defaults (measured, see docs/benchmarks.md "Blind matching"). 1024 bits: the length Schnell,
 * Bachteler &amp; Reiher (2009) and most CLK work use; 16 longs compare in a few nanoseconds.
 * {@code kName = 20} positions per name bigram or initial and {@code kDate = 100} per date part (year,
 * month, day): a typical record has 10–16 name tokens, so the names set about 300 positions and the date
 * 300, and about 44 % of the bits end up set — close to the half at which a Bloom filter carries the most
 * information, and so the least redundancy an attacker can exploit. The date weighs as much as all the
 * names together because that is what tells namesakes apart: with {@code kDate = 40} two different "Jan
 * Mulder"s born in different years still scored 0.83, and such namesakes were most of the false hits
 * left on the synthetic world (inspected by hand); 60, 80, 100 and 120 were tried, 100 and above gave the best F1 on both the world and Febrl.
 * Hardening {@link Hardening#BALANCED} by default: at these parameters it cost no measurable precision or
 * recall (F1 within 0.004 of the plain filter's, each at its own threshold), so there was no reason to do
 * without it; the encodings are twice as long.
 *
 * @param version the encoding version, raised whenever tokens, hashing or layout change
 * @param bits    filter length before hardening
 */
public record EncodingScheme(int version, int bits, int kName, int kDate, Hardening hardening) {
    /**
     * 4: which fields each record has ({@link Presence}), so a field one side lacks does not count against a pair;
     * 3: street and place bigrams under one prefix, and near-identifier hashes ({@link Encoding#nearHashes()});
     * 2: the address takes part (street, house number, postcode, place); 1 encoded name and date only.
     */
    public static final int VERSION = 4;
    /** Bit positions per address token: see {@link #kAddress()}. */
    static final int ADDRESS_DIVISOR = 4;
    public static final EncodingScheme STANDARD = new EncodingScheme(VERSION, 1024, 20, 100, Hardening.BALANCED);

    public EncodingScheme {
        if (version != VERSION) {
            throw new IllegalArgumentException("encoding version " + version + " is not supported (this build encodes version " + VERSION
                    + "); the partner must encode the file again with this build");
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

    /**
     * Bit positions per address token, a quarter of a name token's: a record has 30–40 address tokens
     * against 10–16 name tokens, and the address must weigh less than the person (people move).
     */
    public int kAddress() {
        return Math.max(1, kName / ADDRESS_DIVISOR);
    }

    public EncodingScheme withHardening(Hardening h) {
        return new EncodingScheme(version, bits, kName, kDate, h);
    }

    /** The length of the encoding the platform sees: twice the filter when it is balanced. */
    public int length() {
        return hardening == Hardening.BALANCED ? 2 * bits : bits;
    }
}
