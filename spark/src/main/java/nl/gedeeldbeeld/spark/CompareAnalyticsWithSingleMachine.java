package nl.gedeeldbeeld.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.EdgeListReader;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TypologyScan;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.ClosenessCentrality;
import nl.gedeeldbeeld.analytics.network.DegreeCentrality;
import nl.gedeeldbeeld.analytics.network.HarmonicCentrality;
import nl.gedeeldbeeld.analytics.network.NodeScores;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the single-machine network metrics and typology scan of {@code analytics} and their Spark jobs
 * ({@link SparkGraphMetrics}, {@link SparkTypologyScan}) on the same edge list and transactions, and says
 * whether they agree and how long each took: the check behind "the same answers as on one machine" for inputs
 * that fit one machine. {@code bench/run spark-analytics} runs it on a synthetic world (docs/benchmarks.md).
 *
 * <pre>
 * --edges FILE (local CSV edge list)  --transactions PATH  [--input-format F]  [--pivots K] [--seed S]
 * [--slices N] [--tasks N] [--runs 2] [--master local[2]] [--shuffle-partitions N]
 * </pre>
 *
 * Metrics agree when degree, closeness, harmonic closeness, PageRank and components are equal bit for bit and
 * betweenness within 1e-9 relative (its per-source vectors are added in another order). Alerts agree when
 * the sets are equal (typology, rule, figures, accounts and transactions in order, occurrences) and so are the
 * finding and subsumed counts per typology (of the last run; the first run includes Spark's warm-up). Prints one line per part and a last line {@code identical=true|false}.
 */
public final class CompareAnalyticsWithSingleMachine {
    static final List<String> OPTIONS = List.of("edges", "transactions", "input-format", "pivots", "seed", "slices",
            "tasks", "runs", "master", "shuffle-partitions");

    private CompareAnalyticsWithSingleMachine() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args, OPTIONS, "edges", "transactions");
        } catch (UserInputException e) {
            System.err.println("gedeeldbeeld-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("gedeeldbeeld-compare-analytics");
        builder.master(options.get("master", "local[*]"));
        if (options.has("shuffle-partitions")) {
            builder.config("spark.sql.shuffle.partitions", options.get("shuffle-partitions", "8"));
        }
        SparkSession spark = builder.getOrCreate();
        System.out.printf(Locale.ROOT, "spark: master=%s default_parallelism=%d shuffle_partitions=%s session_start_seconds=%.2f%n",
                spark.sparkContext().master(), spark.sparkContext().defaultParallelism(),
                spark.conf().get("spark.sql.shuffle.partitions"), seconds(t0));
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.putAll(metrics(spark, options));
        same.putAll(alerts(spark, options));
        boolean identical = same.values().stream().allMatch(b -> b);
        System.out.println("identical=" + identical + " " + same);
        spark.stop();
        if (!identical) {
            System.exit(1);
        }
    }

    static Map<String, Boolean> metrics(SparkSession spark, JobOptions options) {
        Path edges = Path.of(options.required("edges"));
        int pivots = (int) options.whole("pivots", 0);
        long seed = options.whole("seed", 1);
        long t = System.nanoTime();
        Graph graph = EdgeListReader.read(edges);
        double read = seconds(t);
        Map<String, Double> single = new LinkedHashMap<>();
        t = System.nanoTime();
        double[] degree = DegreeCentrality.degree(graph).scores();
        single.put("degree", seconds(t));
        t = System.nanoTime();
        Components components = Components.of(graph);
        single.put("components", seconds(t));
        t = System.nanoTime();
        NodeScores betweennessScores = pivots > 0 ? new SampledBetweenness(graph, pivots, 0.1, seed)
                : BetweennessCentrality.of(graph);
        double[] betweenness = betweennessScores.scores();
        single.put(pivots > 0 ? "sampled_betweenness" : "betweenness", seconds(t));
        t = System.nanoTime();
        double[] closeness = new ClosenessCentrality(graph).scores();
        double[] harmonic = new HarmonicCentrality(graph).scores();
        single.put("closeness_harmonic", seconds(t));
        t = System.nanoTime();
        PageRank rank = new PageRank(graph);
        double[] pagerank = rank.scores();
        single.put("pagerank", seconds(t));
        System.out.printf(Locale.ROOT, "single-machine metrics: nodes=%d edges=%d components=%d read_seconds=%.2f"
                        + " seconds=%s total=%.2f%n", graph.nodeCount(), graph.edgeCount(), components.count(), read,
                rounded(single), single.values().stream().mapToDouble(Double::doubleValue).sum());

        SparkGraphMetrics.Options settings = SparkGraphMetrics.Options.exact().sampled(pivots, seed)
                .withSlices((int) options.whole("slices", 0));
        int runs = (int) Math.max(1, options.whole("runs", 2));
        SparkGraphMetrics distributed = null;
        for (int run = 1; run <= runs; run++) {
            t = System.nanoTime();
            distributed = SparkGraphMetrics.run(EdgeRows.read(spark, edges.toString(), "csv"), settings);
            double sparkSeconds = seconds(t);
            System.out.printf(Locale.ROOT, "spark metrics run %d: nodes=%d edges=%d components=%d component_rounds=%d"
                            + " pagerank_iterations=%d seconds=%s total=%.2f%n", run, distributed.nodeCount(),
                    distributed.graph().edgeCount(), distributed.componentCount(), distributed.componentRounds(),
                    distributed.pageRankIterations(), rounded(distributed.seconds()), sparkSeconds);
        }
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("graph", distributed.graph().equals(CompactGraph.of(graph)));
        same.put("degree", Arrays.equals(distributed.degree(), degree));
        double worst = worstRelative(distributed.betweenness(), betweenness);
        same.put(pivots > 0 ? "sampled_betweenness" : "betweenness", worst <= 1e-9);
        same.put("closeness", Arrays.equals(distributed.closeness(), closeness));
        same.put("harmonic", Arrays.equals(distributed.harmonic(), harmonic));
        same.put("pagerank", Arrays.equals(distributed.pageRank(), pagerank)
                && distributed.pageRankIterations() == rank.iterations());
        int[] expected = new int[graph.nodeCount()];
        for (int v = 0; v < expected.length; v++) {
            expected[v] = components.component(v);
        }
        same.put("components", Arrays.equals(distributed.components(), expected));
        System.out.printf(Locale.ROOT, "metrics compared: betweenness_max_relative_difference=%.3e"
                        + " closeness_max_difference=%.3e pagerank_max_difference=%.3e %s%n", worst,
                worstAbsolute(distributed.closeness(), closeness), worstAbsolute(distributed.pageRank(), pagerank), same);
        return same;
    }

    static Map<String, Boolean> alerts(SparkSession spark, JobOptions options) {
        String path = options.required("transactions");
        String format = options.get("input-format", TransactionRows.formatOf(path));
        long t = System.nanoTime();
        List<TransactionRows.Transaction> transactions = new ArrayList<>();
        for (Row r : TransactionRows.read(spark, path, format).collectAsList()) {
            transactions.add(TransactionRows.Transaction.of(r));
        }
        double read = seconds(t);
        t = System.nanoTime();
        TransactionGraph graph = TransactionRows.graph(transactions);
        double build = seconds(t);
        t = System.nanoTime();
        TypologyScan.Result single = TypologyScan.withDefaults().scan(graph);
        double scan = seconds(t);
        System.out.printf(Locale.ROOT, "single-machine scan: transactions=%d accounts=%d alerts=%d findings=%s"
                        + " read_seconds=%.2f build_seconds=%.2f scan_seconds=%.2f%n", graph.transactionCount(),
                graph.accountCount(), single.alerts().size(), single.findings(), read, build, scan);

        SparkTypologyScan distributed = null;
        List<Alert> found = List.of();
        for (int run = 1; run <= Math.max(1, options.whole("runs", 2)); run++) {
            t = System.nanoTime();
            distributed = SparkTypologyScan.run(TransactionRows.read(spark, path, format), (int) options.whole("tasks", 0));
            found = distributed.collectAlerts();
            double sparkSeconds = seconds(t);
            System.out.printf(Locale.ROOT, "spark scan run %d: components=%d largest_component_transactions=%d"
                            + " offsetting_input=%d alerts=%d seconds=%s total=%.2f%n", run, distributed.components(),
                    distributed.largestComponent(), distributed.offsettingInput(), found.size(),
                    rounded(distributed.seconds()), sparkSeconds);
        }
        Set<Alert> expected = new HashSet<>(single.alerts());
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("alerts", found.size() == single.alerts().size() && new HashSet<>(found).equals(expected));
        same.put("findings", distributed.findings().equals(single.findings()));
        same.put("subsumed", distributed.subsumed().equals(single.subsumed()));
        System.out.println("alerts compared: per_typology=" + perTypology(single.alerts()) + " " + same);
        return same;
    }

    private static Map<String, Long> perTypology(List<Alert> alerts) {
        Map<String, Long> out = new LinkedHashMap<>();
        alerts.forEach(a -> out.merge(a.typology().label(), 1L, Long::sum));
        return out;
    }

    private static double worstRelative(double[] a, double[] b) {
        double worst = a.length == b.length ? 0 : Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
        }
        return worst;
    }

    private static double worstAbsolute(double[] a, double[] b) {
        double worst = a.length == b.length ? 0 : Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    private static Map<String, String> rounded(Map<String, Double> seconds) {
        Map<String, String> out = new LinkedHashMap<>();
        seconds.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.2f", v)));
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
