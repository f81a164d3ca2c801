package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Generic identifiers (passport numbers, registration numbers without a known format): upper-case, with
 * spaces, dots and hyphens removed, so the same document number typed differently is one value.
 */
public final class IdentifierType implements ValueType {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");

    @Override
    public String code() {
        return "identifier";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.isEmpty() || compact.length() > 64) {
            return ValueResult.invalid("identifier '" + raw + "' must have 1 to 64 characters besides separators");
        }
        return ValueResult.valid(compact);
    }
}
