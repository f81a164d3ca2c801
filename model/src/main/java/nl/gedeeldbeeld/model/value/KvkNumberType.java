package nl.gedeeldbeeld.model.value;

import java.util.regex.Pattern;

/** Kamer van Koophandel (Dutch chamber of commerce) registration numbers: eight digits. */
public final class KvkNumberType implements ValueType {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

    @Override
    public String code() {
        return "kvk";
    }

    @Override
    public ValueResult normalise(String raw) {
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        if (digits.regionMatches(true, 0, "KVK", 0, 3)) {
            digits = digits.substring(3).replaceFirst("^[:-]", "");
        }
        if (!EIGHT_DIGITS.matcher(digits).matches()) {
            return ValueResult.invalid("KvK-nummer '" + raw + "' must be exactly 8 digits");
        }
        return ValueResult.valid(digits);
    }
}
