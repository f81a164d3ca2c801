package nl.gedeeldbeeld.policy;

import static nl.gedeeldbeeld.policy.Fixtures.fromYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code all} for providers, recipients and purposes: expanded on reading, refused where it could widen withheld data. */
class EveryoneAgreementTest {
    private static final String CATALOGUE = """
            organisations:
              - {code: POLITIE, name: Politie, kind: POLITIE}
              - {code: RIEC_RR, name: RIEC, kind: RIEC}
              - {code: FIU, name: FIU, kind: FIU}
            purposes:
              - {code: RIEC_CASUS, name: RIEC-casus, legalBasis: convenant, processingActivity: casus}
              - {code: ANALYSE, name: Analyse, legalBasis: Wpg, processingActivity: analyse}
            roles:
              - {code: adviseur, name: Adviseur, purposes: [RIEC_CASUS]}
            users:
              - {id: adviseur, name: Adviseur, organisation: RIEC_RR, roles: [adviseur]}
            agreements:
              - id: open
                version: 1
                title: Open bronnen
                basis: openbaar
                validFrom: 2024-01-01
                providers: all
                regimes: [REGIMES]
                recipients: all
                purposes: all
                schemata: [Thing, Interval]
            """;

    @Test
    void allNamesEveryOrganisationAndPurposeOfTheCatalogue() {
        SharingAgreement a = fromYaml(CATALOGUE.replace("REGIMES", "OPEN_SOURCE")).versions("open").get(0);
        assertThat(a.providers()).containsExactlyInAnyOrder("POLITIE", "RIEC_RR", "FIU");
        assertThat(a.recipients()).containsExactlyInAnyOrder("POLITIE", "RIEC_RR", "FIU");
        assertThat(a.purposes()).containsExactlyInAnyOrder("RIEC_CASUS", "ANALYSE");
        assertThat(a.everyone()).containsExactlyInAnyOrder("providers", "recipients", "purposes");
    }

    @Test
    @DisplayName("issue 13: 'all' is refused on a regime that is not public, and the error says why")
    void allIsRefusedOnAWithheldRegime() {
        assertThatThrownBy(() -> fromYaml(CATALOGUE.replace("REGIMES", "OPEN_SOURCE, WPG_ART8")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("test-policy.yml: agreement 'open' v1: 'providers: all, purposes: all, recipients: all' may only "
                        + "share public regimes (holder ANY, onwardSharing [ANY]), and WPG_ART8 is not public; "
                        + "list the providers, purposes and recipients by name");
        String onlyRecipients = CATALOGUE.replace("REGIMES", "WWFT").replace("providers: all", "providers: [FIU]")
                .replace("purposes: all", "purposes: [ANALYSE]");
        assertThatThrownBy(() -> fromYaml(onlyRecipients)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("'recipients: all' may only share public regimes").hasMessageContaining("WWFT is not public");
    }

    @Test
    void aProhibitionMayUseAllOnAnyRegimeBecauseItOnlyTakesAccessAway() {
        String never = CATALOGUE.replace("REGIMES", "WPG_ART12").replace("providers: all", "providers: [POLITIE]")
                + "    conditions:\n      - {type: NEVER, reason: \"Wpg art. 12\"}\n";
        SharingAgreement a = fromYaml(never).versions("open").get(0);
        assertThat(a.prohibits()).isTrue();
        assertThat(a.recipients()).containsExactlyInAnyOrder("POLITIE", "RIEC_RR", "FIU");
    }

    @Test
    void anythingButAListOrAllIsAnError() {
        assertThatThrownBy(() -> fromYaml(CATALOGUE.replace("REGIMES", "OPEN_SOURCE").replace("recipients: all", "recipients: everyone")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("test-policy.yml: agreement 'open' v1: 'recipients' must be a list, e.g. [A, B], or 'all'");
    }
}
