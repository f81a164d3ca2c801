package nl.gedeeldbeeld.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.CycleDetector;
import nl.gedeeldbeeld.analytics.money.LabelledSample;
import nl.gedeeldbeeld.analytics.money.MoneyFlowModel;

/**
 * The learned money-flow score and the fixed cycle detector on IBM AMLSim's two shared samples
 * ({@code 20K_cycle200}, {@code 20K_fanin200}; {@code ../shared/data/aml}), evaluated honestly at account level:
 * <ul>
 * <li><b>cross-sample</b>: trained on one sample (every labelled account), scored on the other;
 * <li><b>mixed</b>: the accounts of both samples split in two halves by a hash of (sample, account); trained on
 * one half of both samples, scored on the other half, and the other way round (no account is in both).
 * </ul>
 * The threshold is chosen inside the training rows (out-of-fold), never on the scored side. With {@code --world
 * W} a synthetic world's FIOD payments join as a third sample (accounts of its planted laundering cases, every
 * role, are the positives; cash nodes are left out): cross-sample then trains on every other sample, the world
 * included, and the world itself is scored by a model trained on the two AMLSim samples only. With
 * {@code --write FILE} it also trains on every account of every sample and writes the model (the shipped one).
 *
 * <pre>bench/run aml [--dir ../shared/data/aml] [--world worlds/medium] [--trees 200] [--write FILE]</pre>
 */
