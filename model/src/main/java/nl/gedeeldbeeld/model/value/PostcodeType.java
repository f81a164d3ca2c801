package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postcodes. Dutch ones (four digits not starting with 0, two letters) are checked and stored without a
 * space: 1234AB. Foreign postcodes (2–10 letters, digits, spaces or hyphens) are kept upper-case, because an
 * Address carries its country in another property and a Belgian "1000" is valid.
 */
public final class PostcodeType implements ValueType {
    private static final Pattern DUTCH = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Pattern FOREIGN = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,9}");
    private static final Pattern DUTCH_WITH_A_SLIP = Pattern.compile("[0-9]{4}[A-Z]+|[0-9]{5,}[A-Z]{2}");

    @Override
    public String code() {
        return "postcode";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = TextPatterns.WHITESPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!DUTCH.matcher(compact).matches()) {
            String foreign = TextPatterns.collapseWhitespace(raw.trim()).toUpperCase(Locale.ROOT);
            if (FOREIGN.matcher(foreign).matches() && !DUTCH_WITH_A_SLIP.matcher(compact).matches()) {
                return ValueResult.valid(foreign);
            }
            return ValueResult.invalid("postcode '" + raw + "' must be four digits and two letters, e.g. 1234 AB");
        }
        String letters = compact.substring(4);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return ValueResult.invalid("postcode '" + raw + "' uses letters " + letters + ", which PostNL never issues");
        }
        return ValueResult.valid(compact);
    }
}
