package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseMoneyCommandTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter err = console.err;

    /**
     * Ordinary accounts n0..n1999 each pay others their own fixed amount of 100-600 units at random steps; a ring r0 -> r1 -> r2 -> r3 -> r0
     * passes 11.51 round, three identical transfers a hop, at steps out of order. Extra lines: a bad amount
     * (line {@code bad}) and a row without a target.
     */
    private Path transactions(boolean withBadRows) throws IOException {
        StringBuilder s = new StringBuilder("payer;payee;eur;step\n");
        SplittableRandom r = new SplittableRandom(9);
        int[] own = new int[2000];
        for (int i = 0; i < own.length; i++) {
            own[i] = 100 + r.nextInt(500);
        }
        for (int i = 0; i < 12_000; i++) {
            int a = r.nextInt(own.length);
            int b = r.nextInt(own.length);
            if (a != b) {
                s.append("n").append(a).append(";n").append(b).append(";").append(own[a]).append(",00;")
                        .append(1 + r.nextInt(140)).append("\n");
            }
        }
        int[] steps = {18, 70, 50, 90};
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 3; k++) {
                s.append("r").append(i).append(";r").append((i + 1) % 4).append(";11,51;").append(steps[i]).append("\n");
            }
            s.append("r").append(i).append(";n").append(i).append(";200,00;").append(steps[i] + 1).append("\n");
        }
        if (withBadRows) {
            s.append("n1;n2;veel;5\n");
            s.append("n1;;10,00;5\n");
        }
        return Files.writeString(dir.resolve("tx.csv"), s);
    }

    private int gb(String... args) {
        return console.run(args);
    }

    @Test
    void theRingIsFlaggedFirstWithItsScoreTypologiesAndReasons() throws IOException {
        Path tx = transactions(false);
        Path out = dir.resolve("flagged.csv");
        assertThat(gb("analyse", "money", "--transactions", tx.toString(), "--out", out.toString(), "--source-column", "payer",
                "--target-column", "payee", "--amount-column", "eur")).as(err::toString).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("account,score,flagged_by,typologies,reasons");
        // a learned score on random background can flag an ordinary account or two (here one that happened to be
        // paid back about what it paid); the ring must come first, above every one of them
        assertThat(lines.size()).as(String.join("\n", lines)).isBetween(5, 8);
        assertThat(lines.subList(1, 5)).extracting(l -> l.substring(0, l.indexOf(','))).containsExactlyInAnyOrder("r0", "r1", "r2", "r3");
        assertThat(lines.get(1)).contains(",score,").contains("cycle").contains("transfers far below the usual amount");
        assertThat(err.toString()).contains("rows refused").contains("accounts flagged");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheExitStatusSaysSo() throws IOException {
        Path tx = transactions(true);
        int lines = Files.readAllLines(tx).size();
        int code = gb("analyse", "money", "--transactions", tx.toString(), "--out", dir.resolve("o.csv").toString(),
                "--source-column", "payer", "--target-column", "payee", "--amount-column", "eur");
        assertThat(code).isEqualTo(AnalyseMoneyCommands.ROWS_REPORTED);
        assertThat(err.toString()).contains("tx.csv line " + (lines - 1) + ": amount 'veel' is not a number; accounts kept")
                .contains("tx.csv line " + lines + ": no target account; row refused")
                .contains("1 rows refused, 1 kept without the transaction");
    }

    @Test
    void aMissingColumnIsOneLineNamingTheOption() throws IOException {
        Path tx = transactions(false);
        assertThat(gb("analyse", "money", "--transactions", tx.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).startsWith("gb: ").contains("no amount column").contains("--amount-column");
    }

    @Test
    void aRetrainedModelIsWrittenAndUsedInsteadOfTheShippedOne() throws IOException {
        Path tx = transactions(false);
        Path labels = Files.writeString(dir.resolve("labels.csv"), "account,isFraud\nr0,1\nr1,1\nr2,1\nr3,1\nn1,0\nn2,0\nn3,0\nn4,0\nn5,0\n");
        Path renamed = Files.writeString(dir.resolve("std.csv"), Files.readString(tx).replaceFirst("payer;payee;eur;step", "source;target;amount;time"));
        Path model = dir.resolve("model.txt");
        assertThat(gb("analyse", "money-train", "--transactions", renamed.toString(), "--labels", labels.toString(),
                "--out", model.toString(), "--trees", "5")).as(err::toString).isZero();
        assertThat(Files.readString(model)).startsWith("gedeeldbeeld-money-flow-model 2 xgboost");
        assertThat(gb("analyse", "money", "--transactions", renamed.toString(), "--model", model.toString(),
                "--out", dir.resolve("o.csv").toString())).as(err::toString).isZero();
    }
}
