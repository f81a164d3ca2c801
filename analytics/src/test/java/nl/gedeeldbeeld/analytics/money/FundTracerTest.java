package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;

class FundTracerTest {
    /** M receives 100 from A at t1 (x0) and 50 from B at t2 (x1), and sends 120 to C at t3 (x2). */
    private static TransactionGraph mixed() {
        return new Graphs().pay("A", "M", 100, 1).pay("B", "M", 50, 2).pay("M", "C", 120, 3).build();
    }

    private static long cents(FundTrace trace, String account) {
        return trace.reached(account).orElseThrow().cents();
    }

    @Test
    void fifoSpendsTheOldestMoneyFirst() {
        // 120 = all 100 of A's (oldest) + 20 of B's.
        FundTrace back = new FundTracer(mixed(), Allocation.FIFO).backward("C");
        assertThat(back.tracedCents()).isEqualTo(12_000);
        assertThat(back.truncated()).isFalse();
        assertThat(cents(back, "M")).isEqualTo(12_000);
        assertThat(cents(back, "A")).isEqualTo(10_000);
        assertThat(cents(back, "B")).isEqualTo(2_000);
        assertThat(back.reached("A").orElseThrow().flows()).containsExactly(
                new FundTrace.Flow(List.of("x2", "x0"), 10_000));
        assertThat(back.reached("A").orElseThrow().depth()).isEqualTo(2);
    }

    @Test
    void lifoSpendsTheNewestMoneyFirst() {
        // 120 = all 50 of B's (newest) + 70 of A's.
        FundTrace back = new FundTracer(mixed(), Allocation.LIFO).backward("C");
        assertThat(cents(back, "B")).isEqualTo(5_000);
        assertThat(cents(back, "A")).isEqualTo(7_000);
    }

    @Test
    void proportionalSpendsEveryReceiptInProportion() {
        // 120 of 150 on the account: 120 x 100/150 = 80 of A's, 120 x 50/150 = 40 of B's.
        FundTrace back = new FundTracer(mixed(), Allocation.PROPORTIONAL).backward("C");
        assertThat(cents(back, "A")).isEqualTo(8_000);
        assertThat(cents(back, "B")).isEqualTo(4_000);
    }

    @Test
    void forwardFromAPayerFollowsItsShareOfEachPayment() {
        // A's 100 at M: FIFO sends all 100 on to C; LIFO only 70 (30 stays); proportional 80 (20 stays).
        assertThat(cents(new FundTracer(mixed(), Allocation.FIFO).forward("A"), "C")).isEqualTo(10_000);
        FundTrace lifo = new FundTracer(mixed(), Allocation.LIFO).forward("A");
        assertThat(cents(lifo, "C")).isEqualTo(7_000);
        assertThat(lifo.reached("M").orElseThrow().cents()).isEqualTo(10_000);
        assertThat(lifo.reached("M").orElseThrow().endsHereCents()).isEqualTo(3_000);
        assertThat(cents(new FundTracer(mixed(), Allocation.PROPORTIONAL).forward("A"), "C")).isEqualTo(8_000);
        assertThat(lifo.reached("C").orElseThrow().flows().get(0).transactions()).containsExactly("x0", "x2");
    }

    @Test
    void moneyCannotLeaveBeforeItArrived() {
        // M pays C 100 at t1, then receives 100 from A at t5: the payment cannot be A's money.
        TransactionGraph g = new Graphs().pay("M", "C", 100, 1).pay("A", "M", 100, 5).build();
        FundTrace back = new FundTracer(g, Allocation.FIFO).backward("C");
        assertThat(back.reached("A")).isEmpty();
        // M paid it from money of unknown origin: the trail ends at M
        assertThat(back.reached("M").orElseThrow().endsHereCents()).isEqualTo(10_000);
        assertThat(new FundTracer(g, Allocation.FIFO).forward("A").reached("C")).isEmpty();
    }

    @Test
    void theDepthLimitStopsTheTrace() {
        // A -> B -> C -> D, each passing all 100 on the next day
        TransactionGraph g = new Graphs().pay("A", "B", 100, 1).pay("B", "C", 100, 2).pay("C", "D", 100, 3).build();
        FundTrace two = new FundTracer(g, Allocation.FIFO, 2, 1).forward("A");
        assertThat(two.reached("C")).isPresent();
        assertThat(two.reached("D")).isEmpty();
        assertThat(two.reached("C").orElseThrow().endsHereCents()).isEqualTo(10_000);
        FundTrace three = new FundTracer(g, Allocation.FIFO, 3, 1).forward("A");
        assertThat(three.reached("D").orElseThrow().flows().get(0).transactions()).containsExactly("x0", "x1", "x2");
    }

    @Test
    void partsBelowTheFloorAreNotFollowed() {
        // A's 100 and B's 9,900 mix at M, which pays 100 to C: proportionally only 1 euro of it is A's.
        TransactionGraph g = new Graphs().pay("A", "M", 100, 1).pay("B", "M", 9_900, 1).pay("M", "C", 100, 2).build();
        assertThat(cents(new FundTracer(g, Allocation.PROPORTIONAL, 5, 100).forward("A"), "C")).isEqualTo(100);
        assertThat(new FundTracer(g, Allocation.PROPORTIONAL, 5, 101).forward("A").reached("C")).isEmpty();
    }

    @Test
    void aTimeRangeLimitsTheMoneyTraced() {
        TransactionGraph g = new Graphs().pay("A", "B", 100, 1).pay("A", "C", 200, 10).build();
        FundTrace t = new FundTracer(g, Allocation.FIFO).forward("A", 5, 20);
        assertThat(t.tracedCents()).isEqualTo(20_000);
        assertThat(t.reached("B")).isEmpty();
    }

    @Test
    void anUnknownAccountIsTheUsersMistake() {
        assertThatThrownBy(() -> new FundTracer(mixed(), Allocation.FIFO).forward("NL00NOPE"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("NL00NOPE");
    }
}
