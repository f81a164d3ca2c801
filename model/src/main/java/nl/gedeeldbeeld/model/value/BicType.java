package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/** Bank identifier codes (ISO 9362): 8 or 11 characters, institution, country, location, branch. */
public final class BicType implements ValueType {
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    @Override
    public String code() {
        return "bic";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = TextPatterns.WHITESPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!BIC_SHAPE.matcher(compact).matches()) {
            return ValueResult.invalid("BIC '" + raw + "' must be 8 or 11 characters: bank (4 letters), country (2), location (2), optional branch (3)");
        }
        if (!CountryType.isKnownAlpha2(compact.substring(4, 6))) {
            return ValueResult.invalid("BIC '" + raw + "' names unknown country '" + compact.substring(4, 6) + "'");
        }
        return ValueResult.valid(compact.endsWith("XXX") ? compact.substring(0, 8) : compact);
    }
}
