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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The learned money-flow score: gradient-boosted trees trained and evaluated by XGBoost (Apache 2.0, through its
 * Java API) over {@link AccountFeatures}. The hyper-parameters are chosen by cross-validation on the training
 * rows only ({@link #train}), and the decision threshold is the one that maximises the out-of-fold F1 of the
 * chosen parameters, so no evaluation set is looked at. Every flagged account is explained by its strongest
 * features: XGBoost's per-prediction contributions (TreeSHAP), which add up to the account's log-odds.
 *
 * <p>The product ships one model as a resource ({@link #shipped()}); {@code gb analyse money-train} retrains it.
 * The file is text: a header, the feature names (a model whose names differ from {@link AccountFeatures#NAMES}
 * is refused), the threshold, the parameters it was trained with, then XGBoost's own JSON model on one line.
 */
public final class MoneyFlowModel {
    static final String RESOURCE = "money-flow-model.txt";
    private static final String MAGIC = "gedeeldbeeld-money-flow-model 2 xgboost";
    /**
     * One thread: a few tens of thousands of rows train in seconds on one, and OpenMP threads that spin while
     * they wait cost far more than they give on a machine whose cores are shared (measured: 27 s of CPU in
     * the main thread against 55 s in all, at load 30 on two cores).
     */
    private static final int THREADS = 1;

    /**
     * XGBoost settings that matter here; the rest keep XGBoost's defaults.
     *
     * @param rounds         boosting rounds
     * @param depth          maximum depth of a tree
     * @param eta            shrinkage
     * @param minChildWeight minimum hessian sum in a child (larger: fewer, more general splits)
     * @param colsample      share of the features each tree may use (below 1: trees cannot all lean on one feature)
     */
    public record Params(int rounds, int depth, double eta, double minChildWeight, double colsample) {
        public Params {
            if (rounds < 1 || depth < 1 || depth > 16 || !(eta > 0 && eta <= 1) || minChildWeight < 0
                    || !(colsample > 0 && colsample <= 1)) {
                throw new IllegalArgumentException("invalid boosting parameters: " + rounds + " rounds, depth " + depth
                        + ", eta " + eta + ", min child weight " + minChildWeight + ", colsample " + colsample);
            }
        }

        /** The candidates cross-validation chooses among (see {@link #train}). */
        public static List<Params> grid(int rounds) {
            List<Params> g = new ArrayList<>();
            for (int depth : new int[] {3, 6}) {
                for (double mcw : new double[] {1, 10}) {
                    g.add(new Params(rounds, depth, 0.1, mcw, 0.7));
                }
            }
            return List.copyOf(g);
        }

        Map<String, Object> xgboost() {
            Map<String, Object> p = new HashMap<>();
            p.put("objective", "binary:logistic");
            p.put("tree_method", "hist");
            p.put("eta", eta);
            p.put("max_depth", depth);
            p.put("min_child_weight", minChildWeight);
            p.put("colsample_bytree", colsample);
            p.put("seed", 7);
            p.put("nthread", THREADS);
            p.put("verbosity", 0);
            return p;
        }

        String text() {
            return String.format(Locale.ROOT, "rounds=%d depth=%d eta=%s min_child_weight=%s colsample=%s", rounds, depth,
                    eta, minChildWeight, colsample);
        }
    }

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

    /** How cross-validation went: every candidate's out-of-fold F1, and the one chosen. */
    public record Selection(List<Params> candidates, double[] outOfFoldF1, Params chosen) {
        public Selection {
            candidates = List.copyOf(candidates);
            outOfFoldF1 = outOfFoldF1.clone();
        }

        @Override
        public double[] outOfFoldF1() {
            return outOfFoldF1.clone();
        }
    }

    private final Booster booster;
    private final double threshold;
    private final Params params;

    private MoneyFlowModel(Booster booster, double threshold, Params params) {
        this.booster = Objects.requireNonNull(booster, "booster");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
        this.threshold = threshold;
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Probability at or above which an account is flagged. */
    public double threshold() {
        return threshold;
    }

    /** The parameters the model was trained with. */
    public Params params() {
        return params;
    }

    /** The probability that the account is part of a laundering pattern, given its features. */
    public double score(AccountFeatures features, int account) {
        return predict(new double[][] {features.row(account)})[0];
    }

    /** Scores of every account. */
    public double[] scores(AccountFeatures features) {
        double[][] x = new double[features.accountCount()][];
        for (int v = 0; v < x.length; v++) {
            x[v] = features.row(v);
        }
        return predict(x);
    }

    /** Probabilities of feature rows. */
    public double[] predict(double[][] x) {
        return probabilities(booster, x);
    }

    /** The {@code k} features that raised the account's score most, largest first (TreeSHAP contributions). */
    public List<Part> strongest(AccountFeatures features, int account, int k) {
        double[] x = features.row(account);
        float[] parts;
        DMatrix d = matrix(new double[][] {x});
        try {
            synchronized (booster) {
                parts = booster.predictContrib(d, 0)[0];
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain a score: " + e.getMessage(), e);
        } finally {
            d.dispose();
        }
        return largest(x, parts, k);
    }

    /**
     * {@link #strongest(AccountFeatures, int, int)} for several accounts in one XGBoost call (a screen explains
     * every flagged account of a slice at once; one call per account pays the matrix set-up each time).
     */
    public List<List<Part>> strongest(AccountFeatures features, int[] accounts, int k) {
        if (accounts.length == 0) {
            return List.of();
        }
        double[][] x = new double[accounts.length][];
        for (int i = 0; i < accounts.length; i++) {
            x[i] = features.row(accounts[i]);
        }
        float[][] parts;
        DMatrix d = matrix(x);
        try {
            synchronized (booster) {
                parts = booster.predictContrib(d, 0);
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain a score: " + e.getMessage(), e);
        } finally {
            d.dispose();
        }
        List<List<Part>> all = new ArrayList<>(accounts.length);
        for (int i = 0; i < accounts.length; i++) {
            all.add(largest(x[i], parts[i], k));
        }
        return List.copyOf(all);
    }

    private static List<Part> largest(double[] x, float[] parts, int k) {
        List<Part> list = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            if (parts[j] > 0) {
                list.add(new Part(AccountFeatures.NAMES.get(j), x[j], parts[j]));
            }
        }
        list.sort(Comparator.comparingDouble(Part::part).reversed().thenComparing(Part::feature));
        return List.copyOf(list.subList(0, Math.min(k, list.size())));
    }

    /** The model shipped with the product, read once per class loader (the booster holds native memory). */
    public static MoneyFlowModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final MoneyFlowModel MODEL = load();

        private static MoneyFlowModel load() {
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
    }

    /** Trains with the parameters chosen by {@link #select} on these rows. */
    public static MoneyFlowModel train(double[][] x, boolean[] y, int rounds) {
        return train(x, y, Params.grid(rounds));
    }

    /** Trains with the best of {@code candidates} by three-fold cross-validation on these rows. */
    public static MoneyFlowModel train(double[][] x, boolean[] y, List<Params> candidates) {
        Fitted f = select(x, y, candidates);
        return new MoneyFlowModel(fit(x, y, f.selection.chosen()), f.threshold, f.selection.chosen());
    }

    /** Cross-validation alone: which candidate it picks and their out-of-fold F1 (for reports). */
    public static Selection selection(double[][] x, boolean[] y, List<Params> candidates) {
        return select(x, y, candidates).selection;
    }

    private record Fitted(Selection selection, double threshold) {
    }

    /**
     * Three folds over the training rows (row i in fold i mod 3): each candidate scores every row from a model
     * that did not see it, and is judged by the F1 at its best threshold over those out-of-fold scores; the
     * best candidate's threshold is the model's. With one candidate this is only the threshold.
     */
    private static Fitted select(double[][] x, boolean[] y, List<Params> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate parameters");
        }
        int folds = 3;
        int n = x.length;
        double[] f1 = new double[candidates.size()];
        double bestF1 = -1;
        int best = 0;
        double bestThreshold = 0.5;
        for (int c = 0; c < candidates.size(); c++) {
            double[] oof = new double[n];
            for (int fold = 0; fold < folds; fold++) {
                List<double[]> tx = new ArrayList<>();
                List<Boolean> ty = new ArrayList<>();
                List<double[]> vx = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (i % folds != fold) {
                        tx.add(x[i]);
                        ty.add(y[i]);
                    } else {
                        vx.add(x[i]);
                    }
                }
                boolean[] labels = new boolean[ty.size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = ty.get(i);
                }
                Booster b = fit(tx.toArray(double[][]::new), labels, candidates.get(c));
                try {
                    double[] p = probabilities(b, vx.toArray(double[][]::new));
                    for (int i = fold, k = 0; i < n; i += folds, k++) {
                        oof[i] = p[k];
                    }
                } finally {
                    b.dispose();
                }
            }
            double[] t = bestThreshold(oof, y);
            f1[c] = t[1];
            if (t[1] > bestF1) {
                bestF1 = t[1];
                best = c;
                bestThreshold = t[0];
            }
        }
        return new Fitted(new Selection(candidates, f1, candidates.get(best)), bestThreshold);
    }

    private static Booster fit(double[][] x, boolean[] y, Params params) {
        DMatrix d = matrix(x);
        try {
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i] ? 1 : 0;
            }
            d.setLabel(labels);
            return XGBoost.train(d, params.xgboost(), params.rounds(), Map.of(), null, null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not train: " + e.getMessage(), e);
        } finally {
            d.dispose();
        }
    }

    private static double[] probabilities(Booster b, double[][] x) {
        if (x.length == 0) {
            return new double[0];
        }
        DMatrix d = matrix(x);
        try {
            float[][] p;
            // one booster is shared by the app's requests; XGBoost's C API does not promise concurrent predictions
            synchronized (b) {
                p = b.predict(d);
            }
            double[] s = new double[p.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = p[i][0];
            }
            return s;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score: " + e.getMessage(), e);
        } finally {
            d.dispose();
        }
    }

    private static DMatrix matrix(double[][] x) {
        int f = AccountFeatures.NAMES.size();
        float[] data = new float[x.length * f];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != f) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + f);
            }
            for (int j = 0; j < f; j++) {
                data[i * f + j] = (float) x[i][j];
            }
        }
        try {
            // no value is missing: every feature is defined for every account (NaN never occurs)
            return new DMatrix(data, x.length, f, Float.NaN);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not take the rows: " + e.getMessage(), e);
        }
    }

    /** The threshold that maximises F1 over these scores, and that F1. */
    static double[] bestThreshold(double[] score, boolean[] y) {
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
        return new double[] {Math.min(0.99, Math.max(0.01, best)), bestF1};
    }

    public void write(Writer w) throws IOException {
        byte[] json;
        try {
            synchronized (booster) {
                json = booster.toByteArray("json");
            }
        } catch (XGBoostError e) {
            throw new IOException("XGBoost could not write the model: " + e.getMessage(), e);
        }
        w.write(MAGIC + "\n");
        w.write("features " + String.join(",", AccountFeatures.NAMES) + "\n");
        w.write("threshold " + threshold + "\n");
        w.write("params " + params.text() + "\n");
        w.write("xgboost-json ");
        w.write(new String(json, StandardCharsets.UTF_8));
        w.write("\n");
        w.flush();
    }

    public static MoneyFlowModel read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String first = r.readLine();
        if (!MAGIC.equals(first)) {
            throw new UserInputException(name + " is not a money-flow model of this version (expected the line '" + MAGIC
                    + "' first); retrain it with gb analyse money-train");
        }
        String names = field(r.readLine(), "features", name);
        if (!names.equals(String.join(",", AccountFeatures.NAMES))) {
            throw new UserInputException(name + " was trained on other features (" + names
                    + "); retrain it with gb analyse money-train");
        }
        try {
            double threshold = Double.parseDouble(field(r.readLine(), "threshold", name));
            Params params = parseParams(field(r.readLine(), "params", name), name);
            String json = field(r.readLine(), "xgboost-json", name);
            Booster b = XGBoost.loadModel(json.getBytes(StandardCharsets.UTF_8));
            if (!(threshold > 0 && threshold < 1)) {
                throw new UserInputException(name + ": threshold " + threshold + " is not between 0 and 1");
            }
            return new MoneyFlowModel(b, threshold, params);
        } catch (NumberFormatException e) {
            throw new UserInputException(name + " is not a readable money-flow model: " + e.getMessage(), e);
        } catch (XGBoostError e) {
            throw new UserInputException(name + ": XGBoost cannot read its model: " + e.getMessage(), e);
        }
    }

    private static Params parseParams(String text, String name) {
        Map<String, String> kv = new HashMap<>();
        for (String p : text.split(" ")) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                kv.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        try {
            return new Params(Integer.parseInt(kv.get("rounds")), Integer.parseInt(kv.get("depth")),
                    Double.parseDouble(kv.get("eta")), Double.parseDouble(kv.get("min_child_weight")),
                    Double.parseDouble(kv.get("colsample")));
        } catch (RuntimeException e) {
            throw new UserInputException(name + ": unreadable parameters '" + text + "'", e);
        }
    }

    private static String field(String line, String key, String name) {
        if (line == null || !line.startsWith(key + " ")) {
            throw new UserInputException(name + ": expected a line '" + key + " …', found '"
                    + (line == null ? "the end of the file" : line.substring(0, Math.min(60, line.length()))) + "'");
        }
        return line.substring(key.length() + 1);
    }
}
