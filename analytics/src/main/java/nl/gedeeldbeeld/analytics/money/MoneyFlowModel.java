package nl.gedeeldbeeld.analytics.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The learned money-flow score: {@link GradientBoostedTrees} over {@link AccountFeatures}, with the decision
 * threshold chosen on the training data alone (out-of-fold F1 over a split of the training accounts), so no
 * evaluation set is looked at. The product ships one model as a resource ({@link #shipped()}); {@code gb
 * analyse money-train} retrains it. The file is plain text: a header, the feature names (a model whose names
 * differ from {@link AccountFeatures#NAMES} is refused), the threshold, the bias, then one line per tree node.
 */
public final class MoneyFlowModel {
    static final String RESOURCE = "money-flow-model.txt";
    private static final String MAGIC = "gedeeldbeeld-money-flow-model 1";

    /**
     * One feature's part in an account's score.
     *
     * @param feature the feature's name
     * @param value   the account's value of it
     * @param part    what it added to the log-odds (negative: it lowered the score)
     */
    public record Part(String feature, double value, double part) {
        /** In words, for a report: meaning, value and direction. */
        public String explain() {
            return String.format(Locale.ROOT, "%s = %s (%+.2f)", AccountFeatures.MEANING.getOrDefault(feature, feature),
                    AccountFeatures.display(feature, value), part);
        }
    }

    private final GradientBoostedTrees trees;
    private final double threshold;

    MoneyFlowModel(GradientBoostedTrees trees, double threshold) {
        this.trees = Objects.requireNonNull(trees, "trees");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
        this.threshold = threshold;
    }

    /** Probability at or above which an account is flagged. */
    public double threshold() {
        return threshold;
    }

    /** The probability that the account is part of a laundering pattern, given its features. */
    public double score(AccountFeatures features, int account) {
        return trees.probability(features.row(account));
    }

    /** Scores of every account. */
    public double[] scores(AccountFeatures features) {
        double[] s = new double[features.accountCount()];
        for (int v = 0; v < s.length; v++) {
            s[v] = trees.probability(features.row(v));
        }
        return s;
    }

    /** The {@code k} features that raised the account's score most, largest first. */
    public List<Part> strongest(AccountFeatures features, int account, int k) {
        double[] x = features.row(account);
        double[] parts = trees.contributions(x);
        List<Part> list = new ArrayList<>();
        for (int j = 0; j < parts.length; j++) {
            if (parts[j] > 0) {
                list.add(new Part(AccountFeatures.NAMES.get(j), x[j], parts[j]));
            }
        }
        list.sort(Comparator.comparingDouble(Part::part).reversed().thenComparing(Part::feature));
        return List.copyOf(list.subList(0, Math.min(k, list.size())));
    }

    /** The model shipped with the product. */
    public static MoneyFlowModel shipped() {
        InputStream in = MoneyFlowModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the shipped money-flow model " + RESOURCE + " is missing from the class path");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Trains on labelled accounts: rows from one or more {@link AccountFeatures}, labels from ground truth.
     * The threshold is the one that maximises F1 over out-of-fold scores of a two-fold split of these rows.
     */
    public static MoneyFlowModel train(double[][] x, boolean[] y, GradientBoostedTrees.Params params) {
        int n = x.length;
        double[] oof = new double[n];
        for (int fold = 0; fold < 2; fold++) {
            List<double[]> tx = new ArrayList<>();
            List<Boolean> ty = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i % 2 != fold) {
                    tx.add(x[i]);
                    ty.add(y[i]);
                }
            }
            boolean[] labels = new boolean[ty.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = ty.get(i);
            }
            GradientBoostedTrees part = GradientBoostedTrees.train(tx.toArray(double[][]::new), labels, params);
            for (int i = fold; i < n; i += 2) {
                oof[i] = part.probability(x[i]);
            }
        }
        double threshold = bestThreshold(oof, y);
        return new MoneyFlowModel(GradientBoostedTrees.train(x, y, params), threshold);
    }

    static double bestThreshold(double[] score, boolean[] y) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        int tp = 0;
        double bestF1 = -1;
        double best = 0.5;
        for (int k = 0; k < order.length; k++) {
            tp += y[order[k]] ? 1 : 0;
            if (k + 1 < order.length && score[order[k + 1]] == score[order[k]]) {
                continue;
            }
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                double next = k + 1 < order.length ? score[order[k + 1]] : 0;
                best = (score[order[k]] + next) / 2;
            }
        }
        return Math.min(0.99, Math.max(0.01, best));
    }

    public void write(Writer w) throws IOException {
        w.write(MAGIC + "\n");
        w.write("features " + String.join(",", AccountFeatures.NAMES) + "\n");
        w.write("threshold " + threshold + "\n");
        w.write("bias " + trees.bias() + "\n");
        w.write("trees " + trees.trees().size() + "\n");
        for (GradientBoostedTrees.Tree t : trees.trees()) {
            w.write("tree " + t.feature().length + "\n");
            for (int i = 0; i < t.feature().length; i++) {
                w.write(t.feature()[i] + " " + t.threshold()[i] + " " + t.left()[i] + " " + t.right()[i] + " "
                        + t.value()[i] + "\n");
            }
        }
        w.flush();
    }

    public static MoneyFlowModel read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            if (!MAGIC.equals(r.readLine())) {
                throw new UserInputException(name + " is not a money-flow model (expected the line '" + MAGIC + "' first)");
            }
            String names = field(r.readLine(), "features");
            if (!names.equals(String.join(",", AccountFeatures.NAMES))) {
                throw new UserInputException(name + " was trained on other features (" + names
                        + "); retrain it with gb analyse money-train");
            }
            double threshold = Double.parseDouble(field(r.readLine(), "threshold"));
            double bias = Double.parseDouble(field(r.readLine(), "bias"));
            int count = Integer.parseInt(field(r.readLine(), "trees"));
            List<GradientBoostedTrees.Tree> trees = new ArrayList<>(count);
            int f = AccountFeatures.NAMES.size();
            for (int k = 0; k < count; k++) {
                int nodes = Integer.parseInt(field(r.readLine(), "tree"));
                int[] feature = new int[nodes];
                double[] cut = new double[nodes];
                int[] left = new int[nodes];
                int[] right = new int[nodes];
                double[] value = new double[nodes];
                for (int i = 0; i < nodes; i++) {
                    String line = r.readLine();
                    if (line == null) {
                        throw new UserInputException(name + " ends inside tree " + k);
                    }
                    String[] p = line.split(" ");
                    feature[i] = Integer.parseInt(p[0]);
                    cut[i] = Double.parseDouble(p[1]);
                    left[i] = Integer.parseInt(p[2]);
                    right[i] = Integer.parseInt(p[3]);
                    value[i] = Double.parseDouble(p[4]);
                    boolean leaf = feature[i] < 0;
                    if (feature[i] >= f || (!leaf && (left[i] <= i || right[i] <= i || left[i] >= nodes || right[i] >= nodes))) {
                        throw new UserInputException(name + ": tree " + k + " node " + i + " points outside the tree");
                    }
                }
                trees.add(new GradientBoostedTrees.Tree(feature, cut, left, right, value));
            }
            return new MoneyFlowModel(new GradientBoostedTrees(f, bias, trees), threshold);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new UserInputException(name + " is not a readable money-flow model: " + e.getMessage(), e);
        }
    }

    private static String field(String line, String key) {
        if (line == null || !line.startsWith(key + " ")) {
            throw new UserInputException("money-flow model: expected a line '" + key + " …', found '" + line + "'");
        }
        return line.substring(key.length() + 1);
    }
}
