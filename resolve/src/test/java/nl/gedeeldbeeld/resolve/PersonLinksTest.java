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

class PersonLinksTest {
    private static Provenance of(String dataset, String partner) {
        return new Provenance(dataset, partner, "WPG_ART8", Reliability.parse("A2"), Instant.parse("2025-01-01T00:00:00Z"),
                LocalDate.of(2030, 1, 1), "b1");
    }

    private static final Provenance FIOD = of("fiod-onderzoek", "FIOD");
    private static final Provenance RIEC = of("riec-bibob", "RIEC");

    private static EntityView view(Provenance from, String id, String schema, String... propertyValues) {
        Map<String, List<Statement>> properties = new LinkedHashMap<>();
        for (int i = 0; i < propertyValues.length; i += 2) {
            String property = propertyValues[i];
            String value = propertyValues[i + 1];
            properties.computeIfAbsent(property, k -> new ArrayList<>()).add(new Statement(
                    Statement.makeId(from.dataset(), id, property, value), id, schema, property, value, value, from,
                    from.collectedAt(), from.collectedAt()));
        }
        return new EntityView(id, schema, id, properties);
    }

    @Test
    void anAccountHolderWithANameAndNothingElseStillCarriesTheIbanOfTheAccount() {
        EntityView holder = view(FIOD, "p1", "Person", "name", "Rudy Ramdin");
        PersonLinks links = PersonLinks.builder()
                .add(view(FIOD, "o1", "Ownership", "owner", "p1", "asset", "b1", "role", "rekeninghouder"))
                .add(holder)
                .add(view(FIOD, "b1", "BankAccount", "iban", "NL91ABNA0417164300"))
                .build();

        PersonRecord record = PersonRecords.of(holder, id -> Optional.empty(), links);

        assertThat(record.accounts()).containsExactly("NL91ABNA0417164300");
        assertThat(record.companies()).isEmpty();
    }

    @Test
    void aDirectorAndAShareholderAreLinkedToTheirCompaniesByKvkNumber() {
        PersonLinks links = PersonLinks.builder()
                .add(view(RIEC, "p1", "Person", "name", "Maarten Visser"))
                .add(view(RIEC, "d1", "Directorship", "director", "p1", "organization", "c1"))
                .add(view(RIEC, "s1", "Ownership", "owner", "p1", "asset", "c2", "percentage", "100"))
                .add(view(RIEC, "c1", "Company", "name", "EC Restaurant B.V.", "kvkNumber", "82537588"))
                .add(view(RIEC, "c2", "Company", "name", "EC Holding B.V.", "kvkNumber", "12345678"))
                .add(view(RIEC, "c3", "Company", "name", "Zonder Nummer B.V."))
                .add(view(RIEC, "d2", "Directorship", "director", "p1", "organization", "c3"))
                .build();

        assertThat(links.companies("p1")).containsExactlyInAnyOrder("82537588", "12345678");
        assertThat(links.accounts("p1")).isEmpty();
    }

    @Test
    void aLinkCountsOnlyOnWhatAPartnerThatHoldsThePersonStated() {
        // Another partner's relation to this person, or its IBAN for the account, is not the holder's partner's
        // evidence: the record (and an explanation shown to that partner) must not rest on it.
        PersonLinks links = PersonLinks.builder()
                .add(view(FIOD, "p1", "Person", "name", "Rudy Ramdin"))
                .add(view(RIEC, "o1", "Ownership", "owner", "p1", "asset", "b1"))
                .add(view(FIOD, "o2", "Ownership", "owner", "p1", "asset", "b2"))
                .add(view(FIOD, "b1", "BankAccount", "iban", "NL91ABNA0417164300"))
                .add(view(RIEC, "b2", "BankAccount", "iban", "NL20INGB0001234567"))
                .build();

        assertThat(links.accounts("p1")).isEmpty();
    }

    @Test
    void withoutLinksARecordIsTheSameAsBefore() {
        EntityView person = view(FIOD, "p1", "Person", "name", "Rudy Ramdin");
        assertThat(PersonRecords.of(person, id -> Optional.empty(), PersonLinks.none()))
                .isEqualTo(PersonRecords.of(person, id -> Optional.empty()))
                .isEqualTo(new PersonRecord("p1", "Rudy", "Ramdin", "", "", "", "", "", ""));
    }
}
