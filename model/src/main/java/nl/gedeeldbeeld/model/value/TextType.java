package nl.gedeeldbeeld.model.value;

/**
 * Free text and plain strings: trimmed, and limited in length so that one bad cell cannot bloat the store.
 * The limit is a parameter because FtM gives strings and texts different maxima.
 */
public record TextType(String code, int maxLength, boolean collapseWhitespace) implements ValueType {

    @Override
    public ValueResult normalise(String raw) {
        String tidy = collapseWhitespace ? TextPatterns.collapseWhitespace(raw.trim()) : raw.strip();
        if (tidy.length() > maxLength) {
            return ValueResult.invalid("value of " + tidy.length() + " characters is longer than the " + maxLength + " allowed");
        }
        return ValueResult.valid(tidy);
    }
}
