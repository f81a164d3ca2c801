package nl.gedeeldbeeld.resolve;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.value.DutchName;

/**
 * A Person entity as the matcher compares it. The values come in the store's normalised form (dates as
 * ISO dates, postcodes as "3011 AB"); names are taken from firstName/lastName when the source split them,
 * else parsed from the full name the Dutch way (tussenvoegsels recognised). The address comes from the
 * entity's addressEntity (street with house number, postcode, city) or else its own address line.
 */
public final class PersonRecords {
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^(.*?)[\\s,]+(\\d+)\\s*([a-zA-Z]{0,2})$");
    private static final List<String> IDENTIFIERS = List.of("idNumber", "passportNumber", "taxNumber", "socialSecurityNumber");

    private PersonRecords() {
    }

    /** The record for a Person view; {@code lookup} finds the entities its addressEntity refers to. */
    public static PersonRecord of(EntityView person, Function<String, Optional<EntityView>> lookup) {
        return of(person, lookup, PersonLinks.none());
    }

    /** As {@link #of(EntityView, Function)}, with the accounts and companies the partners link the person to. */
    public static PersonRecord of(EntityView person, Function<String, Optional<EntityView>> lookup, PersonLinks links) {
        String given = first(person, "firstName");
        String surname = first(person, "lastName");
        if (given.isEmpty() && surname.isEmpty()) {
            String name = first(person, "name");
            if (!name.isEmpty()) {
                DutchName parsed = DutchName.parse(name);
                given = parsed.givenNames();
                surname = (parsed.tussenvoegsel() + " " + parsed.surname()).trim();
            }
        }
        String street = "";
        String number = "";
        String postcode = "";
        String city = "";
        Optional<EntityView> address = person.values("addressEntity").stream().map(lookup).flatMap(Optional::stream).findFirst();
        if (address.isPresent()) {
            String[] streetAndNumber = splitNumber(first(address.get(), "street"));
            street = streetAndNumber[0];
            number = streetAndNumber[1];
            postcode = first(address.get(), "postalCode");
            city = first(address.get(), "city");
        }
        String identifier = IDENTIFIERS.stream().map(p -> first(person, p)).filter(v -> !v.isEmpty()).findFirst().orElse("");
        return new PersonRecord(person.id(), given, surname, first(person, "birthDate"), number, street, city, postcode,
                identifier, links.accounts(person.id()), links.companies(person.id()));
    }

    private static String first(EntityView view, String property) {
        List<String> values = view.values(property);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** "Irenestraat 172" → ["Irenestraat", "172"]; the number keeps an addition ("12A"). */
    static String[] splitNumber(String street) {
        Matcher m = HOUSE_NUMBER.matcher(street.trim());
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2) + m.group(3).toLowerCase(java.util.Locale.ROOT)};
        }
        return new String[] {street, ""};
    }
}
