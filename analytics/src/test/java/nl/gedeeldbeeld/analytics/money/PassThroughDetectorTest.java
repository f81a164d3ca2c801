package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassThroughDetectorTest {
    @Test
    void moneyInAndAlmostAllOutTheNextDayIsPassThrough() {
        // M receives €8,000 on day 3 and pays €7,960 on day 4: residual 40/8,000 = 0.005, dwell 1.
        Graphs w = new Graphs().pay("S", "M", 8_000, 3).pay("M", "X", 7_960, 4);
        List<Alert> alerts = new PassThroughDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).containsExactly("M", "S", "X");
        assertThat(a.figure("episodes")).isEqualTo(1);
        assertThat(a.figure("inCents")).isEqualTo(800_000);
        assertThat(a.figure("outCents")).isEqualTo(796_000);
        assertThat(a.ratio("residualRatio")).isCloseTo(0.005, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.figure("longestDwellTicks")).isEqualTo(1);
    }

    @Test
    void anAccountThatKeepsMostOfItIsNoPassThrough() {
        // salary €3,000 in, rent €1,200 out: 60% stays
        Graphs w = new Graphs().pay("E", "M", 3_000, 1).pay("M", "L", 1_200, 1);
        assertThat(new PassThroughDetector().detect(w.build())).isEmpty();
    }

    @Test
    void payingOutAfterTheDwellIsNoPassThrough() {
        Graphs w = new Graphs().pay("S", "M", 8_000, 3).pay("M", "X", 8_000, 6);
        assertThat(new PassThroughDetector().detect(w.build())).isEmpty();
    }

    @Test
    void smallAmountsAreBelowTheFloor() {
        Graphs w = new Graphs().pay("S", "M", 500, 3).pay("M", "X", 500, 3);
        assertThat(new PassThroughDetector().detect(w.build())).isEmpty();
    }

    @Test
    void splitInflowsAndOutflowsCountTogether() {
        // 2,000 + 3,000 in on days 1 and 2; 4,800 out on day 3 (within 2 ticks of day 1): residual 0.04.
        Graphs w = new Graphs().pay("A", "M", 2_000, 1).pay("B", "M", 3_000, 2).pay("M", "X", 4_800, 3);
        Alert a = new PassThroughDetector().detect(w.build()).get(0);
        assertThat(a.figure("inCents")).isEqualTo(500_000);
        assertThat(a.figure("outCents")).isEqualTo(480_000);
    }
}
