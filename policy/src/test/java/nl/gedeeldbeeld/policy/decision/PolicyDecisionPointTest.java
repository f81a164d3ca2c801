package nl.gedeeldbeeld.policy.decision;

import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2024;
import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2025;
import static nl.gedeeldbeeld.policy.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.AgreementRef;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import org.junit.jupiter.api.Test;

class PolicyDecisionPointTest {
    private static final String PERSON = "bvh-1.9f2c";
    private final InMemoryRegisters registers = new InMemoryRegisters();
    private final PolicyDecisionPoint pdp = new PolicyDecisionPoint(Fixtures.demo(), registers, registers, registers);

    private AccessContext ctx(String user, String purpose, Instant at) {
        User u = Fixtures.demo().requireUser(user);
        return pdp.open(user, u.organisation(), purpose, "trace-" + user, at);
    }

    private static Statement police(String schema, String property) {
        return statement("POLITIE", "WPG_ART8", PERSON, schema, property, "x");
    }

    @Test
    void aPartnerAlwaysSeesItsOwnStatements() {
        Decision d = pdp.decide(ctx("analist-politie", "THEMATISCHE_ANALYSE", JUNE_2025), police("Person", "birthDate"));
        assertThat(d).isEqualTo(new Decision.Allow(DecisionRule.OWN_DATA, "own data of POLITIE", Optional.empty()));
    }

    @Test
    void policeDataReachesTheRiecForAnEntityInAJointCase() {
        registers.addToJointCase(PERSON, "RIEC_RR");
        Decision d = pdp.decide(ctx("riec-adviseur", "RIEC_CASUS", JUNE_2025), police("Person", "birthDate"));
        assertThat(d).isInstanceOf(Decision.Allow.class);
        assertThat(d.rule()).isEqualTo(DecisionRule.AGREEMENT);
        assertThat(d.agreement()).contains(new AgreementRef("politie-riec-casus", 1));
        assertThat(d.reason()).contains("Wpg art. 20");
    }

    @Test
    void policeDataIsDeniedToTheRiecWhileTheEntityIsInNoJointCaseOfTheirs() {
        registers.addToJointCase(PERSON, "GEMEENTE_ROTTERDAM");
        Decision d = pdp.decide(ctx("riec-adviseur", "RIEC_CASUS", JUNE_2025), police("Person", "name"));
        assertThat(d).isInstanceOf(Decision.Deny.class);
        assertThat(d.rule()).isEqualTo(DecisionRule.CONDITION_NOT_MET);
        assertThat(d.agreement()).contains(new AgreementRef("politie-riec-casus", 1));
        assertThat(d.reason()).isEqualTo("politie-riec-casus v1 requires JOINT_CASE (entity in a joint case of the "
                + "viewer's organisation), which does not hold");
    }

    @Test
    void theMunicipalitySeesPoliceBirthDatesAndPhonesOnlyAsRedacted() {
        registers.addToJointCase(PERSON, "GEMEENTE_ROTTERDAM");
        AccessContext ctx = ctx("bibob-medewerker", "RIEC_CASUS", JUNE_2025);
        Decision birthDate = pdp.decide(ctx, police("Person", "birthDate"));
        assertThat(birthDate).isInstanceOf(Decision.Redact.class);
        assertThat(((Decision.Redact) birthDate).properties()).containsExactlyInAnyOrder("birthDate", "phone");
        assertThat(birthDate.agreement()).contains(new AgreementRef("politie-riec-casus-gemeente", 1));
        assertThat(birthDate.explain()).startsWith("REDACT [AGREEMENT, politie-riec-casus-gemeente v1] ")
                .endsWith("withholds Person:birthDate");
        assertThat(pdp.decide(ctx, police("Person", "name"))).isInstanceOf(Decision.Allow.class);
        assertThat(pdp.decide(ctx, police("Person", Statement.ID_PROPERTY))).isInstanceOf(Decision.Allow.class);
    }

