package nl.gedeeldbeeld.model.value;

import java.util.regex.Pattern;
/**
 * Telephone numbers in E.164 form (+31612345678). Numbers without a country code are read as Dutch,
 * because that is what our partners' registrations hold; "+31 (0)6 …" loses its trunk zero.
 */
public final class PhoneType implements ValueType {
    private static final Pattern NON_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern PHONE_CHARACTER = Pattern.compile("[0-9+\\s().\\-/]");

    @Override
    public String code() {
        return "phone";
    }

    @Override
    public ValueResult normalise(String raw) {
        String s = raw.trim().replace("(0)", "");
        boolean plus = s.startsWith("+");
        String digits = NON_DIGIT.matcher(s).replaceAll("");
        if (PHONE_CHARACTER.matcher(s).replaceAll("").length() > 0) {
            return ValueResult.invalid("phone number '" + raw + "' contains characters other than digits, spaces and + ( ) - . /");
        }
        String e164;
        if (plus) {
            e164 = digits;
        } else if (digits.startsWith("00")) {
            e164 = digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164 = "31" + digits.substring(1);
        } else {
            return ValueResult.invalid("phone number '" + raw + "' has no country code and does not start with 0");
        }
        if (e164.startsWith("310")) {
            e164 = "31" + e164.substring(3);
        }
        if (e164.startsWith("31") && e164.length() != 11) {
            return ValueResult.invalid("Dutch phone number '" + raw + "' must have 10 digits starting with 0");
        }
        if (e164.length() < 8 || e164.length() > 15) {
            return ValueResult.invalid("phone number '" + raw + "' must have 8 to 15 digits including the country code");
        }
        return ValueResult.valid("+" + e164);
    }
}
