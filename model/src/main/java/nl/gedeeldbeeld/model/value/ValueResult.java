package nl.gedeeldbeeld.model.value;

import java.util.Objects;

/**
 * The outcome of normalising one raw value: either the normalised form, or a reason a person can act on.
 * Sealed so callers handle both cases; no exceptions for ordinary bad input.
 */
public sealed interface ValueResult {

    record Valid(String normalised) implements ValueResult {
        public Valid {
            Objects.requireNonNull(normalised, "normalised");
        }
    }

    record Invalid(String reason) implements ValueResult {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static ValueResult valid(String normalised) {
        return new Valid(normalised);
    }

    static ValueResult invalid(String reason) {
        return new Invalid(reason);
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The normalised value; only call after {@link #isValid()}. */
    default String value() {
        if (this instanceof Valid v) {
            return v.normalised();
        }
        throw new IllegalStateException("invalid value: " + ((Invalid) this).reason());
    }
}