    @Test
    void fiuDataIsNeverSharedWithTheMunicipalityWhateverThePurpose() {
        Statement fiu = statement("FIU", "WWFT", "ot-1.aa", "Payment", "amount", "1000");
        Decision d = pdp.decide(ctx("bibob-medewerker", "BIBOB_TOETS", JUNE_2025), fiu);
        assertThat(d.rule()).isEqualTo(DecisionRule.PROHIBITION);
        assertThat(d.agreement()).contains(new AgreementRef("fiu-niet-bestuurlijk", 1));
        assertThat(d.reason()).startsWith("never: Wwft art. 12");
        registers.addToJointCase("ot-1.aa", "GEMEENTE_ROTTERDAM");
        assertThat(pdp.decide(ctx("bibob-medewerker", "RIEC_CASUS", JUNE_2025), fiu).rule()).isEqualTo(DecisionRule.PROHIBITION);
    }

    @Test
    void informantDataNeverLeavesThePolice() {
        Statement informant = statement("POLITIE", "WPG_ART12", PERSON, "Person", "name", "x");
        assertThat(pdp.decide(ctx("officier-om", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), informant).rule())
                .isEqualTo(DecisionRule.PROHIBITION);
        assertThat(pdp.decide(ctx("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), informant).rule())
                .isEqualTo(DecisionRule.OWN_DATA);
    }

    @Test
    void aPurposeNoAgreementCoversIsDeniedNamingTheNearestAgreement() {
        registers.addToJointCase(PERSON, "RIEC_RR");
        Decision d = pdp.decide(ctx("riec-adviseur", "THEMATISCHE_ANALYSE", JUNE_2025), police("Person", "name"));
        assertThat(d.rule()).isEqualTo(DecisionRule.NO_AGREEMENT);
        assertThat(d.agreement()).isEmpty();
        assertThat(d.reason()).isEqualTo("no agreement allows POLITIE WPG_ART8 Person:name to RIEC_RR for "
                + "THEMATISCHE_ANALYSE; nearest: politie-riec-fenomeen v1 does not cover schema Person");

        Decision bibob = pdp.decide(ctx("bibob-medewerker", "BIBOB_TOETS", JUNE_2025), police("Person", "name"));
        assertThat(bibob.reason()).endsWith("nearest: politie-riec-casus-gemeente v1 does not cover purpose BIBOB_TOETS (only RIEC_CASUS)");
    }

    @Test
    void aPropertyOutsideAnAgreementsListIsDenied() {
        AccessContext ctx = ctx("riec-adviseur", "THEMATISCHE_ANALYSE", JUNE_2025);
        assertThat(pdp.decide(ctx, police("Company", "name"))).isInstanceOf(Decision.Allow.class);
        assertThat(pdp.decide(ctx, police("Company", Statement.ID_PROPERTY))).isInstanceOf(Decision.Allow.class);
        Decision email = pdp.decide(ctx, police("Company", "email"));
        assertThat(email.rule()).isEqualTo(DecisionRule.NO_AGREEMENT);
        assertThat(email.reason()).endsWith("nearest: politie-riec-fenomeen v1 does not cover property Company:email");
    }

    @Test
    void aPartnerWithoutAnyAgreementIsToldSo() {
        Statement port = statement("HAVENBEDRIJF", "PRIVATE", "pas-1.bb", "AccessPass", "zone", "A");
        Decision d = pdp.decide(ctx("kmar-rechercheur", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), port);
        assertThat(d.reason()).isEqualTo("no agreement allows HAVENBEDRIJF PRIVATE AccessPass:zone to KMAR for "
                + "STRAFRECHTELIJK_ONDERZOEK; no agreement shares HAVENBEDRIJF's PRIVATE statements with KMAR");
    }

    @Test
    void agreementVersionsApplyByDate() {
        Statement fiu = statement("FIU", "WWFT", "ot-1.aa", "Payment", "amount", "1000");
        Decision in2024 = pdp.decide(ctx("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2024), fiu);
        assertThat(in2024).isInstanceOf(Decision.Allow.class);
        assertThat(in2024.agreement()).contains(new AgreementRef("fiu-wwft-opsporing", 1));

        Decision in2025 = pdp.decide(ctx("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), fiu);
        assertThat(in2025.rule()).isEqualTo(DecisionRule.CONDITION_NOT_MET);
        assertThat(in2025.agreement()).contains(new AgreementRef("fiu-wwft-opsporing", 2));
        assertThat(in2025.reason()).contains("CONFIRMED_HIT");

        registers.confirmHit("ot-1.aa", "FIOD");
        Decision afterHit = pdp.decide(ctx("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), fiu);
        assertThat(afterHit).isInstanceOf(Decision.Allow.class);
        assertThat(afterHit.agreement()).contains(new AgreementRef("fiu-wwft-opsporing", 2));
    }

    @Test
    void anExpiredAgreementVersionNoLongerAllowsAndTheReasonSaysWhen() {
        PolicyCatalogue catalogue = Fixtures.fromYaml(Fixtures.MINIMAL);
        PolicyDecisionPoint small = new PolicyDecisionPoint(catalogue, registers, registers, registers);
        Statement name = police("Person", "name");
        assertThat(small.decide(small.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t", JUNE_2024), name))
                .isInstanceOf(Decision.Allow.class);
        Decision expired = small.decide(small.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t", JUNE_2025), name);
        assertThat(expired.rule()).isEqualTo(DecisionRule.NO_AGREEMENT);
        assertThat(expired.reason()).endsWith("nearest: politie-riec v1 ended on 2024-12-31");
        Decision early = small.decide(small.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t",
                Instant.parse("2023-06-01T00:00:00Z")), name);
        assertThat(early.reason()).endsWith("nearest: politie-riec v1 starts on 2024-01-01");
    }

    @Test
    void aStatementPastItsRetentionIsDeniedEvenToItsOwner() {
        Statement old = statement("POLITIE", "WPG_ART8", PERSON, "Person", "name", "x", LocalDate.of(2025, 6, 1));
        Decision d = pdp.decide(ctx("analist-politie", "THEMATISCHE_ANALYSE", JUNE_2025), old);
        assertThat(d.rule()).isEqualTo(DecisionRule.RETENTION);
        assertThat(d.reason()).isEqualTo("retained until 2025-06-01 under WPG_ART8; awaiting purge");
        Statement lastDay = statement("POLITIE", "WPG_ART8", PERSON, "Person", "name", "x", LocalDate.of(2025, 6, 2));
        assertThat(pdp.decide(ctx("analist-politie", "THEMATISCHE_ANALYSE", JUNE_2025), lastDay)).isInstanceOf(Decision.Allow.class);
    }

    @Test
    void aProtectedPersonIsNeverSharedButItsProviderStillSeesIt() {
        registers.protect(PERSON).addToJointCase(PERSON, "RIEC_RR");
        Decision shared = pdp.decide(ctx("riec-adviseur", "RIEC_CASUS", JUNE_2025), police("Person", "name"));
        assertThat(shared.rule()).isEqualTo(DecisionRule.PROTECTED_PERSON);
        assertThat(shared.reason()).isEqualTo("protected person (bewaken en beveiligen): never shared beyond POLITIE");
        assertThat(pdp.decide(ctx("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), police("Person", "name")).rule())
                .isEqualTo(DecisionRule.OWN_DATA);
    }

    @Test
    void aUnitConditionAdmitsOnlyUsersOfThoseUnits() {
        Statement pass = statement("HAVENBEDRIJF", "PRIVATE", "pas-1.bb", "AccessPass", "holder", "p-1");
        assertThat(pdp.decide(ctx("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), pass)).isInstanceOf(Decision.Allow.class);
        User otherUnit = new User("rechercheur-fg", "Iemand anders", "POLITIE", Optional.of("FG"), Set.of("rechercheur"));
        AccessContext ctx = new AccessContext(otherUnit, Fixtures.demo().requireOrganisation("POLITIE"),
                Fixtures.demo().requirePurpose("STRAFRECHTELIJK_ONDERZOEK"), "t", JUNE_2025);
        Decision d = pdp.decide(ctx, pass);
        assertThat(d.rule()).isEqualTo(DecisionRule.CONDITION_NOT_MET);
        assertThat(d.reason()).contains("UNITS (viewer in unit DRR-RR or ZHP)");
    }

    @Test
    void anAllowingAgreementBeatsARedactingOne() {
        String full = """
                  - id: politie-riec-volledig
                    version: 1
                    title: Politie aan RIEC, volledig
                    basis: Wpg art. 20
                    validFrom: 2024-01-01
                    providers: [POLITIE]
                    regimes: [WPG_ART8]
                    recipients: [RIEC_RR]
                    purposes: [RIEC_CASUS]
                    schemata: [Person]
                """;
        PolicyCatalogue catalogue = Fixtures.fromYaml(Fixtures.MINIMAL);
        PolicyDecisionPoint redacting = new PolicyDecisionPoint(catalogue, registers, registers, registers);
        PolicyDecisionPoint both = new PolicyDecisionPoint(Fixtures.fromYaml(Fixtures.MINIMAL + full), registers, registers, registers);
        Statement birthDate = police("Person", "birthDate");
        assertThat(redacting.decide(redacting.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t", JUNE_2024), birthDate))
                .isInstanceOf(Decision.Redact.class);
        Decision d = both.decide(both.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t", JUNE_2024), birthDate);
        assertThat(d).isInstanceOf(Decision.Allow.class);
        assertThat(d.agreement()).contains(new AgreementRef("politie-riec-volledig", 1));
    }

    @Test
    void aPassHolderIsRedactedForAnalysisButShownForInvestigation() {
        Statement holder = statement("HAVENBEDRIJF", "PRIVATE", "pas-1.bb", "AccessPass", "holder", "p-1");
        Decision analysis = pdp.decide(ctx("analist-politie", "THEMATISCHE_ANALYSE", JUNE_2025), holder);
        assertThat(analysis).isInstanceOf(Decision.Redact.class);
        assertThat(analysis.agreement()).contains(new AgreementRef("haven-politie-analyse", 1));
        assertThat(pdp.decide(ctx("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025), holder)).isInstanceOf(Decision.Allow.class);
    }

    @Test
    void aUserCannotDeclareAPurposeTheirRolesDoNotGrantNorActForAnotherOrganisation() {
        assertThatThrownBy(() -> pdp.open("bibob-medewerker", "GEMEENTE_ROTTERDAM", "STRAFRECHTELIJK_ONDERZOEK", "t", JUNE_2025))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("user 'bibob-medewerker' may not act for purpose STRAFRECHTELIJK_ONDERZOEK; their roles grant BIBOB_TOETS, RIEC_CASUS");
        assertThatThrownBy(() -> pdp.open("bibob-medewerker", "POLITIE", "BIBOB_TOETS", "t", JUNE_2025))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("user 'bibob-medewerker' belongs to GEMEENTE_ROTTERDAM and cannot act for POLITIE");
        assertThatThrownBy(() -> pdp.open("niemand", "POLITIE", "BIBOB_TOETS", "t", JUNE_2025))
                .isInstanceOf(UserInputException.class).hasMessage("unknown user 'niemand'");
    }

    @Test
    void aContextBuiltAroundTheChecksIsStillDenied() {
        User u = Fixtures.demo().requireUser("bibob-medewerker");
        AccessContext forged = new AccessContext(u, Fixtures.demo().requireOrganisation("GEMEENTE_ROTTERDAM"),
                Fixtures.demo().requirePurpose("STRAFRECHTELIJK_ONDERZOEK"), "t", JUNE_2025);
        Statement own = statement("GEMEENTE_ROTTERDAM", "AVG_BIBOB", "b-1", "Company", "name", "x");
        assertThat(pdp.decide(forged, own).rule()).isEqualTo(DecisionRule.CONTEXT);
        assertThat(pdp.allowedSlices(forged).isEmpty()).isTrue();
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameAnswer() {
        AccessContext ctx = ctx("officier-om", "STRAFRECHTELIJK_ONDERZOEK", JUNE_2025);
        Statement fiod = statement("FIOD", "WPG_ART8", "fiod-1", "Company", "name", "x");
        Decision first = pdp.decide(ctx, fiod);
        assertThat(first.agreement()).contains(new AgreementRef("fiod-om", 1));
        for (int i = 0; i < 10; i++) {
            assertThat(pdp.decide(ctx, fiod)).isEqualTo(first);
        }
    }
}
