package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructuringDetectorTest {
    @Test
    void threeCashDepositsJustBelowTenThousandWithinAMonthAreStructuring() {
        // €9,500 + €9,800 + €9,999.99 on days 1, 10, 25 (span 24 <= 30): 2,929,999 cents.
        Graphs w = new Graphs()
                .cash("p1", "NL01", 950_000, 1)
                .cash("p2", "NL01", 980_000, 10)
                .cash("p1", "NL01", 999_999, 25);
        List<Alert> alerts = new StructuringDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.figure("transactions")).isEqualTo(3);
        assertThat(a.figure("sumCents")).isEqualTo(2_929_999);
        assertThat(a.figure("spanTicks")).isEqualTo(24);
        assertThat(a.figure("mostInOneWindow")).isEqualTo(3);
        assertThat(a.accounts()).containsExactly("NL01", "cash:p1", "cash:p2");
        assertThat(a.rule()).contains("€9,000.00").contains("€10,000.00");
    }

    @Test
    void aDepositAtTheThresholdIsReportedAnywaySoItDoesNotCount() {
        // €10,000.00 is at the threshold, not below it: only two deposits qualify.
        Graphs w = new Graphs()
                .cash("p1", "NL01", 950_000, 1)
                .cash("p1", "NL01", 1_000_000, 2)
                .cash("p1", "NL01", 960_000, 3);
        assertThat(new StructuringDetector().detect(w.build())).isEmpty();
    }

    @Test
    void depositsFurtherApartThanTheWindowAreNotStructuring() {
        Graphs w = new Graphs()
                .cash("p1", "NL01", 950_000, 1)
                .cash("p1", "NL01", 950_000, 20)
                .cash("p1", "NL01", 950_000, 40);
        assertThat(new StructuringDetector().detect(w.build())).isEmpty();
    }

    @Test
    void transfersJustBelowTheThresholdCountOnlyWhenAskedFor() {
        Graphs w = new Graphs()
                .payCents("A", "NL01", 950_000, 1)
                .payCents("B", "NL01", 950_000, 2)
                .payCents("C", "NL01", 950_000, 3);
        assertThat(new StructuringDetector().detect(w.build())).isEmpty();
        assertThat(new StructuringDetector(1_000_000, 0.1, 3, 30, true).detect(w.build())).hasSize(1);
    }

    @Test
    void everyDepositInAQualifyingWindowIsInTheOneAlertOfTheAccount() {
        // days 0, 5, 10 form a window; day 50 is alone; days 80, 85, 90 form another: 6 of 7 deposits.
        Graphs w = new Graphs();
        for (int day : new int[] {0, 5, 10, 50, 80, 85, 90}) {
            w.cash("p", "NL01", 920_000, day);
        }
        List<Alert> alerts = new StructuringDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).figure("transactions")).isEqualTo(6);
        assertThat(alerts.get(0).figure("spanTicks")).isEqualTo(90);
    }
}
