package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;

class TransactionCsvReaderTest {
    private static TransactionCsvReader.Result read(String text) throws IOException {
        return new TransactionCsvReader().read(new StringReader(text), "tx.csv");
    }

    @Test
    void amlsimColumnsAreRecognisedAndAmountsKeptInCents() throws IOException {
        TransactionCsvReader.Result r = read("sourceNodeId,targetNodeId,value,time\n1,2,147.8,1\n2,3,10.05,4\n");
        TransactionGraph g = r.graph();
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.problems()).isEmpty();
        assertThat(g.transactionCount()).isEqualTo(2);
        assertThat(g.cents(0)).isEqualTo(14_780);
        assertThat(g.label(g.from(1))).isEqualTo("2");
        assertThat(g.time(1)).isEqualTo(4);
        assertThat(r.timeIsDate()).isFalse();
    }

    @Test
    void datesBecomeDaysSinceTheEpochAndASemicolonFileMayUseADecimalComma() throws IOException {
        TransactionCsvReader.Result r = read("van;naar;bedrag;datum\nNL01;NL02;1.250,50;2024-03-01\n");
        assertThat(r.timeIsDate()).isTrue();
        assertThat(r.graph().cents(0)).isEqualTo(125_050);
        assertThat(r.graph().time(0)).isEqualTo((int) LocalDate.of(2024, 3, 1).toEpochDay());
    }

    @Test
    void aRowWithABadAmountKeepsItsAccountsAndARowWithoutATargetIsRefusedEachWithItsLine() throws IOException {
        TransactionCsvReader.Result r = read("source,target,amount,time\n"
                + "a,b,12.00,1\n"
                + "a,c,twelve,2\n"
                + "a,,5.00,3\n"
                + "d,e,5.00,yesterday\n"
                + "f,g\n"
                + "a,b,-3,4\n");
        assertThat(r.rows()).isEqualTo(6);
        assertThat(r.graph().transactionCount()).isEqualTo(1);
        assertThat(r.graph().account("c")).isPresent();
        assertThat(r.graph().account("e")).isPresent();
        assertThat(r.graph().account("g")).isEmpty();
        assertThat(r.problems()).extracting(TransactionCsvReader.Problem::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(r.problems()).extracting(TransactionCsvReader.Problem::refused)
                .containsExactly(false, true, false, true, false);
        assertThat(r.problems().get(0).reason()).isEqualTo("tx.csv line 3: amount 'twelve' is not a number; "
                + "accounts kept, transaction left out");
        assertThat(r.problems().get(1).reason()).contains("line 4", "no target account", "refused");
        assertThat(r.problems().get(2).reason()).contains("line 5", "time 'yesterday'");
        assertThat(r.problems().get(4).reason()).contains("line 7", "not positive");
        assertThat(r.refused()).isEqualTo(2);
        assertThat(r.keptInPart()).isEqualTo(3);
    }

    @Test
    void columnNamesCanBeGivenAndAMissingColumnSaysWhichNamesWereTried() throws IOException {
        String text = "payer_iban,payee_iban,eur,booked\n\"NL01, main\",NL02,3.5,2024-01-02\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("no source column").hasMessageContaining("--source-column");
        TransactionCsvReader named = new TransactionCsvReader(TransactionCsvReader.Columns.defaults()
                .with("payer_iban", "payee_iban", "eur", "booked"));
        TransactionGraph g = named.read(new StringReader(text), "x.csv").graph();
        assertThat(g.label(g.from(0))).isEqualTo("NL01, main");
        assertThat(g.cents(0)).isEqualTo(350);
    }

    @Test
    void mixingStepNumbersAndDatesIsReportedPerRow() throws IOException {
        TransactionCsvReader.Result r = read("source,target,amount,time\na,b,1,3\na,b,1,2024-01-01\n");
        assertThat(r.problems()).singleElement().extracting(TransactionCsvReader.Problem::reason).asString()
                .contains("line 3", "is a date where earlier rows had step numbers");
    }
}
