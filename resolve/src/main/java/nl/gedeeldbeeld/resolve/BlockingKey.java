package nl.gedeeldbeeld.resolve;

import java.util.List;
import java.util.function.Function;

/**
 * A key two records must share to be compared at all. Several keys are used at once and their candidate
 * pairs united, so a pair is missed only when it differs on every key: a typo in the surname is caught by
 * the birth date key, a changed address by the name keys.
 */
public record BlockingKey(String name, Function<PersonRecord, String> key) implements BlockingRule<PersonRecord> {

    /**
     * The keys for person records: phonetic surname with birth year or given-name initial, given-name initial
     * with birth date, birth date with postcode, postcode with street number, identifier, and birth date with
     * house number (which brings together records whose given name and surname were entered the wrong way
     * round, the pairs every name key misses).
     */
    public static List<BlockingKey> persons() {
        return List.of(
                new BlockingKey("surname-sound+birth-year", r -> join(NameKeys.phonetic(r.surname()), year(r))),
                new BlockingKey("surname-sound+given-initial", r -> join(NameKeys.phonetic(r.surname()), initial(r.givenName()))),
                new BlockingKey("given-initial+birth-date", r -> join(initial(r.givenName()), r.birthDate())),
                new BlockingKey("birth-date+postcode", r -> join(r.birthDate(), r.postcode())),
                new BlockingKey("postcode+street-number", r -> join(r.postcode(), r.streetNumber())),
                new BlockingKey("identifier", PersonRecord::identifier),
                new BlockingKey("birth-date+street-number", r -> join(r.birthDate(), r.streetNumber())));
    }

    @Override
    public String of(PersonRecord record) {
        return key.apply(record);
    }

    private static String year(PersonRecord r) {
        return r.birthDate().length() >= 4 ? r.birthDate().substring(0, 4) : "";
    }

    private static String initial(String name) {
        return name.isEmpty() ? "" : name.substring(0, 1);
    }

    private static String join(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? "" : a + "|" + b;
    }
}
