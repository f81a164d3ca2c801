package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;

class MoneyFlowModelTest {
    /**
     * An AMLSim-like file: each ordinary account pays others its own fixed amount of a few hundred units now
     * and then; a ring of four passes 11.51 round, each hop repeated three times in one step, at steps out of
     * order.
     */
    static TransactionGraph amlsimLike() {
        Graphs w = new Graphs();
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        long[] own = new long[200];
        for (int i = 0; i < own.length; i++) {
            own[i] = 10_000 + r.nextInt(50_000);
        }
        for (int i = 0; i < 1200; i++) {
            int a = r.nextInt(own.length);
            int b = r.nextInt(own.length);
            if (a != b) {
                w.payCents("n" + a, "n" + b, own[a], 1 + r.nextInt(140));
            }
        }
        String[] ring = {"r0", "r1", "r2", "r3"};
        int[] steps = {18, 70, 50, 90};
        for (int i = 0; i < ring.length; i++) {
            for (int k = 0; k < 3; k++) {
                w.payCents(ring[i], ring[(i + 1) % ring.length], 1151, steps[i]);
            }
            w.payCents(ring[i], "n" + i, 20_000, steps[i] + 1);
        }
        return w.build();
    }

    @Test
    void theShippedModelLoadsAndScoresTheSameAccountTheSameEveryTime() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        MoneyFlowModel a = MoneyFlowModel.shipped();
        MoneyFlowModel b = MoneyFlowModel.shipped();
        assertThat(a.threshold()).isBetween(0.01, 0.99);
        for (int v = 0; v < g.accountCount(); v++) {
            assertThat(a.score(f, v)).isEqualTo(b.score(f, v)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theShippedModelFlagsTheRingAndRanksItAboveEveryOrdinaryAccount() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        MoneyFlowModel m = MoneyFlowModel.shipped();
        double lowestRing = 1;
        double highestOther = 0;
        for (int v = 0; v < g.accountCount(); v++) {
            if (g.label(v).startsWith("r")) {
                lowestRing = Math.min(lowestRing, m.score(f, v));
            } else {
                highestOther = Math.max(highestOther, m.score(f, v));
            }
        }
        assertThat(lowestRing).isGreaterThanOrEqualTo(m.threshold()).isGreaterThan(highestOther);
        int r0 = g.account("r0").orElseThrow();
        assertThat(m.strongest(f, r0, 3)).isNotEmpty().allSatisfy(p -> assertThat(p.part()).isPositive());
    }

    /** Rows of {@link #amlsimLike()} with the ring's accounts as positives. */
    private static LabelledSample.Rows ringRows(AccountFeatures f, TransactionGraph g) {
        double[][] x = new double[g.accountCount()][];
        boolean[] y = new boolean[x.length];
        for (int v = 0; v < x.length; v++) {
            x[v] = f.row(v);
            y[v] = g.label(v).startsWith("r");
        }
        return new LabelledSample.Rows(x, y);
    }

    private static final MoneyFlowModel.Params SMALL = new MoneyFlowModel.Params(10, 2, 0.3, 0.01, 1.0);

    @Test
    void aWrittenModelReadsBackWithTheSameScoresAndParameters() throws IOException {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        LabelledSample.Rows r = ringRows(f, g);
        MoneyFlowModel m = MoneyFlowModel.train(r.x(), r.y(), List.of(SMALL));
        StringWriter text = new StringWriter();
        m.write(text);
        MoneyFlowModel back = MoneyFlowModel.read(new StringReader(text.toString()), "m.txt");
        assertThat(back.threshold()).isEqualTo(m.threshold());
        assertThat(back.params()).isEqualTo(SMALL);
        for (int v = 0; v < r.x().length; v++) {
            assertThat(back.score(f, v)).isEqualTo(m.score(f, v));
        }
    }

    @Test
    void trainingTwiceOnTheSameRowsGivesTheSameScores() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        LabelledSample.Rows r = ringRows(f, g);
        MoneyFlowModel a = MoneyFlowModel.train(r.x(), r.y(), List.of(SMALL));
        MoneyFlowModel b = MoneyFlowModel.train(r.x(), r.y(), List.of(SMALL));
        assertThat(b.scores(f)).containsExactly(a.scores(f));
        assertThat(b.threshold()).isEqualTo(a.threshold());
    }

