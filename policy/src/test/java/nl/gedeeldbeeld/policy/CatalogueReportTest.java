package nl.gedeeldbeeld.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogueReportTest {

    @Test
    void theReportListsEveryAgreementVersionAndMarksThoseInForce() {
        String report = CatalogueReport.render(Fixtures.demo(), LocalDate.of(2025, 6, 2));
        assertThat(report).contains("* fiu-wwft-opsporing v2 — ", "  fiu-wwft-opsporing v1 — ",
                "      [FIU] [WWFT] → [FIOD, POLITIE] for [STRAFRECHTELIJK_ONDERZOEK]",
                "conditions: a confirmed hit on the entity for the viewer's organisation",
                "redacted [birthDate, phone]", "  bibob-medewerker — GEMEENTE_ROTTERDAM/BIBOB, roles [bibob-medewerker, casusdeelnemer]");
        assertThat(CatalogueReport.render(Fixtures.demo(), LocalDate.of(2025, 6, 2))).isEqualTo(report);
    }

    @Test
    void theReportListsTheWriteRulesWithWhoMayActAndHow() {
        String report = CatalogueReport.render(Fixtures.demo(), LocalDate.of(2025, 6, 2));
        assertThat(report).contains("Write rules", "  PURGE: schonen-eigen-gegevens — ",
                "; roles [privacy-officer]; purposes [VERANTWOORDING]; another's data: REFUSE",
                "  JUDGE: oordeel-eigen-registraties — ", "another's data: CONSENT",
                "  APPROVE_FLAG_LIFT: afscherming-opheffen-vier-ogen — ", "; owning unit only; second person");
    }
}
