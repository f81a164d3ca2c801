package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionGraphTest {
    @Test
    void rowsAreSortedByTimeWhateverTheOrderOfAdding() {
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        b.transfer("late", "A", "B", 300, 9);
        b.transfer("early", "A", "C", 100, 1);
        b.transfer("middle", "A", "B", 200, 5);
        TransactionGraph g = b.build();
        int a = g.account("A").orElseThrow();
        assertThat(g.outDegree(a)).isEqualTo(3);
        assertThat(g.transactionId(g.outTx(g.outStart(a)))).isEqualTo("early");
        assertThat(g.transactionId(g.outTx(g.outStart(a) + 1))).isEqualTo("middle");
        assertThat(g.transactionId(g.outTx(g.outStart(a) + 2))).isEqualTo("late");
        int bb = g.account("B").orElseThrow();
        assertThat(g.inDegree(bb)).isEqualTo(2);
        // first out-row position at or after day 5 is "middle", the second of A's row
        assertThat(g.outFirstAtOrAfter(a, 5)).isEqualTo(g.outStart(a) + 1);
        assertThat(g.outFirstAtOrAfter(a, 10)).isEqualTo(g.outEnd(a));
    }

    @Test
    void aCashDepositComesFromItsDepositorsCashNode() {
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        int tx = b.cashDeposit("d1", Optional.of("person-7"), "NL01", 950_000, 3);
        b.cashDeposit("d2", Optional.empty(), "NL01", 950_000, 4);
        TransactionGraph g = b.build();
        assertThat(g.label(g.from(tx))).isEqualTo("cash:person-7");
        assertThat(g.isCash(g.from(tx))).isTrue();
        assertThat(g.isCashDeposit(tx)).isTrue();
        assertThat(g.account("cash:unknown")).isPresent();
        assertThat(g.isCash(g.account("NL01").orElseThrow())).isFalse();
    }

    @Test
    void aTransferBetweenTwoJurisdictionsIsCrossBorderEvenWhenToldLater() {
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        int abroad = b.transfer("t1", "NL01", "DE01", 100, 1);
        int home = b.transfer("t2", "NL01", "NL02", 100, 1);
        b.account("NL01", "NL");
        b.account("NL02", "nl");
        b.account("DE01", "de");
        TransactionGraph g = b.build();
        assertThat(g.isCrossBorder(abroad)).isTrue();
        assertThat(g.isCrossBorder(home)).isFalse();
        assertThat(g.jurisdiction(0)).contains("nl");
    }

    @Test
    void transactionsWithoutAnIdAreNumbered() {
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        int a = b.account("A");
        int c = b.account("C");
        b.transfer(null, a, c, 5, 0, (byte) 0);
        assertThat(b.build().transactionId(0)).isEqualTo("t0");
    }

    @Test
    void aTransferOfNothingIsRefused() {
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        assertThatThrownBy(() -> b.transfer("t", "A", "B", 0, 1)).hasMessageContaining("amount must be positive");
    }
}
