package nl.gedeeldbeeld.model.provenance;

import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reliability grade of a statement, Admiralty style: the source (A–F) and the information (1–6), written
 * together as "B2". The labels live in {@code reliability-grades.yml}; see {@link ReliabilityScale}.
 */
public record Reliability(char source, int information) {

    /** F6: nothing is known of source or information; the grade of data imported without one. */
    public static final Reliability UNGRADED = new Reliability('F', 6);

    public Reliability {
        if (source < 'A' || source > 'F') {
            throw new UserInputException("reliability source grade must be A to F, not '" + source + "'");
        }
        if (information < 1 || information > 6) {
            throw new UserInputException("reliability information grade must be 1 to 6, not " + information);
        }
    }

    public static Reliability parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        // Checked by hand, not with String.matches: every statement read from the store is parsed here, and
        // matches compiles its pattern on every call (2% of the index thread's time in the import profile).
        if (c.length() != 2 || c.charAt(0) < 'A' || c.charAt(0) > 'Z' || c.charAt(1) < '0' || c.charAt(1) > '9') {
            throw new UserInputException("reliability '" + code + "' must be a letter A–F and a digit 1–6, e.g. B2");
        }
        return new Reliability(c.charAt(0), c.charAt(1) - '0');
    }

    public String code() {
        return "" + source + information;
    }

    @Override
    public String toString() {
        return code();
    }
}
