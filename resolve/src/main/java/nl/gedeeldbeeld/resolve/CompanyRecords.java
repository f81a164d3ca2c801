package nl.gedeeldbeeld.resolve;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.gedeeldbeeld.model.entity.EntityView;

/**
 * Turns a Company or Organization view into a {@link CompanyRecord}: its name, its KvK number (or another
 * registration number), and its address from the Address entity it refers to (else its own postal code
 * and town).
 */
public final class CompanyRecords {
    private static final List<String> REGISTRATIONS = List.of("kvkNumber", "registrationNumber", "ogrnCode", "innCode");

    private CompanyRecords() {
    }

    public static CompanyRecord of(EntityView company, Function<String, Optional<EntityView>> lookup) {
        String registration = REGISTRATIONS.stream().map(p -> first(company, p)).filter(v -> !v.isEmpty()).findFirst().orElse("");
        String postcode = first(company, "postalCode");
        String city = first(company, "city");
        String number = "";
        Optional<EntityView> address = company.values("addressEntity").stream().map(lookup).flatMap(Optional::stream).findFirst();
        if (address.isPresent()) {
            number = PersonRecords.splitNumber(first(address.get(), "street"))[1];
            postcode = first(address.get(), "postalCode");
            city = first(address.get(), "city");
        }
        return new CompanyRecord(company.id(), first(company, "name"), registration, postcode, number, city);
    }

    private static String first(EntityView view, String property) {
        List<String> values = view.values(property);
        return values.isEmpty() ? "" : values.get(0);
    }
}
