package nl.gedeeldbeeld.model.value;

import java.util.regex.Pattern;

/** RSIN (rechtspersonen en samenwerkingsverbanden informatienummer): nine digits passing the elfproef. */
public final class RsinType implements ValueType {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

    @Override
    public String code() {
        return "rsin";
    }

    @Override
    public ValueResult normalise(String raw) {
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        if (EIGHT_DIGITS.matcher(digits).matches()) {
            digits = "0" + digits; // leading zero is often lost in spreadsheets
        }
        if (!NINE_DIGITS.matcher(digits).matches()) {
            return ValueResult.invalid("RSIN '" + raw + "' must be 9 digits");
        }
        if (!Checksums.elfproef(digits)) {
            return ValueResult.invalid("RSIN '" + raw + "' fails the elfproef (11-check); check for a typing error");
        }
        return ValueResult.valid(digits);
    }
}
