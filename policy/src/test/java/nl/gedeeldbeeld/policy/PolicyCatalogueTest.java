package nl.gedeeldbeeld.policy;

import static nl.gedeeldbeeld.policy.Fixtures.MINIMAL;
import static nl.gedeeldbeeld.policy.Fixtures.fromYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCatalogueTest {

    @Test
    void theDemoCatalogueHoldsTheSyntheticWorldsPartnersPurposesAndUsers() {
        PolicyCatalogue demo = Fixtures.demo();
        assertThat(demo.organisations()).extracting(Organisation::code).contains("POLITIE", "FIOD", "FIU",
                "GEMEENTE_ROTTERDAM", "HAVENBEDRIJF", "OM", "RIEC_RR", "DOUANE", "KMAR");
        assertThat(demo.purposes()).extracting(Purpose::code).containsExactlyInAnyOrder("RIEC_CASUS",
                "STRAFRECHTELIJK_ONDERZOEK", "BIBOB_TOETS", "THEMATISCHE_ANALYSE", "BESLAGBEHEER", "VERANTWOORDING");
        assertThat(demo.users()).extracting(User::id).contains("analist-politie", "rechercheur-fiod", "fiu-analist",
                "riec-adviseur", "bibob-medewerker", "beslagcoordinator-om", "privacy-officer");
        assertThat(demo.requireOrganisation("HAVENBEDRIJF").kind()).isEqualTo(OrganisationKind.PRIVAAT);
        assertThat(demo.purposesOf(demo.requireUser("bibob-medewerker"))).containsExactly("BIBOB_TOETS", "RIEC_CASUS");
    }

    @Test
    void everyRegimeOfTheDemoAgreementsIsAKnownLegalRegime() {
        LegalRegimes regimes = LegalRegimes.standard();
        assertThat(Fixtures.demo().agreements()).allSatisfy(a ->
                assertThat(a.regimes()).allSatisfy(r -> assertThat(regimes.find(r)).isPresent()));
    }

    @Test
    void anAgreementOnASchemaCoversItsDescendants() {
        SharingAgreement a = fromYaml(MINIMAL).versions("politie-riec").get(0);
        assertThat(a.coveredSchemata()).contains("LegalEntity", "Person", "Company", "Organization", "PublicBody")
                .doesNotContain("Address", "Payment", "Thing");
        SharingAgreement all = Fixtures.demo().versions("politie-opsporing").get(0);
        assertThat(all.coveredSchemata()).contains("Person", "Payment", "Ownership", "Container", "AccessPass", "Vehicle");
    }

    @Test
    void theVersionInForceIsPickedByDate() {
        PolicyCatalogue demo = Fixtures.demo();
        assertThat(demo.versions("fiu-wwft-opsporing")).extracting(SharingAgreement::version).containsExactly(1, 2);
        assertThat(demo.agreementsOn(LocalDate.of(2024, 12, 31))).extracting(SharingAgreement::ref)
                .contains(new AgreementRef("fiu-wwft-opsporing", 1))
                .doesNotContain(new AgreementRef("fiu-wwft-opsporing", 2));
        assertThat(demo.agreementsOn(LocalDate.of(2025, 1, 1))).extracting(SharingAgreement::ref)
                .contains(new AgreementRef("fiu-wwft-opsporing", 2))
                .doesNotContain(new AgreementRef("fiu-wwft-opsporing", 1));
        assertThat(demo.agreementsOn(LocalDate.of(2022, 12, 31))).isEmpty();
    }

    @Test
    void conditionsAreReadInTheirShortAndLongForms() {
        PolicyCatalogue demo = Fixtures.demo();
        assertThat(demo.versions("politie-riec-casus").get(0).conditions()).containsExactly(new Condition.JointCase());
        assertThat(demo.versions("haven-politie").get(0).conditions())
                .containsExactly(new Condition.Units(java.util.Set.of("ZHP", "DRR-RR")));
        assertThat(demo.versions("fiu-niet-bestuurlijk").get(0).prohibits()).isTrue();
        assertThat(demo.versions("politie-riec-fenomeen").get(0).properties().all()).isFalse();
    }

    @Test
    void aCatalogueIsReadFromAFileAndItsErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, MINIMAL);
        assertThat(PolicyCatalogue.fromFile(file, LegalRegimes.standard()).agreements()).hasSize(1);
        Files.writeString(file, MINIMAL.replace("recipients: [RIEC_RR]", "recipients: [RIEC]"));
        assertThatThrownBy(() -> PolicyCatalogue.fromFile(file, LegalRegimes.standard()))
                .isInstanceOf(UserInputException.class)
                .hasMessage(file + ": agreement 'politie-riec' v1: unknown organisation 'RIEC' in recipients; known: POLITIE, RIEC_RR");
        assertThatThrownBy(() -> PolicyCatalogue.fromFile(dir.resolve("missing.yml"), LegalRegimes.standard()))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("cannot read policy file");
    }

    @Test
    void anUnknownPurposeIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("purposes: [RIEC_CASUS]\n    schemata", "purposes: [BIBOB]\n    schemata")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: unknown purpose 'BIBOB'; known: RIEC_CASUS");
    }

    @Test
    void anUnknownLegalRegimeIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("regimes: [WPG_ART8]", "regimes: [WPG_ART99]")))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("test-policy.yml: agreement 'politie-riec' v1: unknown legal regime 'WPG_ART99' in regimes; known: AVG_BIBOB");
    }

    @Test
    void overlappingVersionsOfOneAgreementAreRejected() {
        String second = """
                  - id: politie-riec
                    version: 2
                    title: Politie aan RIEC, herzien
                    basis: Wpg art. 20
                    validFrom: 2024-12-01
                    providers: [POLITIE]
                    regimes: [WPG_ART8]
                    recipients: [RIEC_RR]
                    purposes: [RIEC_CASUS]
                    schemata: [Person]
                """;
        assertThatThrownBy(() -> fromYaml(MINIMAL + second))
                .isInstanceOf(UserInputException.class)
                .hasMessage("test-policy.yml: agreement 'politie-riec': versions 1 (2024-01-01 – 2024-12-31) and 2 "
                        + "(2024-12-01 – ) overlap; end one before the next begins");
        assertThat(fromYaml(MINIMAL + second.replace("2024-12-01", "2025-01-01")).versions("politie-riec")).hasSize(2);
        assertThatThrownBy(() -> fromYaml(MINIMAL + second.replace("version: 2", "version: 1")))
                .hasMessageContaining("version 1 is defined twice");
    }

    @Test
    void aMisspelledFieldIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("recipients: [RIEC_RR]", "recipient: [RIEC_RR]")))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("test-policy.yml: agreement 'politie-riec' v1: unknown field 'recipient'; expected basis, conditions");
    }

    @Test
    void schemaAndPropertyNamesAreCheckedAgainstTheSchemaRegistry() {
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("schemata: [LegalEntity]", "schemata: [Persoon]")))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: unknown schema 'Persoon' in schemata");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("redact: [birthDate]", "redact: [geboortedatum]")))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: property 'geboortedatum' in redact exists on "
                        + "none of the agreement's schemata");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("redact: [birthDate]", "redact: [birthDate]\n    properties: [name, birthDate]")))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: property 'birthDate' is both allowed and redacted");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("redact: [birthDate]", "redact: [id]")))
                .hasMessageContaining("'id' records that an entity exists and cannot be redacted");
    }

    @Test
    void usersMustBelongToAKnownOrganisationUnitAndRoles() {
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("organisation: RIEC_RR, roles", "organisation: RIEC_RR, unit: X, roles")))
                .hasMessage("test-policy.yml: user 'adviseur': organisation RIEC_RR has no unit 'X'; it has no units");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("roles: [adviseur]", "roles: [baas]")))
                .hasMessage("test-policy.yml: user 'adviseur': unknown role 'baas'; known: adviseur");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("organisation: RIEC_RR, roles", "organisation: RIEC, roles")))
                .hasMessageStartingWith("test-policy.yml: user 'adviseur': unknown organisation 'RIEC' in organisation");
    }

    @Test
    void conditionsAndValuesOfTheWrongShapeAreExplained() {
        assertThatThrownBy(() -> fromYaml(MINIMAL + "    conditions: [SOMETIMES]\n"))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1, condition #1: unknown condition 'SOMETIMES'; "
                        + "known: JOINT_CASE, CONFIRMED_HIT, UNITS, NEVER");
        assertThatThrownBy(() -> fromYaml(MINIMAL + "    conditions: [{type: UNITS, units: [DRR]}]\n"))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: UNITS condition names unit 'DRR', which no recipient has");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("validFrom: 2024-01-01", "validFrom: 1-1-2024")))
                .hasMessage("test-policy.yml: agreement 'politie-riec' v1: 'validFrom' must be a date like 2025-01-31, not '1-1-2024'");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("version: 1", "version: een")))
                .hasMessage("test-policy.yml: agreement 'politie-riec': 'version' must be a whole number");
        assertThatThrownBy(() -> fromYaml(MINIMAL.replace("kind: RIEC", "kind: CLUB")))
                .hasMessageStartingWith("test-policy.yml: organisation 'RIEC_RR': unknown kind 'CLUB'");
        assertThatThrownBy(() -> fromYaml("organisations: [\n"))
                .hasMessageStartingWith("test-policy.yml: not valid YAML");
        assertThatThrownBy(() -> fromYaml("organisations: []\n"))
                .hasMessage("test-policy.yml: expected a list under 'purposes'");
    }
}
