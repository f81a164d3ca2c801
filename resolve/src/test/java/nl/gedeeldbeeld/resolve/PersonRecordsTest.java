package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.statement.Statement;
import org.junit.jupiter.api.Test;

class PersonRecordsTest {
    private static final Provenance P = new Provenance("politie-bvh", "POLITIE", "WPG_ART8", Reliability.parse("B2"),
            Instant.parse("2025-01-01T00:00:00Z"), LocalDate.of(2030, 1, 1), "b1");

    private static EntityView view(String id, String schema, String... propertyValues) {
        Map<String, List<Statement>> properties = new LinkedHashMap<>();
        for (int i = 0; i < propertyValues.length; i += 2) {
            String property = propertyValues[i];
            String value = propertyValues[i + 1];
            properties.computeIfAbsent(property, k -> new ArrayList<>()).add(new Statement(
                    Statement.makeId(P.dataset(), id, property, value), id, schema, property, value, value, P,
                    P.collectedAt(), P.collectedAt()));
        }
        return new EntityView(id, schema, id, properties);
    }

    @Test
    void aFullNameIsSplitTheDutchWayWhenTheSourceGaveNoParts() {
        PersonRecord r = PersonRecords.of(view("p1", "Person", "name", "Johanna van den Heuvel", "birthDate", "1978-10-07"),
                id -> Optional.empty());
        assertThat(r.givenName()).isEqualTo("johanna");
        assertThat(r.surname()).isEqualTo("van den heuvel");
        assertThat(NameKeys.surnameProper(r.surname())).isEqualTo("heuvel");
        assertThat(r.birthDate()).isEqualTo("19781007");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 10: a birth date kept as text (an impossible Febrl date) reaches the matcher as text")
    void aBirthDateKeptAsTextIsComparedAsText() {
        Statement impossible = new Statement(Statement.makeId(P.dataset(), "p1", "birthDate", "19371233"), "p1", "Person",
                "birthDate", "19371233", "19371233", P, P.collectedAt(), P.collectedAt(), true);
        EntityView person = new EntityView("p1", "Person", "p1", Map.of("birthDate", List.of(impossible),
                "name", view("p1", "Person", "name", "Jan de Vries").properties().get("name")));

        PersonRecord record = PersonRecords.of(person, id -> Optional.empty());
        PersonRecord same = PersonRecords.of(view("p2", "Person", "name", "Jan de Vries", "birthDate", "19371233"),
                id -> Optional.empty());

        assertThat(record.birthDate()).isEqualTo("19371233");
        assertThat(Feature.BIRTH_DATE.compare(record, same)).isEqualTo(3);
    }

    @Test
    void theAddressComesFromTheAddressEntityWithItsHouseNumberApart() {
        EntityView address = view("a1", "Address", "street", "Korte Kerkstraat 108a", "postalCode", "5048 NR", "city", "Tilburg");
        PersonRecord r = PersonRecords.of(view("p1", "Person", "firstName", "Hendrika", "lastName", "van Leeuwen",
                "addressEntity", "a1", "idNumber", "NW12345"), id -> id.equals("a1") ? Optional.of(address) : Optional.empty());
        assertThat(r.street()).isEqualTo("korte kerkstraat");
        assertThat(r.streetNumber()).isEqualTo("108a");
        assertThat(r.postcode()).isEqualTo("5048nr");
        assertThat(r.locality()).isEqualTo("tilburg");
        assertThat(r.identifier()).isEqualTo("nw12345");
    }
}
