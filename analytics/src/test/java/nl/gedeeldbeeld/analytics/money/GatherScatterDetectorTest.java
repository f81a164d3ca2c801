package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatherScatterDetectorTest {
    @Test
    void aHubCollectingFromFiveAndPayingFourIsAGatherScatter() {
        // M1..M5 pay H €4,000 on days 1..5 (in 20,000); H pays P1..P4 €4,750 on days 8..11 (out 19,000).
        // out/in = 0.95; window from day 1 to 11 = 10 ticks <= 15; 9 transactions.
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M" + i, "H", 4_000, i);
        }
        for (int i = 1; i <= 4; i++) {
            w.pay("H", "P" + i, 4_750, 7 + i);
        }
        List<Alert> alerts = new GatherScatterDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).first().isEqualTo("H");
        assertThat(a.figure("payers")).isEqualTo(5);
        assertThat(a.figure("payees")).isEqualTo(4);
        assertThat(a.figure("inCents")).isEqualTo(2_000_000);
        assertThat(a.figure("outCents")).isEqualTo(1_900_000);
        assertThat(a.ratio("outRatio")).isEqualTo(0.95);
        assertThat(a.figure("spanTicks")).isEqualTo(10);
    }

    @Test
    void aHubThatKeepsHalfIsNoGatherScatter() {
        // out 4 x 2,500 = 10,000 of 20,000 in: ratio 0.5 < 0.8
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M" + i, "H", 4_000, i);
        }
        for (int i = 1; i <= 4; i++) {
            w.pay("H", "P" + i, 2_500, 7 + i);
        }
        assertThat(new GatherScatterDetector().detect(w.build())).isEmpty();
    }

    @Test
    void paymentsOutsideTheWindowDoNotCount() {
        // the scatter starts 30 days after the gather
        Graphs w = new Graphs();
        for (int i = 1; i <= 5; i++) {
            w.pay("M" + i, "H", 4_000, i);
        }
        for (int i = 1; i <= 4; i++) {
            w.pay("H", "P" + i, 4_750, 30 + i);
        }
        assertThat(new GatherScatterDetector().detect(w.build())).isEmpty();
    }
}
