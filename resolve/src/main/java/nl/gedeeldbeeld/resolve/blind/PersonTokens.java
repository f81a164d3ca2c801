package nl.gedeeldbeeld.resolve.blind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.model.value.DutchName;
import nl.gedeeldbeeld.resolve.NameKeys;

/**
 * What of a person goes into the filter, per field, after the normalisation both partners must apply
 * alike (it is part of the encoding version).
 *
 * <ul>
 * <li>Given name: the first given name only, as padded bigrams ("_jan_" → _j, ja, an, n_), spelling folded
 * the Dutch way ({@link NameKeys#dutchSound}: "Gijs"/"Gys"); sources disagree far more on second and third
 * names than on the first. Its initial is a token of its own, so "J." still agrees with "Jan" on something:
 * Dutch registries often hold initials only.</li>
 * <li>Surname: the surname proper ({@link NameKeys#surnameProper}: "van der Berg", "Berg, van der",
 * "v.d. Berg" and "Berg" all become "berg"), spaces dropped, Dutch spelling folded, as padded bigrams.
 * Tussenvoegsels (the particles "van", "de", "van der" …) are dropped rather than encoded because sources
 * write, abbreviate and order them differently, or leave them out.</li>
 * <li>Birth date: year, month and day as three tokens, so a wrong day costs a third of the date, not all of it.
 * Digits the calendar does not have (19870231) are encoded as they are: year and month still agree.</li>
 * <li>Address (version 2): street and place as padded bigrams (from version 3 under one prefix, so swapped
 * street and place still agree), the postcode as padded bigrams (a typo in one
 * digit leaves most of it agreeing), the house number as one token; each kind under its own prefix, and
 * with fewer bit positions per token than names and date ({@link EncodingScheme#kAddress()}): the address
 * tells namesakes apart and carries a pair whose birth date or name one side mistyped, but people move, so it
 * must not outweigh the person.</li>
 * </ul>
 *
 * A record without any name, or with neither a birth date nor an address, has too little for a similarity
 * hit: its filter stays empty and only its identifiers can hit. A name alone is shared by too many people to be a signal: the
 * medium synthetic world has 24 "Jan de Jong"s in one partner's file, and when name-only records were
 * encoded they were on one side of 95 % of the false hits there (9,781 of 10,290; plain filters, Dice 0.80).
 * A record with a filter also says which fields it put into it ({@link Presence}, version 4): the empty
 * filter told the platform only that a record lacked a birth date and an address or a name; the presence says
 * which fields each record has. A record with neither filter nor identifier is not sent at all
 * ({@link EncodeJob}).
 *
 * @param present the fields whose tokens are in the lists, {@link Presence#NONE} when they are all empty
 */
record PersonTokens(List<String> givenName, List<String> initial, List<String> surname, List<String> birthDate,
                    List<String> address, Presence present) {

    static PersonTokens of(PlainPerson person) {
        String given = firstWord(DutchName.fold(person.givenName()));
        String surname = NameKeys.dutchSound(NameKeys.surnameProper(person.surname()).replace(" ", ""));
        List<String> date = dateParts(person.birthDate());
        List<String> address = address(person.address());
        if (date.isEmpty() && address.isEmpty() || given.isEmpty() && surname.isEmpty()) {
            return new PersonTokens(List.of(), List.of(), List.of(), List.of(), List.of(), Presence.NONE);
        }
        List<String> givenBigrams = given.length() >= 2 ? bigrams(NameKeys.dutchSound(given)) : List.of();
        List<String> initial = given.isEmpty() ? List.of() : List.of(given.substring(0, 1));
        Set<Presence.Field> present = EnumSet.noneOf(Presence.Field.class);
        addIf(present, !givenBigrams.isEmpty(), Presence.Field.GIVEN_NAME);
        addIf(present, !initial.isEmpty(), Presence.Field.INITIAL);
        addIf(present, !surname.isEmpty(), Presence.Field.SURNAME);
        addIf(present, date.size() >= 1, Presence.Field.BIRTH_YEAR);
        addIf(present, date.size() >= 2, Presence.Field.BIRTH_MONTH);
        addIf(present, date.size() >= 3, Presence.Field.BIRTH_DAY);
        PlainAddress a = person.address();
        addIf(present, !compact(a.street()).isEmpty(), Presence.Field.STREET);
        addIf(present, !compact(a.houseNumber()).isEmpty(), Presence.Field.HOUSE_NUMBER);
        addIf(present, !compact(a.postcode()).isEmpty(), Presence.Field.POSTCODE);
        addIf(present, !compact(a.place()).isEmpty(), Presence.Field.PLACE);
        return new PersonTokens(givenBigrams, initial, surname.isEmpty() ? List.of() : bigrams(surname), date, address,
                Presence.of(present));
    }

    private static void addIf(Set<Presence.Field> present, boolean has, Presence.Field field) {
        if (has) {
            present.add(field);
        }
    }

    boolean isEmpty() {
        return givenName.isEmpty() && initial.isEmpty() && surname.isEmpty() && birthDate.isEmpty() && address.isEmpty();
    }

    /** Street, place and postcode bigrams and the house number, each kind under its own prefix. */
    static List<String> address(PlainAddress a) {
        List<String> out = new ArrayList<>();
        String street = compact(a.street());
        String place = compact(a.place());
        String postcode = compact(a.postcode());
        String number = compact(a.houseNumber());
        // Street and place share a prefix (version 3), as given name and surname share a key: a registration
        // that put the street in the place field and the other way round still agrees on both.
        if (!street.isEmpty()) {
            bigrams(street).forEach(b -> out.add("s" + b));
        }
        if (!number.isEmpty()) {
            out.add("h" + number);
        }
        if (!postcode.isEmpty()) {
            bigrams(postcode).forEach(b -> out.add("p" + b));
        }
        if (!place.isEmpty()) {
            bigrams(place).forEach(b -> out.add("s" + b));
        }
        return out;
    }

    /** Folded, without spaces and punctuation: "3011 AB" and "3011ab" agree, as do "Kerkstraat" and "kerk straat". */
    private static String compact(String value) {
        return DutchName.fold(value).replaceAll("[^a-z0-9]", "");
    }

    private static String firstWord(String folded) {
        String w = folded.replace("'", "");
        int space = w.indexOf(' ');
        return space < 0 ? w : w.substring(0, space);
    }

    static List<String> bigrams(String word) {
        String padded = "_" + word + "_";
        List<String> out = new ArrayList<>(padded.length() - 1);
        for (int i = 0; i + 2 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 2));
        }
        return out;
    }

    /** "19780710" → y1978, m07, d10; a partial date gives what it has. */
    static List<String> dateParts(String digits) {
        List<String> out = new ArrayList<>(3);
        if (digits.length() >= 4) {
            out.add("y" + digits.substring(0, 4));
        }
        if (digits.length() >= 6) {
            out.add("m" + digits.substring(4, 6));
        }
        if (digits.length() >= 8) {
            out.add("d" + digits.substring(6, 8));
        }
        return out;
    }
}
