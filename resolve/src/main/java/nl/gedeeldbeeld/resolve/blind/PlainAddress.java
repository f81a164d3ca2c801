package nl.gedeeldbeeld.resolve.blind;

import java.util.Objects;

/**
 * Where a partner has a person living, as far as it knows: street, house number, postcode and place, each
 * as the partner wrote it (an empty string where it knows nothing). Partners hold these more often than any
 * identifier they share, and they tell apart namesakes born on one day, and find a person whose birth date
 * one side mistyped.
 */
public record PlainAddress(String street, String houseNumber, String postcode, String place) {
    public static final PlainAddress NONE = new PlainAddress("", "", "", "");

    public PlainAddress {
        street = Objects.requireNonNullElse(street, "");
        houseNumber = Objects.requireNonNullElse(houseNumber, "");
        postcode = Objects.requireNonNullElse(postcode, "");
        place = Objects.requireNonNullElse(place, "");
    }

    public boolean isEmpty() {
        return street.isBlank() && houseNumber.isBlank() && postcode.isBlank() && place.isBlank();
    }
}
