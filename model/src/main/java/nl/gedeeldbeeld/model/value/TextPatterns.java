package nl.gedeeldbeeld.model.value;

import java.util.regex.Pattern;

/**
 * Regular expressions several value types normalise with, compiled once: {@code String.replaceAll} compiles its
 * pattern on every call, and normalisation runs for every value an import reads and every document the search
 * index builds (it showed in the import's profile).
 */
final class TextPatterns {
    static final Pattern WHITESPACE = Pattern.compile("\\s");
    static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");

    private TextPatterns() {
    }

    /** Every run of white space as one space, as {@code text.replaceAll("\\s+", " ")}. */
    static String collapseWhitespace(String text) {
        return WHITESPACE_RUN.matcher(text).replaceAll(" ");
    }

    /** Combining marks dropped, as {@code text.replaceAll("\\p{M}", "")}. */
    static String dropMarks(String text) {
        return COMBINING_MARK.matcher(text).replaceAll("");
    }
}
