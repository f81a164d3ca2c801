package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsettingFlowDetectorTest {
    /** Broker X in NL receives from clients C1..C3; broker Y in TR pays B1..B3 the same less 1% a day later. */
    private static Graphs hawala() {
        Graphs w = new Graphs().in("X", "nl").in("Y", "tr");
        long[] amounts = {5_000, 7_500, 12_000};
        for (int i = 0; i < 3; i++) {
            w.in("C" + i, "nl").in("B" + i, "tr");
            w.pay("C" + i, "X", amounts[i], 10 * i);
            w.pay("Y", "B" + i, amounts[i] * 99 / 100, 10 * i + 1);
        }
        return w;
    }

    @Test
    void threeMirroredPaymentsWithoutATransferBetweenTheBrokersAreOffsetting() {
        // received 5,000 + 7,500 + 12,000 = 24,500; mirrored 4,950 + 7,425 + 11,880 = 24,255; ratio 0.99.
        List<Alert> alerts = new OffsettingFlowDetector().detect(hawala().build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).startsWith("X", "Y").hasSize(8);
        assertThat(a.figure("matches")).isEqualTo(3);
        assertThat(a.figure("receivedCents")).isEqualTo(2_450_000);
        assertThat(a.figure("mirroredCents")).isEqualTo(2_425_500);
        assertThat(a.ratio("mirroredRatio")).isCloseTo(0.99, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aDirectTransferBetweenTheBrokersMeansTheMoneyWasMovedNotOffset() {
        Graphs w = hawala().pay("X", "Y", 20_000, 15);
        assertThat(new OffsettingFlowDetector().detect(w.build())).isEmpty();
    }

    @Test
    void twoMatchesAreBelowTheDefaultMinimumOfThree() {
        Graphs w = new Graphs().in("X", "nl").in("Y", "tr").in("C", "nl").in("B", "tr");
        w.pay("C", "X", 5_000, 1).pay("Y", "B", 5_000, 1).pay("C", "X", 6_000, 5).pay("Y", "B", 6_000, 6);
        assertThat(new OffsettingFlowDetector().detect(w.build())).isEmpty();
    }

    @Test
    void mirrorPaymentsInTheSameCountryAreOrdinaryTrade() {
        Graphs w = new Graphs().in("X", "nl").in("Y", "nl");
        for (int i = 0; i < 3; i++) {
            w.in("C" + i, "nl").in("B" + i, "nl").pay("C" + i, "X", 5_000, 10 * i).pay("Y", "B" + i, 5_000, 10 * i);
        }
        assertThat(new OffsettingFlowDetector().detect(w.build())).isEmpty();
    }

    @Test
    void withoutJurisdictionsThereIsNothingToOffset() {
        Graphs w = new Graphs().pay("C", "X", 5_000, 1).pay("Y", "B", 5_000, 1);
        assertThat(new OffsettingFlowDetector().detect(w.build())).isEmpty();
    }
}
