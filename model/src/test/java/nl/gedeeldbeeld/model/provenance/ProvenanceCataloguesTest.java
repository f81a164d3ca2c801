package nl.gedeeldbeeld.model.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;

class ProvenanceCataloguesTest {

    @Test
    void theBundledRegimesIncludeThoseOfEveryPartner() {
        LegalRegimes regimes = LegalRegimes.standard();
        assertThat(regimes.codes()).contains("WPG_ART8", "WPG_ART9", "WPG_ART10", "WPG_ART12", "WPG_ART13", "WJSG",
                "AWR_ART67", "WWFT", "AVG_BIBOB", "PRIVATE");
        assertThat(regimes.require("wwft").retention()).isEqualTo(Period.ofYears(5));
    }

    @Test
    void anUnknownRegimeListsTheKnownOnes() {
        assertThatThrownBy(() -> LegalRegimes.standard().require("WPG99"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("unknown legal regime 'WPG99'; known regimes: AVG_BIBOB, AWR_ART67");
    }

    @Test
    void reliabilityGradesParseAndDescribeThemselves() {
        assertThat(Reliability.parse("b2")).isEqualTo(new Reliability('B', 2));
        assertThat(ReliabilityScale.standard().describe(Reliability.parse("B2")))
                .isEqualTo("B2 — Meestal betrouwbaar / Waarschijnlijk waar");
        assertThatThrownBy(() -> Reliability.parse("G7")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("source grade must be A to F");
        assertThatThrownBy(() -> Reliability.parse("good")).hasMessageContaining("e.g. B2");
    }
}
