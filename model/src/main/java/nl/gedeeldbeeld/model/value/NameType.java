package nl.gedeeldbeeld.model.value;

import java.util.regex.Pattern;

/**
 * Names of people and organisations. Normalisation only tidies (whitespace, registry order "Berg, Jan van
 * der" → "Jan van der Berg" when the value looks like a person's name): spelling is never changed, because
 * a name is evidence and matching must see the variants.
 */
public final class NameType implements ValueType {
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i).*\\b(b\\.?v\\.?|n\\.?v\\.?|v\\.?o\\.?f\\.?|inc|ltd|llc|gmbh)\\b.*");

    @Override
    public String code() {
        return "name";
    }

    @Override
    public ValueResult normalise(String raw) {
        String tidy = TextPatterns.collapseWhitespace(raw.trim());
        if (tidy.length() > 384) {
            return ValueResult.invalid("name is longer than 384 characters");
        }
        if (LETTER_OR_DIGIT.matcher(tidy).replaceAll("").length() == tidy.length()) {
            return ValueResult.invalid("name '" + raw + "' has no letters or digits");
        }
        int comma = tidy.indexOf(',');
        if (comma > 0 && comma == tidy.lastIndexOf(',') && !LEGAL_FORM.matcher(tidy).matches()) {
            return ValueResult.valid(DutchName.parse(tidy).display());
        }
        return ValueResult.valid(tidy);
    }
}
