package nl.gedeeldbeeld.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.disruption.DisruptionSimulation;
import nl.gedeeldbeeld.analytics.disruption.RemovalStrategy;
import nl.gedeeldbeeld.analytics.graph.Graph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 14: analyses a person waits for stop when their time budget is spent and say what they did. */
class BudgetedAnalysesTest {
    private final Graph karate = SmallGraphs.karateClub();

    /** A budget whose clock moves one second each time it is read: spent at the second look. */
    private static Budget spentAtSecondLook() {
        long[] now = {0};
        return Budget.of(Duration.ofMillis(1500), () -> now[0] += 1_000_000_000L);
    }

    @Test
    void anUnlimitedBudgetIsNeverSpent() {
        assertThat(Budget.unlimited().exhausted()).isFalse();
        assertThat(KeyPlayers.negative(karate, 3, false, Budget.unlimited()).result().complete()).isTrue();
    }

    @Test
    @DisplayName("finding 14: a spent budget still gives a key-player set of size k and says it is not searched out")
    void finding14KeyPlayersAnswerWithinTheBudgetAndSaySo() {
        KeyPlayers.Result r = KeyPlayers.negative(karate, 5, false, spentAtSecondLook()).result();
        assertThat(r.nodes()).hasSize(5).doesNotHaveDuplicates();
        assertThat(r.complete()).isFalse();
        assertThat(r.explanation()).contains("time budget of 1.5 s spent");
        KeyPlayers.Result full = KeyPlayers.negative(karate, 5, false).result();
        assertThat(full.complete()).isTrue();
        assertThat(r.score()).isLessThanOrEqualTo(full.score() + 1e-12);
    }

    @Test
    @DisplayName("finding 14: a disruption run stops between steps when the budget is spent and reports the steps done")
    void finding14DisruptionStopsWithTheStepsDone() {
        Budget budget = spentAtSecondLook();
        DisruptionSimulation.Curve curve = new DisruptionSimulation(karate, RemovalStrategy.keyPlayers(budget), 2, 10, true,
                true, budget).run();
        assertThat(curve.complete()).isFalse();
        assertThat(curve.steps().size() - 1).isLessThan(10);
        assertThat(curve.stepsAsked()).isEqualTo(10);
        assertThat(curve.explanation()).contains("stopped by the time budget after", "of 10 steps");

        DisruptionSimulation.Curve all = new DisruptionSimulation(karate, RemovalStrategy.degree(), 2, 3, true).run();
        assertThat(all.complete()).isTrue();
        assertThat(all.explanation()).doesNotContain("time budget");
    }

    @Test
    void pathEnumerationStopsWhenTheBudgetIsSpentAndKeepsWhatItFound() {
        Graph dense = SmallGraphs.random(60, 0.5, true, false, 3);
        Paths.SimplePaths cut = new Paths(dense).simple(0, 1, 8, 1_000_000, Budget.of(Duration.ZERO));
        assertThat(cut.complete()).isFalse();
        assertThat(cut.capped()).isFalse();
        Paths.SimplePaths some = new Paths(dense).simple(0, 1, 2, 5);
        assertThat(some.complete()).isTrue();
        assertThat(some.paths()).isNotEmpty();
    }
}