public final class AmlBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        Path dir = Path.of(args.get("dir", "../shared/data/aml"));
        List<MoneyFlowModel.Params> params = MoneyFlowModel.Params.grid(Integer.parseInt(args.get("trees", "200")));
        long t0 = System.nanoTime();
        LabelledSample cycle = LabelledSample.amlsim(dir, "cycle200");
        LabelledSample fanin = LabelledSample.amlsim(dir, "fanin200");
        List<LabelledSample> samples = new java.util.ArrayList<>(List.of(cycle, fanin));
        if (args.get("world").isPresent()) {
            samples.add(world(Path.of(args.get("world").get())));
        }
        System.out.printf(Locale.ROOT, "read and featurised %d samples in %.1f s (%d features)%n", samples.size(), secs(t0),
                cycle.features().row(0).length);
        System.out.println();
        System.out.println("cycle detector on cycle200                        TP    FP    FN  precision recall F1");
        cycles("ordered, defaults (3-6 hops, 10 ticks, 10%, EUR 1,000)", new CycleDetector().detect(cycle.graph()), cycle);
        cycles("any order, 3-10 hops within 149 steps, 1%", CycleDetector.anyOrder(3, 10, 149, 0.01, 1).detect(cycle.graph()), cycle);
        System.out.println();
        System.out.println("learned score                                     TP    FP    FN  precision recall F1   threshold  train s");
        cross(samples.stream().filter(x -> x != cycle).toList(), cycle, params);
        cross(samples.stream().filter(x -> x != fanin).toList(), fanin, params);
        if (samples.size() > 2) {
            cross(List.of(cycle, fanin), samples.get(2), params);
        }
        int[] pooled = new int[3];
        for (int half = 0; half < 2; half++) {
            int h = half;
            List<LabelledSample.Rows> rows = new java.util.ArrayList<>();
            for (LabelledSample x : samples) {
                rows.add(x.rows(a -> half(x, a) != h));
            }
            LabelledSample.Rows all = LabelledSample.Rows.concat(rows);
            long t = System.nanoTime();
            MoneyFlowModel m = MoneyFlowModel.train(all.x(), all.y(), params);
            double s = secs(t);
            int[] c = new int[3];
            for (LabelledSample x : samples) {
                int[] k = count(m, x, a -> half(x, a) == h);
                for (int i = 0; i < 3; i++) {
                    c[i] += k[i];
                }
                row("  of which " + x.name(), k, m.threshold(), Double.NaN);
            }
            row("mixed: train half " + (1 - h) + " of all, score half " + h, c, m.threshold(), s);
            System.out.println("  chosen by cross-validation on the training half: " + m.params());
            for (int i = 0; i < 3; i++) {
                pooled[i] += c[i];
            }
        }
        row("mixed: both halves pooled", pooled, Double.NaN, Double.NaN);
        String out = args.get("write", "");
        if (!out.isEmpty()) {
            long t = System.nanoTime();
            LabelledSample.Rows all = LabelledSample.Rows.concat(samples.stream().map(x -> x.rows(a -> true)).toList());
            MoneyFlowModel m = MoneyFlowModel.train(all.x(), all.y(), params);
            try (Writer w = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
                m.write(w);
            }
            System.out.printf(Locale.ROOT, "%nwrote the model trained on all samples (%d accounts, threshold %.3f, %.1f s) to %s%n",
                    all.y().length, m.threshold(), secs(t), out);
        }
    }

    private static int half(LabelledSample s, String account) {
        return Math.floorMod((s.name() + ":" + account).hashCode() * 0x9E3779B1, 2);
    }

    /**
     * The FIOD payments of a synthetic world, labelled by its planted laundering cases (every role). The first
     * run writes them beside the world as {@code fiod-payments.csv} and {@code fiod-labels.csv} (the formats
     * {@code gb analyse money-train} reads), later runs read those instead of importing the world again.
     */
    private static LabelledSample world(Path dir) throws Exception {
        Path payments = dir.resolve("fiod-payments.csv");
        Path labels = dir.resolve("fiod-labels.csv");
        if (Files.isRegularFile(payments) && Files.isRegularFile(labels)) {
            LabelledSample s = LabelledSample.read("world " + dir.getFileName(), payments, labels);
            return s;
        }
        LabelledSample s = importWorld(dir);
        nl.gedeeldbeeld.analytics.money.TransactionGraph g = s.graph();
        try (Writer w = Files.newBufferedWriter(payments, StandardCharsets.UTF_8)) {
            w.write("source,target,amount,time\n");
            for (int e = 0; e < g.transactionCount(); e++) {
                w.write(csv(g.label(g.from(e))) + "," + csv(g.label(g.to(e))) + ","
                        + java.math.BigDecimal.valueOf(g.cents(e), 2).toPlainString() + "," + g.time(e) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            w.write("account,isFraud\n");
            for (Map.Entry<String, Boolean> e : s.truth().entrySet()) {
                w.write(csv(e.getKey()) + "," + (e.getValue() ? 1 : 0) + "\n");
            }
        }
        return s;
    }

    private static String csv(String v) {
        return v.indexOf(',') < 0 && v.indexOf('"') < 0 ? v : '"' + v.replace("\"", "\"\"") + '"';
    }

    private static LabelledSample importWorld(Path dir) throws Exception {
        Path world = Worlds.ensure(dir, nl.gedeeldbeeld.synth.WorldSize.MEDIUM);
        nl.gedeeldbeeld.analytics.money.TransactionGraph g = FiodPayments.read(world).graph();
        Set<String> planted = new HashSet<>();
        for (TypologyWorldBenchmark.Case c : TypologyWorldBenchmark.readCases(world.resolve("ground-truth/laundering.json"))) {
            planted.addAll(c.accounts());
        }
        Map<String, Boolean> truth = new java.util.LinkedHashMap<>();
        for (int v = 0; v < g.accountCount(); v++) {
            if (!g.isCash(v)) {
                truth.put(g.label(v), planted.contains(g.label(v)));
            }
        }
        return new LabelledSample("world " + dir.getFileName(), g, new nl.gedeeldbeeld.analytics.money.AccountFeatures(g), truth);
    }

    private static void cross(List<LabelledSample> train, LabelledSample test, List<MoneyFlowModel.Params> params) {
        long t = System.nanoTime();
        LabelledSample.Rows r = LabelledSample.Rows.concat(train.stream().map(x -> x.rows(a -> true)).toList());
        MoneyFlowModel m = MoneyFlowModel.train(r.x(), r.y(), params);
        double s = secs(t);
        String names = String.join(" + ", train.stream().map(LabelledSample::name).toList());
        row("cross-sample: train " + names + ", score " + test.name(), count(m, test, a -> true), m.threshold(), s);
        System.out.println("  chosen by cross-validation on the training samples: " + m.params());
        double[] scores = m.scores(test.features());
        // what gb analyse money flags: the score, or a place on an equal-amount ring booked in any order
        Set<String> ring = new HashSet<>();
        for (Alert a : CycleDetector.anyOrder(3, 10, 150, 0.01, 1).detect(test.graph())) {
            ring.addAll(a.accounts());
        }
        int[] c = new int[3];
        for (Map.Entry<String, Boolean> e : test.truth().entrySet()) {
            boolean flagged = ring.contains(e.getKey())
                    || test.graph().account(e.getKey()).stream().anyMatch(v -> scores[v] >= m.threshold());
            c[flagged && e.getValue() ? 0 : flagged ? 1 : 2] += flagged || e.getValue() ? 1 : 0;
        }
        row("  the same, score or ring (gb analyse money)", c, m.threshold(), Double.NaN);
    }

    /** TP, FP, FN over the labelled accounts of {@code s} that pass {@code scored}. */
    private static int[] count(MoneyFlowModel m, LabelledSample s, Predicate<String> scored) {
        int[] c = new int[3];
        double[] scores = m.scores(s.features());
        for (Map.Entry<String, Boolean> e : s.truth().entrySet()) {
            if (!scored.test(e.getKey())) {
                continue;
            }
            boolean flagged = s.graph().account(e.getKey()).stream().anyMatch(v -> scores[v] >= m.threshold());
            if (flagged && e.getValue()) {
                c[0]++;
            } else if (flagged) {
                c[1]++;
            } else if (e.getValue()) {
                c[2]++;
            }
        }
        return c;
    }

    private static void cycles(String label, List<Alert> alerts, LabelledSample s) {
        Set<String> flagged = new HashSet<>();
        for (Alert a : alerts) {
            flagged.addAll(a.accounts());
        }
        int[] c = new int[3];
        for (Map.Entry<String, Boolean> e : s.truth().entrySet()) {
            boolean f = flagged.contains(e.getKey());
            c[f && e.getValue() ? 0 : f ? 1 : e.getValue() ? 2 : 0] += f || e.getValue() ? 1 : 0;
        }
        row(label + " (" + alerts.size() + " alerts)", c, Double.NaN, Double.NaN);
    }

    private static void row(String label, int[] c, double threshold, double seconds) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-48s %5d %5d %5d  %.3f     %.3f  %.3f %s %s%n", label, c[0], c[1], c[2], p, r, f1,
                Double.isNaN(threshold) ? "" : String.format(Locale.ROOT, "%.3f", threshold),
                Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.1f", seconds));
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