    @Test
    void crossValidationJudgesEveryCandidateAndPicksTheOneWithTheBestOutOfFoldF1() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        LabelledSample.Rows r = ringRows(f, g);
        // a stump of one round can hardly separate anything; deeper trees over more rounds can
        MoneyFlowModel.Params weak = new MoneyFlowModel.Params(1, 1, 0.01, 50, 1.0);
        MoneyFlowModel.Params strong = new MoneyFlowModel.Params(30, 3, 0.3, 0.01, 1.0);
        MoneyFlowModel.Selection s = MoneyFlowModel.selection(r.x(), r.y(), List.of(weak, strong));
        assertThat(s.outOfFoldF1()).hasSize(2);
        double[] f1 = s.outOfFoldF1();
        assertThat(s.chosen()).isEqualTo(f1[1] > f1[0] ? strong : weak);
        assertThat(f1[1]).isGreaterThan(f1[0]);
    }

    @Test
    void theStrongestPartsOfAnAlertAreItsLargestPositiveContributionsInOrder() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        MoneyFlowModel m = MoneyFlowModel.shipped();
        int r0 = g.account("r0").orElseThrow();
        List<MoneyFlowModel.Part> all = m.strongest(f, r0, AccountFeatures.NAMES.size());
        List<MoneyFlowModel.Part> top = m.strongest(f, r0, 3);
        assertThat(top).isEqualTo(all.subList(0, Math.min(3, all.size())));
        assertThat(all).isSortedAccordingTo((p, q) -> Double.compare(q.part(), p.part()));
        assertThat(top.get(0).explain()).contains("(+");
    }

    @Test
    void explainingSeveralAccountsAtOnceGivesWhatExplainingEachGives() {
        TransactionGraph g = amlsimLike();
        AccountFeatures f = new AccountFeatures(g);
        MoneyFlowModel m = MoneyFlowModel.shipped();
        int[] accounts = {g.account("r0").orElseThrow(), g.account("r1").orElseThrow(), 0};
        List<List<MoneyFlowModel.Part>> together = m.strongest(f, accounts, 3);
        assertThat(together).hasSize(3);
        for (int i = 0; i < accounts.length; i++) {
            assertThat(together.get(i)).isEqualTo(m.strongest(f, accounts[i], 3));
        }
        assertThat(m.strongest(f, new int[0], 3)).isEmpty();
    }

    @Test
    void aModelOfAnotherVersionOrOtherFeaturesIsRefusedWithAHintToRetrain() {
        String old = "gedeeldbeeld-money-flow-model 1\nfeatures a,b\nthreshold 0.5\nbias 0\ntrees 0\n";
        assertThatThrownBy(() -> MoneyFlowModel.read(new StringReader(old), "old.txt"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("old.txt").hasMessageContaining("money-train");
        String other = "gedeeldbeeld-money-flow-model 2 xgboost\nfeatures a,b\nthreshold 0.5\n";
        assertThatThrownBy(() -> MoneyFlowModel.read(new StringReader(other), "other.txt"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("other features").hasMessageContaining("money-train");
        assertThatThrownBy(() -> MoneyFlowModel.read(new StringReader("hello\n"), "x.txt"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("not a money-flow model");
    }

    @Test
    void aDamagedXgboostModelIsRefusedNamingTheFile() {
        String broken = "gedeeldbeeld-money-flow-model 2 xgboost\nfeatures " + String.join(",", AccountFeatures.NAMES)
                + "\nthreshold 0.5\nparams rounds=1 depth=1 eta=0.1 min_child_weight=1 colsample=1\nxgboost-json {\"learner\": \n";
        assertThatThrownBy(() -> MoneyFlowModel.read(new StringReader(broken), "broken.txt"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("broken.txt");
    }
}
