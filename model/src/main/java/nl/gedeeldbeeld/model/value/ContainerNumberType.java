package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shipping container numbers (ISO 6346): owner code, category, six digits and a check digit. */
public final class ContainerNumberType implements ValueType {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern OWNER_CATEGORY_SERIAL = Pattern.compile("[A-Z]{3}[UJZ][0-9]{7}");

    @Override
    public String code() {
        return "container";
    }

    @Override
    public ValueResult normalise(String raw) {
        String compact = SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!OWNER_CATEGORY_SERIAL.matcher(compact).matches()) {
            return ValueResult.invalid("container number '" + raw + "' must be 3 letters, U/J/Z, 6 digits and a check digit, e.g. MSCU1234565");
        }
        if (checkDigit(compact.substring(0, 10)) != compact.charAt(10) - '0') {
            return ValueResult.invalid("container number '" + raw + "' has a wrong check digit; check for a typing error");
        }
        return ValueResult.valid(compact);
    }

    /** ISO 6346 check digit over the first ten characters. */
    public static int checkDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = firstTen.charAt(i);
            int v;
            if (Character.isDigit(c)) {
                v = c - '0';
            } else {
                // letters skip multiples of 11: A=10, B=12 … K=21, L=23 …
                v = 10 + (c - 'A');
                v += (v - 1) / 10;
            }
            sum += v << i;
        }
        return sum % 11 % 10;
    }
}
