package nl.gedeeldbeeld.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class DutchLabelsTest {

    @Test
    void schemataAndPropertiesHaveDutchNamesAndUnknownNamesStayAsTheyAre() {
        assertThat(DutchLabels.schema("Person")).isEqualTo("Persoon");
        assertThat(DutchLabels.schema("BankAccount")).isEqualTo("Bankrekening");
        assertThat(DutchLabels.property("birthDate")).isEqualTo("Geboortedatum");
        assertThat(DutchLabels.property("kvkNumber")).isEqualTo("KvK-nummer");
        assertThat(DutchLabels.schema("SomethingNew")).isEqualTo("SomethingNew");
    }

    @Test
    void everySchemaAndPropertyOfTheDemoWorldHasADutchLabel() {
        for (String schema : new String[] {"Person", "Company", "Organization", "LegalEntity", "Address", "BankAccount",
                "Vehicle", "Vessel", "Payment", "Ownership", "Directorship", "Family", "Associate", "UnknownLink",
                "Container", "AccessPass"}) {
            assertThat(DutchLabels.hasSchema(schema)).as(schema).isTrue();
        }
        for (String property : new String[] {"name", "firstName", "lastName", "birthDate", "nationality", "phone", "email",
                "addressEntity", "street", "houseNumber", "postalCode", "city", "country", "iban", "bic", "bankName",
                "kvkNumber", "rsinNumber", "legalForm", "sector", "incorporationDate", "dissolutionDate", "jurisdiction",
                "amount", "currency", "date", "payer", "payerAccount", "beneficiary", "beneficiaryAccount", "purpose",
                "owner", "asset", "percentage", "role", "startDate", "director", "organization", "person", "associate",
                "relationship", "subject", "object", "registrationNumber", "passportNumber"}) {
            assertThat(DutchLabels.hasProperty(property)).as(property).isTrue();
        }
    }

    @Test
    void datesAreWrittenDayMonthYear() {
        assertThat(DutchLabels.isoDate("1965-12-23")).isEqualTo("23-12-1965");
        assertThat(DutchLabels.isoDate("2024-03-05T10:15:00Z")).isEqualTo("05-03-2024");
        assertThat(DutchLabels.isoDate("1965-12")).isEqualTo("12-1965");
        assertThat(DutchLabels.isoDate("1965")).isEqualTo("1965");
        assertThat(DutchLabels.isoDate("23 september")).isEqualTo("23 september");
        assertThat(DutchLabels.date(LocalDate.of(2026, 12, 7))).isEqualTo("07-12-2026");
        assertThat(DutchLabels.dateTime(Instant.parse("2026-12-07T04:30:00Z"))).isEqualTo("07-12-2026 05:30");
    }

    @Test
    void amountsUseADecimalCommaAndThousandsPoints() {
        assertThat(DutchLabels.amount("1234567.5")).isEqualTo("1.234.567,50");
        assertThat(DutchLabels.amount(new BigDecimal("0.1"))).isEqualTo("0,10");
        assertThat(DutchLabels.amount("onbekend")).isEqualTo("onbekend");
        assertThat(DutchLabels.number(12345L)).isEqualTo("12.345");
    }

    @Test
    void theTemplateHelperFormatsAValueByItsPropertysType() {
        Labels labels = new Labels(nl.gedeeldbeeld.policy.PolicyCatalogue.demo(), SchemaRegistry.standard());
        assertThat(labels.value("Person", "birthDate", "1965-12-23")).isEqualTo("23-12-1965");
        assertThat(labels.value("Payment", "amount", "2500.00")).isEqualTo("2.500,00");
        assertThat(labels.value("Person", "name", "Jan van der Berg")).isEqualTo("Jan van der Berg");
        assertThat(labels.partner("POLITIE")).isEqualTo("Politie — Eenheid Rotterdam");
        assertThat(labels.regime("WPG_ART8")).startsWith("Wpg art. 8");
        assertThat(labels.partner("ONBEKEND")).isEqualTo("ONBEKEND");
    }
}
