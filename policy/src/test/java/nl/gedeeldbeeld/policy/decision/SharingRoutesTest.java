package nl.gedeeldbeeld.policy.decision;

import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2025;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.User;
import org.junit.jupiter.api.Test;

class SharingRoutesTest {
    private static final LocalDate DAY = PolicyDecisionPoint.dateOf(JUNE_2025);
    private final InMemoryRegisters registers = new InMemoryRegisters();
    private final PolicyDecisionPoint pdp = new PolicyDecisionPoint(Fixtures.demo(), registers, registers, registers);
    private final SharingRoutes routes = new SharingRoutes(Fixtures.demo());

    private AccessContext ctx(String user, String purpose) {
        User u = Fixtures.demo().requireUser(user);
        return pdp.open(user, u.organisation(), purpose, "trace-" + user, JUNE_2025);
    }

    @Test
    void partnersMayBeMatchedWhenOneOfThemCouldLawfullyLearnOfTheOthersRecords() {
        assertThat(routes.anyRoute("FIU", "WWFT", "Person", "POLITIE", DAY)).as("Wwft art. 13 after a hit").isTrue();
        assertThat(routes.anyRoute("FIOD", "WPG_ART8", "Person", "OM", DAY)).isTrue();
        assertThat(routes.anyRoute("POLITIE", "WPG_ART8", "Person", "POLITIE", DAY)).as("own records").isTrue();
    }

    @Test
    void recordsThatMayNeverReachAPartnerAreNotMatchedWithItsRecords() {
        assertThat(routes.anyRoute("POLITIE", "WPG_ART12", "Person", "FIOD", DAY)).as("informants stay with the police").isFalse();
        assertThat(routes.anyRoute("FIU", "WWFT", "Person", "GEMEENTE_ROTTERDAM", DAY)).as("Wwft art. 12").isFalse();
        assertThat(routes.anyRoute("GEMEENTE_ROTTERDAM", "AVG_BIBOB", "Person", "FIU", DAY)).as("no agreement at all").isFalse();
    }

    @Test
    void aViewerLearnsThatAPartnerKnowsSomeoneOnlyThroughAnAgreementThatWaitsForAConfirmedHit() {
        AccessContext rechercheur = ctx("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(routes.hitRoute(rechercheur, "FIOD", "WPG_ART8", "Person")).isTrue();
        assertThat(routes.hitRoute(rechercheur, "FIU", "WWFT", "Person")).isTrue();

        AccessContext analist = ctx("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(routes.hitRoute(analist, "FIOD", "WPG_ART8", "Person")).as("no agreement for this purpose").isFalse();
        AccessContext gemeente = ctx("bibob-medewerker", "RIEC_CASUS");
        assertThat(routes.hitRoute(gemeente, "POLITIE", "WPG_ART8", "Person")).as("a joint case is not a hit route").isFalse();
        assertThat(routes.hitRoute(gemeente, "FIU", "WWFT", "Person")).as("prohibited").isFalse();
    }
}
