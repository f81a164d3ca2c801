package nl.gedeeldbeeld.resolve.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.resolve.PersonRecord;

/**
 * A partner's own record in plaintext, as the encoder takes it; it never leaves the partner.
 *
 * @param ref        the partner's own reference for the record, which comes back in its hit signals
 * @param birthDate  digits {@code yyyymmdd}, or {@code yyyy} / {@code yyyymm} when only that is known, or empty; the
 *                   digits need not make a date the calendar has (19870231 is kept: a slip in one part still
 *                   leaves the others to agree)
 * @param address    where the partner has the person living, {@link PlainAddress#NONE} when nowhere
 */
public record PlainPerson(String ref, String givenName, String surname, String birthDate, PlainAddress address,
                          List<Identifier> identifiers) {
    public PlainPerson {
        Objects.requireNonNull(ref, "ref");
        givenName = Objects.requireNonNullElse(givenName, "");
        surname = Objects.requireNonNullElse(surname, "");
        birthDate = Objects.requireNonNullElse(birthDate, "").replaceAll("[^0-9]", "");
        if (!DATE_DIGITS.matcher(birthDate).matches()) {
            throw new IllegalArgumentException("birth date '" + birthDate + "' is not yyyy, yyyymm or yyyymmdd");
        }
        address = Objects.requireNonNullElse(address, PlainAddress.NONE);
        identifiers = List.copyOf(identifiers);
    }

    /** A person of whom the partner holds no address. */
    public PlainPerson(String ref, String givenName, String surname, String birthDate, List<Identifier> identifiers) {
        this(ref, givenName, surname, birthDate, PlainAddress.NONE, identifiers);
    }

    /** Year first: "01031970" (a day-first date stripped of its dashes) must not pass as year 0103. */
    private static final Pattern DATE_DIGITS = Pattern.compile("|[12]\\d{3}(\\d{2}(\\d{2})?)?");

    /**
     * A matcher's record as a partner would hold it, address included; its one identifier has no known type,
     * so it is {@code id}. A birth date that is not year-first digits is left out, as a partner would send none.
     */
    public static PlainPerson of(PersonRecord record) {
        List<Identifier> ids = new ArrayList<>();
        if (!record.identifier().isEmpty()) {
            ids.add(new Identifier("id", record.identifier()));
        }
        String date = DATE_DIGITS.matcher(record.birthDate()).matches() ? record.birthDate() : "";
        return new PlainPerson(record.id(), record.givenName(), record.surname(), date,
                new PlainAddress(record.street(), record.streetNumber(), record.postcode(), record.locality()), ids);
    }
}
