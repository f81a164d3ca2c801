package nl.gedeeldbeeld.resolve.blind;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.value.DutchName;

/**
 * An exact identifier of a person, by type: BSN (burgerservicenummer, the Dutch citizen service number),
 * passport, identity card, driving licence, IBAN, tax number, or a generic {@code id} where a source does
 * not say which. The value is kept as letters and digits only, lower-case, so "NL91 ABNA 0417 1643 00" and
 * "nl91abna0417164300" hash alike. The type is part of what is hashed, so a passport number that happens to
 * equal someone's BSN does not hit.
 */
public record Identifier(String type, String value) {
    public static final Set<String> TYPES = Set.of("bsn", "passport", "id_card", "driving_licence", "iban", "tax_number", "id");

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        type = type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new UserInputException("unknown identifier type '" + type + "'; known: " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        String kept = DutchName.fold(value).replace(" ", "").replace("'", "");
        if (kept.isEmpty()) {
            throw new IllegalArgumentException(type + " '" + value + "' has no letters or digits");
        }
        value = kept;
    }

    /** What is hashed: the type, a separator that cannot occur in the value, the value. */
    String canonical() {
        return type + ":" + value;
    }
}
