package nl.gedeeldbeeld.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.money.TypologyScan;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkTypologyScanTest {
    private final SparkSession spark = LocalSpark.session();

    /**
     * Background payments in six separate circles of 40 accounts (salaries, rent, shopping), and in them
     * one planted case of every typology: a cycle, a fan-in, a fan-out, scatter-gather, gather-scatter, a
     * layering chain, cash structuring (one depositor unknown, feeding two circles), a pass-through and a
     * hawala pair (X in nl, Y in tr, in different circles), plus a second hawala pair that pays each other
     * and so is not offsetting.
     */
    static List<TransactionRows.Transaction> planted() {
        return planted(20);
    }

    /** The planted cases with {@code perDay} background payments a day (0: the cases alone). */
    static List<TransactionRows.Transaction> planted(int perDay) {
        Random random = new Random(17);
        List<TransactionRows.Transaction> t = new ArrayList<>();
        int[] next = {0};
        Payer pay = (from, to, euros, day) -> t.add(new TransactionRows.Transaction("t" + next[0]++, from, to,
                euros * 100 + random.nextInt(100), day, false, "nl", "nl"));
        for (int day = 0; day < 90; day++) {
            for (int k = 0; k < perDay; k++) {
                int circle = random.nextInt(6);
                String a = "c" + circle + "-" + random.nextInt(40);
                String b = "c" + circle + "-" + random.nextInt(40);
                if (!a.equals(b)) {
                    pay.pay(a, b, 20 + random.nextInt(3000), day);
                }
            }
        }
        // cycle in circle 0: 12,000 round three accounts within a week
        pay.pay("c0-1", "c0-2", 12_000, 10);
        pay.pay("c0-2", "c0-3", 11_800, 12);
        pay.pay("c0-3", "c0-1", 11_600, 14);
        // fan-in in circle 1: six payers into one account within 4 days
        for (int i = 0; i < 6; i++) {
            pay.pay("fin-" + i, "c1-5", 2_000 + 10 * i, 20 + i % 4);
        }
        // fan-out in circle 2
        for (int i = 0; i < 6; i++) {
            pay.pay("c2-5", "fout-" + i, 1_500 + 10 * i, 30 + i % 3);
        }
        // scatter-gather in circle 3: S pays five intermediaries who pass it to T within two days
        for (int i = 0; i < 5; i++) {
            pay.pay("c3-1", "sg-" + i, 4_000, 40 + i);
            pay.pay("sg-" + i, "c3-2", 3_900, 41 + i);
        }
        // gather-scatter in circle 4: six in, five out within 10 days, 90% passed on
        for (int i = 0; i < 6; i++) {
            pay.pay("gin-" + i, "c4-7", 3_000, 50 + i);
        }
        for (int i = 0; i < 5; i++) {
            pay.pay("c4-7", "gout-" + i, 3_240, 56 + i);
        }
        // layering chain in circle 5: five hops, a day each, 1% off each time
        String[] chain = {"c5-1", "lay-1", "lay-2", "lay-3", "lay-4", "c5-2"};
        long amount = 50_000;
        for (int i = 0; i + 1 < chain.length; i++) {
            pay.pay(chain[i], chain[i + 1], amount, 60 + i);
            amount = amount * 99 / 100;
        }
        // structuring: cash just under 10,000, an unknown depositor into circles 0 and 1, a known one into 2
        for (int i = 0; i < 4; i++) {
            t.add(new TransactionRows.Transaction("t" + next[0]++, "", "c0-20", 950_000 + i * 1000, 70 + 2 * i, true, null, "nl"));
            t.add(new TransactionRows.Transaction("t" + next[0]++, "", "c1-20", 960_000 + i * 1000, 71 + 2 * i, true, null, "nl"));
            t.add(new TransactionRows.Transaction("t" + next[0]++, "person-9", "c2-20", 970_000, 72 + 2 * i, true, null, "nl"));
        }
        // pass-through in circle 2: 8,000 in, 7,900 out the next day
        pay.pay("c2-30", "c2-31", 8_000, 80);
        pay.pay("c2-31", "mule-out", 7_900, 81);
        // hawala: X (c0-35, nl) receives from clients, Y (c3-35, tr) pays beneficiaries in tr the same a day later
        hawala(t, next, "c0-35", "c3-35", "hk", 5_000, false);
        // a second pair that does transfer between the brokers: no offsetting
        hawala(t, next, "c1-35", "c4-35", "hm", 7_000, true);
        return t;
    }

    private static void hawala(List<TransactionRows.Transaction> t, int[] next, String x, String y, String prefix,
            long base, boolean transfer) {
        for (int i = 0; i < 3; i++) {
            long cents = (base + 2_500L * i) * 100;
            t.add(new TransactionRows.Transaction("t" + next[0]++, prefix + "-client-" + i, x, cents, 84 + 2 * i, false, "nl", "nl"));
            t.add(new TransactionRows.Transaction("t" + next[0]++, y, prefix + "-benef-" + i, cents * 99 / 100, 85 + 2 * i, false,
                    "tr", "tr"));
        }
        if (transfer) {
            t.add(new TransactionRows.Transaction("t" + next[0]++, x, y, 2_000_000, 86, false, "nl", "tr"));
        }
    }

    private interface Payer {
        void pay(String from, String to, long euros, int day);
    }

    private Dataset<Row> frame(List<TransactionRows.Transaction> transactions) {
        List<Row> rows = new ArrayList<>();
        for (TransactionRows.Transaction x : transactions) {
            rows.add(RowFactory.create(x.id(), x.from(), x.to(), x.cents(), x.tick(), x.cash(), x.fromJurisdiction(),
                    x.toJurisdiction()));
        }
        return spark.createDataFrame(rows, new StructType().add("id", DataTypes.StringType).add("from", DataTypes.StringType)
                .add("to", DataTypes.StringType).add("cents", DataTypes.LongType).add("tick", DataTypes.IntegerType)
                .add("cash", DataTypes.BooleanType).add("from_jurisdiction", DataTypes.StringType)
                .add("to_jurisdiction", DataTypes.StringType)).coalesce(1);
    }

    @Test
    void findsTheSameAlertsAsTheSingleMachineScanWithEveryPlantedTypologyAmongThem() {
        List<TransactionRows.Transaction> transactions = planted();
        TypologyScan.Result single = TypologyScan.withDefaults().scan(TransactionRows.graph(transactions));

        SparkTypologyScan distributed = SparkTypologyScan.run(frame(transactions), 4);

        Set<Alert> expected = new HashSet<>(single.alerts());
        assertThat(expected).as("every alert once").hasSameSizeAs(single.alerts());
        List<Alert> found = distributed.collectAlerts();
        assertThat(found).hasSameSizeAs(single.alerts());
        assertThat(new HashSet<>(found)).as("the same alerts: rule, figures, accounts, transactions, occurrences")
                .isEqualTo(expected);
        assertThat(distributed.findings()).isEqualTo(single.findings());
        assertThat(distributed.subsumed()).isEqualTo(single.subsumed());
        assertThat(single.alerts().stream().map(Alert::typology)).as("the planted cases are found")
                .contains(Typology.values());
        assertThat(single.of(Typology.OFFSETTING)).singleElement()
                .satisfies(a -> assertThat(a.accounts()).startsWith("c0-35", "c3-35"));
        // six circles, two of them joined by the second hawala pair's transfer; cash depositors join nothing
        assertThat(distributed.components()).isEqualTo(5);
    }

    @Test
    void theJobReadsCsvAndWritesTheAlertsAsJsonLines(@TempDir Path dir) throws Exception {
        // The cases without background (a quicker run): the equality on the full set is the test above.
        List<TransactionRows.Transaction> transactions = planted(0);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", TransactionRows.COLUMNS));
        for (TransactionRows.Transaction x : transactions) {
            lines.add(String.join(",", x.id(), x.from(), x.to(), String.valueOf(x.cents()), String.valueOf(x.tick()),
                    String.valueOf(x.cash()), x.fromJurisdiction() == null ? "" : x.fromJurisdiction(),
                    x.toJurisdiction() == null ? "" : x.toJurisdiction()));
        }
        Path csv = Files.write(dir.resolve("transactions.csv"), lines);

        SparkTypologyScanJob.run(spark, JobOptions.parse(new String[] {"--input", csv.toString(), "--output",
                dir.resolve("alerts").toString()}, SparkTypologyScanJob.OPTIONS));

        Dataset<Row> written = spark.read().json(dir.resolve("alerts").toString());
        Set<Alert> read = new HashSet<>(written.collectAsList().stream().map(SparkTypologyScan::alert).toList());
        TypologyScan.Result single = TypologyScan.withDefaults().scan(TransactionRows.graph(transactions));
        assertThat(read).hasSize(single.alerts().size()).isEqualTo(new HashSet<>(single.alerts()));
        assertThat(read.stream().map(Alert::typology)).contains(Typology.OFFSETTING, Typology.CYCLE, Typology.STRUCTURING);
    }

    @Test
    void refusesATransferWithoutAPayerOrAnAmountSayingWhichTransaction() {
        List<TransactionRows.Transaction> bad = List.of(
                new TransactionRows.Transaction("ok", "a", "b", 100, 1, false, null, null),
                new TransactionRows.Transaction("nopayer", "", "b", 100, 1, false, null, null));
        assertThatThrownBy(() -> SparkTypologyScan.run(frame(bad), 2)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("'nopayer'").hasMessageContaining("from");
        List<TransactionRows.Transaction> zero = List.of(new TransactionRows.Transaction("zero", "a", "b", 0, 1, false, null, null));
        assertThatThrownBy(() -> SparkTypologyScan.run(frame(zero), 2)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("'zero'").hasMessageContaining("positive");
    }
}
