package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FanDetectorTest {
    @Test
    void fivePayersWithinTenDaysAreAFanIn() {
        // M1..M5 pay C on days 1..5: 1,000+2,000+3,000+4,000+5,000 = €15,000, span 4 days, 5 payers.
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M" + i, "C", 1_000L * i, i);
        }
        List<Alert> alerts = new FanInDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.typology()).isEqualTo(Typology.FAN_IN);
        assertThat(a.accounts()).first().isEqualTo("C");
        assertThat(a.accounts()).containsExactlyInAnyOrder("C", "M1", "M2", "M3", "M4", "M5");
        assertThat(a.figure("payers")).isEqualTo(5);
        assertThat(a.figure("transactions")).isEqualTo(5);
        assertThat(a.figure("sumCents")).isEqualTo(1_500_000);
        assertThat(a.figure("spanTicks")).isEqualTo(4);
        assertThat(a.rule()).contains("at least 5 distinct accounts");
    }

    @Test
    void aFanInOfFourIsBelowTheDefaultMinimumOfFive() {
        Graphs w = new Graphs();
        for (int i = 1; i <= 4; i++) {
            w.pay("M" + i, "C", 1_000, i);
        }
        assertThat(new FanInDetector().detect(w.build())).isEmpty();
    }

    @Test
    void onePayerPayingFiveTimesIsNoFanIn() {
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M", "C", 1_000, i);
        }
        assertThat(new FanInDetector().detect(w.build())).isEmpty();
    }

    @Test
    void fivePayersSpreadOverMoreThanTheWindowAreNoFanIn() {
        // days 0, 3, 6, 9, 12: any 10-day window holds at most 4 of them (0..9 or 3..12).
        Graphs w = new Graphs();
        for (int i = 0; i < 5; i++) {
            w.pay("M" + i, "C", 1_000, 3 * i);
        }
        assertThat(new FanInDetector().detect(w.build())).isEmpty();
        assertThat(new FanInDetector(5, 12, 1).detect(w.build())).hasSize(1);
    }

    @Test
    void theBusiestWindowIsReported() {
        // Payers on days 0 and 1 (M1, M2), then six on days 40..45: the window of days 40..45 has 6 payers.
        Graphs w = new Graphs();
        w.pay("M1", "C", 500, 0).pay("M2", "C", 500, 1);
        for (int i = 0; i < 6; i++) {
            w.pay("N" + i, "C", 100, 40 + i);
        }
        Alert a = new FanInDetector().detect(w.build()).get(0);
        assertThat(a.figure("payers")).isEqualTo(6);
        assertThat(a.figure("firstTick")).isEqualTo(40);
        assertThat(a.accounts()).doesNotContain("M1", "M2");
    }

    @Test
    void smallPaymentsCanBeLeftOutOfTheCount() {
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M" + i, "C", i == 5 ? 10 : 1_000, i);
        }
        // with a floor of €100 only four payers count
        assertThat(new FanInDetector(5, 10, 10_000).detect(w.build())).isEmpty();
    }

    @Test
    void oneAccountPayingSixOthersIsAFanOut() {
        // S pays P1..P6 €2,000 each on days 3..8: 6 payees, €12,000, span 5.
        Graphs w = new Graphs();
        for (int i = 1; i <= 6; i++) {
            w.pay("S", "P" + i, 2_000, 2 + i);
        }
        List<Alert> alerts = new FanOutDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).figure("payees")).isEqualTo(6);
        assertThat(alerts.get(0).figure("sumCents")).isEqualTo(1_200_000);
        assertThat(alerts.get(0).figure("spanTicks")).isEqualTo(5);
        assertThat(alerts.get(0).accounts()).first().isEqualTo("S");
        assertThat(new FanInDetector().detect(w.build())).isEmpty();
    }

    @Test
    void aFanOutThresholdBelowTwoIsRefused() {
        assertThatThrownBy(() -> new FanOutDetector(1, 10, 1)).hasMessageContaining("at least 2 payees");
    }
}
