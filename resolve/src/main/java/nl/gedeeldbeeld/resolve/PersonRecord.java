package nl.gedeeldbeeld.resolve;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * @param accounts   the IBANs of the bank accounts the source links the person to as holder (upper-case, no
 *                   spaces); evidence a partner holds about the person beside the person's own values
 * @param companies  the KvK numbers of the companies the source links the person to (director, shareholder,
 *                   employer on a pass)
 */
public record PersonRecord(String id, String givenName, String surname, String birthDate, String streetNumber,
                           String street, String locality, String postcode, String identifier, Set<String> accounts,
                           Set<String> companies) {
    /** A record without links to accounts or companies (a file of persons, as Febrl or a registry extract). */
    public PersonRecord(String id, String givenName, String surname, String birthDate, String streetNumber,
                        String street, String locality, String postcode, String identifier) {
        this(id, givenName, surname, birthDate, streetNumber, street, locality, postcode, identifier, Set.of(), Set.of());
    }

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
        accounts = codes(accounts);
        companies = codes(companies);
    }

    /** Sorted, so that a record's feature value does not depend on the order the source listed its links in. */
    private static Set<String> codes(Set<String> values) {
        TreeSet<String> out = new TreeSet<>();
        if (values != null) {
            for (String v : values) {
                String code = v == null ? "" : v.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    private static String fold(String value) {
        return value == null ? "" : DutchName.fold(value);
    }
}
