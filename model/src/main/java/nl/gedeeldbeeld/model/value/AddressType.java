package nl.gedeeldbeeld.model.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full postal addresses in one string. Whitespace is tidied and a Dutch postcode inside is brought to its
 * compact form ("1234 ab" → "1234AB"), so that the same address typed twice compares equal.
 */
public final class AddressType implements ValueType {
    private static final Pattern POSTCODE = Pattern.compile("\\b([1-9][0-9]{3})\\s?([A-Za-z]{2})\\b");

    @Override
    public String code() {
        return "address";
    }

    @Override
    public ValueResult normalise(String raw) {
        String tidy = TextPatterns.collapseWhitespace(raw.trim());
        if (tidy.length() > 512) {
            return ValueResult.invalid("address is longer than 512 characters");
        }
        Matcher m = POSTCODE.matcher(tidy);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT));
        }
        m.appendTail(sb);
        return ValueResult.valid(sb.toString());
    }
}
