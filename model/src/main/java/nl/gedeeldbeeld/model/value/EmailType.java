package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses: one @, a plausible domain; the domain is lower-cased, the local part kept. */
public final class EmailType implements ValueType {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    @Override
    public String code() {
        return "email";
    }

    @Override
    public ValueResult normalise(String raw) {
        String trimmed = raw.trim();
        if (trimmed.regionMatches(true, 0, "mailto:", 0, 7)) {
            trimmed = trimmed.substring(7);
        }
        if (!SHAPE.matcher(trimmed).matches()) {
            return ValueResult.invalid("e-mail address '" + raw + "' is not of the form name@domain.tld");
        }
        int at = trimmed.lastIndexOf('@');
        return ValueResult.valid(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
