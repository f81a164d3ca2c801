package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScatterGatherDetectorTest {
    @Test
    void fourMulesPassingTheirShareToOneSinkAreAScatterGather() {
        // S pays V1..V4 €5,000 on days 1..4; each Vi pays T €4,900 the next day.
        // scattered 20,000 euros, gathered 19,600, ratio 0.98; 8 transactions, span day 1..5 = 4.
        Graphs w = new Graphs();
        for (int i = 1; i <= 4; i++) {
            w.pay("S", "V" + i, 5_000, i).pay("V" + i, "T", 4_900, i + 1);
        }
        List<Alert> alerts = new ScatterGatherDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).startsWith("S", "T").hasSize(6);
        assertThat(a.figure("intermediaries")).isEqualTo(4);
        assertThat(a.figure("scatteredCents")).isEqualTo(2_000_000);
        assertThat(a.figure("gatheredCents")).isEqualTo(1_960_000);
        assertThat(a.ratio("gatheredRatio")).isEqualTo(0.98);
        assertThat(a.figure("transactions")).isEqualTo(8);
        assertThat(a.figure("spanTicks")).isEqualTo(4);
    }

    @Test
    void threeMulesAreBelowTheDefaultMinimumOfFour() {
        Graphs w = new Graphs();
        for (int i = 1; i <= 3; i++) {
            w.pay("S", "V" + i, 5_000, i).pay("V" + i, "T", 4_900, i + 1);
        }
        assertThat(new ScatterGatherDetector().detect(w.build())).isEmpty();
    }

    @Test
    void muleThatPassesOnTooLittleOrTooLateDoesNotCount() {
        // V3 passes on half, V4 waits ten days: only V1, V2, V5 count, three of four.
        Graphs w = new Graphs()
                .pay("S", "V1", 5_000, 1).pay("V1", "T", 5_000, 2)
                .pay("S", "V2", 5_000, 1).pay("V2", "T", 4_800, 2)
                .pay("S", "V3", 5_000, 1).pay("V3", "T", 2_500, 2)
                .pay("S", "V4", 5_000, 1).pay("V4", "T", 5_000, 11)
                .pay("S", "V5", 5_000, 1).pay("V5", "T", 5_000, 1);
        assertThat(new ScatterGatherDetector().detect(w.build())).isEmpty();
    }

    @Test
    void passingOnToDifferentSinksIsNoScatterGather() {
        Graphs w = new Graphs();
        for (int i = 1; i <= 4; i++) {
            w.pay("S", "V" + i, 5_000, i).pay("V" + i, "T" + i, 5_000, i + 1);
        }
        assertThat(new ScatterGatherDetector().detect(w.build())).isEmpty();
    }
}
