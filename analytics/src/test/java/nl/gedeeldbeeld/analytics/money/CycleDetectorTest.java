package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CycleDetectorTest {
    @Test
    void aCycleOfThreeAccountsIsOneAlert() {
        // A -> B 100,000 (day 1), B -> C 98,000 (day 3), C -> A 96,040 (day 6): 3 hops, each 2% less,
        // returned 96,040 / 100,000 = 0.9604, span 5 days.
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 98_000, 3).pay("C", "A", 96_040, 6);
        List<Alert> alerts = new CycleDetector().detect(w.build());
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.accounts()).containsExactly("A", "B", "C");
        assertThat(a.figure("hops")).isEqualTo(3);
        assertThat(a.ratio("returnedRatio")).isEqualTo(0.9604);
        assertThat(a.figure("spanTicks")).isEqualTo(5);
        assertThat(a.transactions()).containsExactly("x0", "x1", "x2");
    }

    @Test
    void aCycleThatGoesBackInTimeIsNoCycle() {
        // A -> B day 5, B -> C day 2, C -> A day 6: from whichever account one starts, one hop would have to
        // go back in time (from A: day 2 < 5; from B: A -> B day 5 < 6; from C: day 5 < 6).
        Graphs w = new Graphs().pay("A", "B", 100_000, 5).pay("B", "C", 98_000, 2).pay("C", "A", 96_000, 6);
        assertThat(new CycleDetector().detect(w.build())).isEmpty();
    }

    @Test
    void aHopThatChangesTheAmountTooMuchBreaksTheCycle() {
        // B passes on 80,000 of 100,000: 20% off, beyond the 10% tolerance.
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 80_000, 2).pay("C", "A", 79_000, 3);
        assertThat(new CycleDetector().detect(w.build())).isEmpty();
    }

    @Test
    void aRoundTripOfTwoHopsIsBelowTheDefaultMinimumOfThree() {
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "A", 99_000, 2);
        assertThat(new CycleDetector().detect(w.build())).isEmpty();
        assertThat(new CycleDetector(2, 6, 10, 0.1, 1).detect(w.build())).hasSize(1);
    }

    @Test
    void aCycleLongerThanTheMaximumIsNotFound() {
        // seven hops A->B->C->D->E->F->G->A, one day apart, same amount
        String[] ring = {"A", "B", "C", "D", "E", "F", "G"};
        Graphs w = new Graphs();
        for (int i = 0; i < ring.length; i++) {
            w.pay(ring[i], ring[(i + 1) % ring.length], 50_000, i);
        }
        assertThat(new CycleDetector().detect(w.build())).isEmpty();
        assertThat(new CycleDetector(3, 7, 10, 0.1, 1).detect(w.build())).hasSize(1);
    }

    @Test
    void aWaitLongerThanTheGapBreaksTheCycle() {
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 99_000, 20).pay("C", "A", 98_000, 21);
        assertThat(new CycleDetector().detect(w.build())).isEmpty();
    }

    @Test
    void anAmlsimCycleBookedOutOfTimeOrderIsFoundOnceInAnyOrderMode() {
        // AMLSim books each hop of a ring at its own random step and passes the same amount on:
        // A -> B step 18, B -> C step 103, C -> D step 50, D -> A step 70, all 11.51; plus noise A -> E.
        Graphs w = new Graphs().payCents("A", "B", 1151, 18).payCents("B", "C", 1151, 103)
                .payCents("C", "D", 1151, 50).payCents("D", "A", 1151, 70).payCents("A", "E", 1151, 60)
                .payCents("E", "A", 9_000, 61);
        TransactionGraph g = w.build();
        assertThat(new CycleDetector().detect(g)).isEmpty();
        assertThat(new CycleDetector(3, 6, 200, 0.1, 1).detect(g)).isEmpty();
        List<Alert> alerts = CycleDetector.anyOrder(3, 8, 150, 0.01, 1).detect(g);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.accounts()).containsExactlyInAnyOrder("A", "B", "C", "D");
            assertThat(a.figure("hops")).isEqualTo(4);
            assertThat(a.figure("spanTicks")).isEqualTo(85);
            assertThat(a.rule()).contains("any order");
        });
        // the same ring spread over more than the span is not one pattern
        assertThat(CycleDetector.anyOrder(3, 8, 50, 0.01, 1).detect(g)).isEmpty();
    }
}
