package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypologyScanTest {
    @Test
    void aCycleFoundFromTwoStartsOnTheSameDayIsOneAlert() {
        // A->B, B->C, C->A all on day 1 with equal amounts: each transaction starts a time-respecting cycle
        // (ties), so the detector finds it three times; the scan merges them into one alert of 3 findings.
        Graphs w = new Graphs().pay("A", "B", 50_000, 1).pay("B", "C", 50_000, 1).pay("C", "A", 50_000, 1);
        TypologyScan scan = new TypologyScan(List.of(new CycleDetector()), 2, true);
        TypologyScan.Result r = scan.scan(w.build());
        assertThat(r.findings()).containsEntry(Typology.CYCLE, 3);
        assertThat(r.of(Typology.CYCLE)).hasSize(1);
        assertThat(r.of(Typology.CYCLE).get(0).occurrences()).isEqualTo(3);
        assertThat(r.of(Typology.CYCLE).get(0).transactions()).hasSize(3);
    }

    @Test
    void aPassThroughOnALayeringChainIsExplainedByTheChain() {
        // A->B->C->D->E: B, C, D each pass on 99% the next day (pass-through) but all lie on one chain.
        Graphs w = new Graphs().pay("A", "B", 100_000, 1).pay("B", "C", 99_000, 2).pay("C", "D", 98_010, 3)
                .pay("D", "E", 97_030, 4);
        TypologyScan.Result specific = TypologyScan.withDefaults().scan(w.build());
        assertThat(specific.of(Typology.LAYERING_CHAIN)).hasSize(1);
        assertThat(specific.of(Typology.PASS_THROUGH)).isEmpty();
        assertThat(specific.subsumed()).containsEntry(Typology.PASS_THROUGH, 3);
        TypologyScan.Result all = new TypologyScan(TypologyScan.defaultDetectors(), 1, false).scan(w.build());
        assertThat(all.of(Typology.PASS_THROUGH)).hasSize(3);
    }

    @Test
    void everyDetectorRunsAndIsTimed() {
        TypologyScan.Result r = TypologyScan.withDefaults().scan(new Graphs().pay("A", "B", 1, 1).build());
        assertThat(r.millis()).hasSize(Typology.values().length);
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void aFindingOnASubsetOfAnothersAccountsIsMergedIntoIt() {
        Alert big = new Alert(Typology.FAN_IN, "r", java.util.Map.of(), List.of("C", "M1", "M2"),
                List.of("t1", "t2"), 1);
        Alert small = new Alert(Typology.FAN_IN, "r", java.util.Map.of(), List.of("C", "M1"), List.of("t3"), 1);
        Alert other = new Alert(Typology.FAN_IN, "r", java.util.Map.of(), List.of("D", "M1"), List.of("t4"), 1);
        List<Alert> merged = AlertMerger.merge(List.of(small, big, other));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).transactions()).containsExactly("t1", "t2", "t3");
        assertThat(merged.get(0).occurrences()).isEqualTo(2);
    }
}
