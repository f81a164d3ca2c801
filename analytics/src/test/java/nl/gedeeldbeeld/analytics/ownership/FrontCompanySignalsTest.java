package nl.gedeeldbeeld.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontCompanySignalsTest {

    private static CompanyRegistration company(String id, String address, LocalDate founded, LocalDate dissolved) {
        return new CompanyRegistration(id, id + " B.V.", Optional.ofNullable(address), Optional.ofNullable(founded),
                Optional.ofNullable(dissolved));
    }

    @Test
    void sixCompaniesAtOneAddressAreACrowdedAddress() {
        // Six companies at the trust office "adr-1", four elsewhere at "adr-2": only adr-1 reaches five.
        List<CompanyRegistration> regs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            regs.add(company("front" + i, "adr-1", LocalDate.of(2022, 1, 1), null));
        }
        for (int i = 0; i < 4; i++) {
            regs.add(company("shop" + i, "adr-2", LocalDate.of(2022, 1, 1), null));
        }
        FrontCompanySignals signals = new FrontCompanySignals(regs, new OwnershipGraphBuilder().build());

        List<FrontSignal> crowded = signals.signals(FrontSignal.Kind.CROWDED_ADDRESS);
        assertThat(crowded).hasSize(1);
        assertThat(crowded.get(0).subject()).isEqualTo("adr-1");
        assertThat(crowded.get(0).count()).isEqualTo(6);
        assertThat(crowded.get(0).companies()).hasSize(6).allMatch(c -> c.startsWith("front"));
        assertThat(crowded.get(0).explanation()).isEqualTo("6 companies registered at address adr-1 (signal from 5)");
        assertThat(signals.companies()).hasSize(6).allMatch(c -> c.score() == 1);
    }

    @Test
    void aCompanyDissolvedWithinTheYearIsShortLived() {
        // founded 2023-01-10: dissolved 2023-06-30 (171 days) is short-lived; dissolved 2024-03-01 is not;
        // exactly twelve months (2024-01-10) still counts.
        List<CompanyRegistration> regs = List.of(
                company("quick", null, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 6, 30)),
                company("year", null, LocalDate.of(2023, 1, 10), LocalDate.of(2024, 1, 10)),
                company("slow", null, LocalDate.of(2023, 1, 10), LocalDate.of(2024, 3, 1)),
                company("alive", null, LocalDate.of(2023, 1, 10), null));
        FrontCompanySignals signals = new FrontCompanySignals(regs, new OwnershipGraphBuilder().build());

        List<FrontSignal> shortLived = signals.signals(FrontSignal.Kind.SHORT_LIVED);
        assertThat(shortLived).extracting(FrontSignal::subject).containsExactly("quick", "year");
        assertThat(shortLived.get(0).count()).isEqualTo(171);
        assertThat(shortLived.get(0).explanation()).contains("existed 171 days (5 months");
    }

    @Test
    void aPersonDirectingTenCompaniesIsAPossibleNominee() {
        // N directs ten companies, founded a month apart from 2022-01-01: ten directorships (≥ 5); the ten
        // foundings span 2022-01-01 … 2022-10-01, within twelve months, so the burst is all ten (≥ 3).
        // E, an entrepreneur, directs a holding and an operating company founded the same day: no signal.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("N", PartyKind.PERSON);
        b.party("E", PartyKind.PERSON);
        List<CompanyRegistration> regs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            b.directorship("N", "m" + i);
            regs.add(company("m" + i, "adr-" + i, LocalDate.of(2022, 1 + i, 1), null));
        }
        b.directorship("E", "holding");
        b.directorship("E", "shop");
        regs.add(company("holding", "adr-h", LocalDate.of(2015, 5, 5), null));
        regs.add(company("shop", "adr-s", LocalDate.of(2015, 5, 5), null));
        FrontCompanySignals signals = new FrontCompanySignals(regs, b.build());

        List<FrontSignal> many = signals.signals(FrontSignal.Kind.MANY_DIRECTORSHIPS);
        assertThat(many).hasSize(1);
        assertThat(many.get(0).subject()).isEqualTo("N");
        assertThat(many.get(0).count()).isEqualTo(10);
        assertThat(many.get(0).explanation()).isEqualTo("N directs 10 companies (signal from 5)");
        List<FrontSignal> bursts = signals.signals(FrontSignal.Kind.DIRECTORSHIP_BURST);
        assertThat(bursts).hasSize(1);
        assertThat(bursts.get(0).count()).isEqualTo(10);
        assertThat(bursts.get(0).explanation()).contains("founded between 2022-01-01 and 2022-10-01");
        // Both nominee signals count once in the score.
        assertThat(signals.companies()).hasSize(10).allMatch(c -> c.score() == 1 && c.signals().size() == 2);
    }

    @Test
    void aBurstCountsOnlyFoundingsWithinTheSpan() {
        // B directs four companies founded 2020-01-01, 2020-06-01, 2021-01-01 and 2023-01-01: within twelve
        // months of 2020-01-01 lie the first three (2021-01-01 is exactly twelve months on), so the burst is 3.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("B", PartyKind.PERSON);
        List<LocalDate> dates = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 1, 1));
        List<CompanyRegistration> regs = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            b.directorship("B", "k" + i);
            regs.add(company("k" + i, null, dates.get(i), null));
        }
        FrontCompanySignals signals = new FrontCompanySignals(regs, b.build());
        assertThat(signals.signals(FrontSignal.Kind.MANY_DIRECTORSHIPS)).isEmpty();
        FrontSignal burst = signals.signals(FrontSignal.Kind.DIRECTORSHIP_BURST).get(0);
        assertThat(burst.count()).isEqualTo(3);
        assertThat(burst.companies()).containsExactly("k0", "k1", "k2");
    }

    @Test
    void signalsOfDifferentKindsAddUpInTheCompanyScore() {
        // A front cluster: six companies at one address, all directed by nominee N, m0 dissolved after 4 months.
        // m0 scores 3 (address, short-lived, nominee), the others 2.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("N", PartyKind.PERSON);
        List<CompanyRegistration> regs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            b.directorship("N", "m" + i);
            regs.add(company("m" + i, "trust-office", LocalDate.of(2023, 2, 1), i == 0 ? LocalDate.of(2023, 6, 1) : null));
        }
        FrontCompanySignals signals = new FrontCompanySignals(regs, b.build());
        assertThat(signals.companies().get(0).company()).isEqualTo("m0");
        assertThat(signals.companies().get(0).score()).isEqualTo(3);
        assertThat(signals.companies(2)).hasSize(6);
        assertThat(signals.companies(3)).hasSize(1);
        assertThat(signals.companies().get(0).explanation()).contains("score 3", "trust-office", "existed 120 days",
                "N directs 6 companies");
    }

    @Test
    void aCompanyRegisteredTwiceIsRefused() {
        List<CompanyRegistration> regs = List.of(company("x", null, null, null), company("x", null, null, null));
        assertThatThrownBy(() -> new FrontCompanySignals(regs, new OwnershipGraphBuilder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company x is registered twice");
    }
}
