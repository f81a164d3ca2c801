package nl.gedeeldbeeld.resolve;

import java.util.Objects;
import nl.gedeeldbeeld.model.value.DutchName;

/**
 * One source record about a person, in the form the matcher compares: every field folded to lower-case
 * ASCII (diacritics and punctuation gone), an empty string where the source said nothing. The id is the
 * record's id in its source and is never compared: matching sees values only, so a ground truth hidden in
 * ids (as in Febrl) cannot leak into the answer.
 *
 * @param birthDate  digits only, year first, {@code yyyymmdd} when complete ({@link BirthDates#yearFirst}); a
 *                   date the calendar does not have is kept as written
 * @param identifier a national or source identifier (BSN, passport, social security number), digits and letters
 */
public record PersonRecord(String id, String givenName, String surname, String birthDate, String streetNumber,
                           String street, String locality, String postcode, String identifier) {
    public PersonRecord {
        Objects.requireNonNull(id, "id");
        givenName = fold(givenName);
        surname = fold(surname);
        birthDate = BirthDates.yearFirst(birthDate);
        streetNumber = fold(streetNumber);
        street = fold(street);
        locality = fold(locality);
        postcode = fold(postcode).replace(" ", "");
        identifier = fold(identifier).replace(" ", "");
    }

    private static String fold(String value) {
        return value == null ? "" : DutchName.fold(value);
    }
}
