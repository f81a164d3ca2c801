package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vehicle registration plates. Stored compact and upper-case (12ABC3) so that "12-ABC-3", "12 abc 3" and
 * "12ABC3" are one identifier. Dutch plates follow the RDW side codes 1–14; foreign plates are accepted
 * when they are 2 to 10 letters and digits, since a plate without a country cannot be checked further.
 */
public final class LicencePlateType implements ValueType {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Pattern PLATE_SHAPE = Pattern.compile("[A-Z0-9]{2,10}");
    /** RDW side codes; X = letter, 9 = digit. */
    private static final Pattern DUTCH = Pattern.compile(
            "[A-Z]{2}[0-9]{4}|[0-9]{4}[A-Z]{2}|[0-9]{2}[A-Z]{2}[0-9]{2}|[A-Z]{2}[0-9]{2}[A-Z]{2}"
                    + "|[A-Z]{4}[0-9]{2}|[0-9]{2}[A-Z]{4}|[0-9]{2}[A-Z]{3}[0-9]|[0-9][A-Z]{3}[0-9]{2}"
                    + "|[A-Z]{2}[0-9]{3}[A-Z]|[A-Z][0-9]{3}[A-Z]{2}|[A-Z]{3}[0-9]{2}[A-Z]|[0-9][A-Z]{2}[0-9]{3}"
                    + "|[A-Z][0-9]{2}[A-Z]{3}|[A-Z]{3}[0-9][A-Z]{2}");

    @Override
    public String code() {
        return "plate";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!PLATE_SHAPE.matcher(compact).matches()) {
            return ValueResult.invalid("licence plate '" + raw + "' must be 2 to 10 letters and digits");
        }
        return ValueResult.valid(compact);
    }

    /** Whether a normalised plate has the shape of a Dutch (RDW) registration. */
    public static boolean isDutch(String normalised) {
        return normalised.length() == 6 && DUTCH.matcher(normalised).matches();
    }
}
