package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch house numbers with an optional addition (huisletter / toevoeging): "12", "12a", "12 A", "12-2",
 * "12 bis", "12hs" all become number + upper-case addition separated by a hyphen when there is one: 12-A.
 */
public final class HouseNumberType implements ValueType {
    private static final Pattern SHAPE = Pattern.compile("([0-9]{1,5})\\s*[-/]?\\s*([A-Za-z0-9]{0,6})");

    @Override
    public String code() {
        return "housenumber";
    }

    @Override
    public ValueResult normalise(String raw) {
        Matcher m = SHAPE.matcher(raw.trim());
        if (!m.matches() || m.group(1).equals("0")) {
            return ValueResult.invalid("house number '" + raw + "' must be a number of 1 to 5 digits with an optional addition, e.g. 12-A");
        }
        String number = m.group(1).replaceFirst("^0+", "");
        String addition = m.group(2).toUpperCase(Locale.ROOT);
        return ValueResult.valid(addition.isEmpty() ? number : number + "-" + addition);
    }
}
