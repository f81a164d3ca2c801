package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GradientBoostedTreesTest {
    /** Label: x0 > 0.5 and x1 < 0.3 (an interaction no single split finds); x2 is noise. */
    private static double[][] rows(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] x = new double[n][3];
        for (double[] row : x) {
            row[0] = r.nextDouble();
            row[1] = r.nextDouble();
            row[2] = r.nextDouble();
        }
        return x;
    }

    private static boolean label(double[] row) {
        return row[0] > 0.5 && row[1] < 0.3;
    }

    private static boolean[] labels(double[][] x) {
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = label(x[i]);
        }
        return y;
    }

    @Test
    void learnsAnInteractionOfTwoFeaturesAndGeneralisesToNewRows() {
        double[][] x = rows(4000, 1);
        GradientBoostedTrees m = GradientBoostedTrees.train(x, labels(x), new GradientBoostedTrees.Params(60, 3, 0.3, 1, 1, 32));
        double[][] test = rows(2000, 2);
        int wrong = 0;
        for (double[] row : test) {
            wrong += (m.probability(row) >= 0.5) != label(row) ? 1 : 0;
        }
        assertThat(wrong).isLessThan(40);
    }

    @Test
    void trainingTheSameRowsTwiceGivesTheSameScoresBitForBit() {
        double[][] x = rows(1000, 3);
        GradientBoostedTrees.Params p = new GradientBoostedTrees.Params(20, 3, 0.2, 1, 1, 16);
        GradientBoostedTrees a = GradientBoostedTrees.train(x, labels(x), p);
        GradientBoostedTrees b = GradientBoostedTrees.train(x, labels(x), p);
        for (double[] row : rows(100, 4)) {
            assertThat(Double.doubleToLongBits(a.margin(row))).isEqualTo(Double.doubleToLongBits(b.margin(row)));
        }
    }

    @Test
    void contributionsAddUpToTheMarginAndTheNoiseFeatureGetsLittle() {
        double[][] x = rows(3000, 5);
        GradientBoostedTrees m = GradientBoostedTrees.train(x, labels(x), new GradientBoostedTrees.Params(40, 3, 0.3, 1, 1, 32));
        double[] positive = {0.9, 0.1, 0.5};
        double[] parts = m.contributions(positive);
        assertThat(m.baseMargin() + parts[0] + parts[1] + parts[2]).isCloseTo(m.margin(positive), within(1e-9));
        assertThat(parts[0]).isPositive();
        assertThat(parts[1]).isPositive();
        assertThat(Math.abs(parts[2])).isLessThan(Math.min(parts[0], parts[1]));
    }

    @Test
    void oneClassOnlyCannotBeTrainedAndARowOfTheWrongWidthIsRefused() {
        double[][] x = {{1}, {2}};
        assertThatThrownBy(() -> GradientBoostedTrees.train(x, new boolean[] {false, false}, GradientBoostedTrees.Params.defaults()))
                .hasMessageContaining("both classes");
        GradientBoostedTrees m = GradientBoostedTrees.train(x, new boolean[] {false, true}, GradientBoostedTrees.Params.defaults());
        assertThatThrownBy(() -> m.margin(new double[] {1, 2})).hasMessageContaining("expected 1 features");
    }
}
