package nl.gedeeldbeeld.app.problem;

import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Checks of request parameters and body fields against their bounds, each refusal a 400 that names the
 * parameter and the bound. The bounds themselves live with their feature (search, network, money …), one
 * place each, and are repeated in the OpenAPI document as minimum/maximum/maxLength.
 */
public final class Bounds {
    /** The longest free-text value a request parameter or body field may carry unless its feature says less. */
    public static final int MAX_TEXT = 500;
    /** The longest entity or record id (FtM ids are a source id plus a 40-character signature). */
    public static final int MAX_ID = 300;
    /** The most values a list parameter or field may hold unless its feature says less. */
    public static final int MAX_ITEMS = 50;

    private Bounds() {
    }

    public static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UserInputException(name + " must be " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** A text that must be there: not null, not blank, not longer than {@code max}. */
    public static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new UserInputException(name + " is required and may not be empty or null");
        }
        return atMost(name, value, max);
    }

    /** An id that must be there (at most {@link #MAX_ID} characters). */
    public static String id(String name, String value) {
        return required(name, value, MAX_ID);
    }

    public static String atMost(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserInputException(name + " may be at most " + max + " characters, got " + value.length());
        }
        return value;
    }

    /** An optional text: empty when null or blank, refused when longer than {@code max}. */
    public static Optional<String> optional(String name, String value, int max) {
        return Optional.ofNullable(atMost(name, value, max)).filter(v -> !v.isBlank());
    }

    /** A list of at most {@code maxItems} values, none null and none longer than {@code maxLength}. */
    public static List<String> items(String name, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new UserInputException(name + " may hold at most " + maxItems + " values, got " + values.size());
        }
        for (String v : values) {
            if (v == null) {
                throw new UserInputException(name + " may not hold null");
            }
            atMost(name + " value", v, maxLength);
        }
        return List.copyOf(values);
    }

    /** A request body that must be there. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new UserInputException("this request needs a JSON body; it was empty or null");
        }
        return body;
    }
}
