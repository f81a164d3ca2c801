package nl.gedeeldbeeld.model.value;

import java.util.Locale;

/**
 * Postcodes. Dutch ones (four digits not starting with 0, two letters) are checked and stored without a
 * space: 1234AB. Foreign postcodes (2–10 letters, digits, spaces or hyphens) are kept upper-case, because an
 * Address carries its country in another property and a Belgian "1000" is valid.
 */
public final class PostcodeType implements ValueType {

    @Override
    public String code() {
        return "postcode";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[1-9][0-9]{3}[A-Z]{2}")) {
            String foreign = raw.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (foreign.matches("[A-Z0-9][A-Z0-9 -]{1,9}") && !compact.matches("[0-9]{4}[A-Z]+|[0-9]{5,}[A-Z]{2}")) {
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
