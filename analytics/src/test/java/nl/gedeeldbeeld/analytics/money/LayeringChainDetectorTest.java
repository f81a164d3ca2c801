package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayeringChainDetectorTest {
    @Test
    void fiveHopsWithSlightDecayAndShortDwellAreOneChain() {
        // A->B 100,000 d1; B->C 98,000 d2; C->D 96,000 d4; D->E 94,000 d5; E->F 92,000 d7.
        // each hop keeps >= 95%, dwell <= 2; kept 92,000/100,000 = 0.92; span 6.
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 98_000, 2).pay("C", "D", 96_000, 4)
                .pay("D", "E", 94_000, 5).pay("E", "F", 92_000, 7);
        List<Alert> alerts = new LayeringChainDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(a.figure("hops")).isEqualTo(5);
        assertThat(a.ratio("keptRatio")).isEqualTo(0.92);
        assertThat(a.figure("spanTicks")).isEqualTo(6);
    }

    @Test
    void threeHopsAreBelowTheDefaultMinimumOfFour() {
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 98_000, 2).pay("C", "D", 96_000, 4);
        assertThat(new LayeringChainDetector().detect(w.build())).isEmpty();
    }

    @Test
    void aHopThatGrowsOrWaitsTooLongEndsTheChain() {
        // C->D grows (100,500 > 98,000): the chain A-B-C stops there; D->E->F waits 10 days.
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 98_000, 2).pay("C", "D", 100_500, 3)
                .pay("D", "E", 99_000, 4).pay("E", "F", 98_000, 14);
        assertThat(new LayeringChainDetector().detect(w.build())).isEmpty();
    }

    @Test
    void aChainIsReportedFromItsHeadOnly() {
        // six hops: the tail from B is not a second alert
        Graphs w = new Graphs();
        String[] n = {"A", "B", "C", "D", "E", "F", "G"};
        for (int i = 0; i < 6; i++) {
            w.pay(n[i], n[i + 1], 100_000 - 1_000L * i, i);
        }
        List<Alert> alerts = new LayeringChainDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).figure("hops")).isEqualTo(6);
    }

    @Test
    void aChainMayPassTwiceThroughTheSameCompany() {
        // A->K 100,000 d1; K->F 97,000 d2; F->K 95,000 d3; K->B 93,000 d4: four hops (each >= 95% of the one
        // before: 0.97, 0.979, 0.979), K twice, 4 accounts.
        Graphs w = new Graphs().pay("A", "K", 100_000, 1).pay("K", "F", 97_000, 2).pay("F", "K", 95_000, 3)
                .pay("K", "B", 93_000, 4);
        List<Alert> alerts = new LayeringChainDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).figure("hops")).isEqualTo(4);
        assertThat(alerts.get(0).accounts()).containsExactly("A", "K", "F", "B");
    }

    @Test
    void moneyBouncedBackAndForthWithALittleSkimmedIsAChain() {
        // A->B->A->B->A, 1% less each day: four hops over two accounts
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "A", 99_000, 2).pay("A", "B", 98_000, 3)
                .pay("B", "A", 97_000, 4);
        List<Alert> alerts = new LayeringChainDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).figure("hops")).isEqualTo(4);
        assertThat(alerts.get(0).accounts()).containsExactly("A", "B");
    }
}
