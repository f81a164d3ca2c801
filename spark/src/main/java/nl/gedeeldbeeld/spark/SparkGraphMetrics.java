package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gedeeldbeeld.analytics.graph.BreadthFirst;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.ClosenessCentrality;
import nl.gedeeldbeeld.analytics.network.HarmonicCentrality;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network metrics of a party graph on Spark, with the answers of the single-machine classes in
 * {@code analytics.network} ({@code docs/spark.md}). The costly metrics are one shortest-path sweep per source:
 * the compact graph ({@link CompactGraph}, a few MB for a million edges) is broadcast, the sources are cut into
 * slices that run as tasks, and each task runs the analytics code itself on its slice:
 * <ul>
 *   <li>betweenness: Brandes' accumulation ({@link BetweennessCentrality#dependencySums}) over the slice's
 *       sources; the per-node dependency vectors are added by a tree reduction and scaled as
 *       {@link BetweennessCentrality#of} (all sources) or {@link SampledBetweenness} (its k seeded sources,
 *       drawn by that class on the driver) does. Only the order of the additions differs from one machine,
 *       so the values agree to rounding (1.7e-14 relative on the medium world);</li>
 *   <li>closeness (within the component) and harmonic closeness: one BFS per node in the slice, folded as
 *       {@link ClosenessCentrality} and {@link HarmonicCentrality} fold it: bit for bit the same;</li>
 *   <li>PageRank: power iteration as {@link PageRank} (damping, dangling nodes spread evenly, stop on the
 *       largest change): per iteration the scores are broadcast, tasks compute the new scores of their node
 *       slices, and the driver adds the dangling and teleport share in node order: bit for bit the same.</li>
 * </ul>
 * Degree is a Dataset group-by over the merged edges, components are min-label propagation with pointer
 * jumping over Dataset joins (the resolution job's), numbered as {@code analytics.graph.Components} numbers
 * them (by lowest node). Edges are merged as {@code GraphBuilder} merges them (a pair listed twice is one edge,
 * weights added; self-loops dropped, their node kept) and nodes are numbered in order of first appearance
 * in the input (line order for one file), so node numbers, and hence the sampled sources, are those of
 * {@code EdgeListReader} on the same file. Metrics are unweighted (hop distances), as the analytics defaults.
 */
public final class SparkGraphMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(SparkGraphMetrics.class);

    /**
     * @param pivots        0 for exact betweenness, else the number of sampled sources (as {@link SampledBetweenness})
     * @param seed          the sampling seed
     * @param delta         the sampling bound's failure probability
     * @param slices        tasks per sweep (0: four per core of the cluster)
     * @param damping       PageRank damping
     * @param maxIterations PageRank iteration limit
     * @param tolerance     PageRank stops when no score moves by this or more
     */
    public record Options(int pivots, long seed, double delta, int slices, double damping, int maxIterations,
                          double tolerance) implements Serializable {
        public Options {
            if (pivots < 0 || slices < 0) {
                throw new UserInputException("pivots and slices cannot be negative");
            }
            if (!(delta > 0 && delta < 1)) {
                throw new UserInputException("delta must lie strictly between 0 and 1, was " + delta);
            }
        }

        /** Exact betweenness, PageRank with the analytics defaults (0.85, 100 iterations, 1e-10). */
        public static Options exact() {
            return new Options(0, 1, 0.1, 0, PageRank.DEFAULT_DAMPING, 100, 1e-10);
        }

        public Options sampled(int k, long seedValue) {
            return new Options(k, seedValue, delta, slices, damping, maxIterations, tolerance);
        }

        public Options withSlices(int count) {
            return new Options(pivots, seed, delta, count, damping, maxIterations, tolerance);
        }
    }

    private final CompactGraph graph;
    private final double[] degree;
    private final double[] betweenness;
    private final String betweennessBasis;
    private final double[] closeness;
    private final double[] harmonic;
    private final double[] pagerank;
    private final int pageRankIterations;
    private final int[] component;
    private final int componentCount;
    private final int componentRounds;
    private final Map<String, Double> seconds;
    private final SparkSession spark;

    private SparkGraphMetrics(SparkSession spark, CompactGraph graph, double[] degree, double[] betweenness,
            String betweennessBasis, double[] closeness, double[] harmonic, double[] pagerank, int pageRankIterations,
            int[] component, int componentCount, int componentRounds, Map<String, Double> seconds) {
        this.spark = spark;
        this.graph = graph;
        this.degree = degree;
        this.betweenness = betweenness;
        this.betweennessBasis = betweennessBasis;
        this.closeness = closeness;
        this.harmonic = harmonic;
        this.pagerank = pagerank;
        this.pageRankIterations = pageRankIterations;
        this.component = component;
        this.componentCount = componentCount;
        this.componentRounds = componentRounds;
        this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /** All metrics of the graph in {@code edges} ({@code source, target, weight}, as {@link EdgeRows} reads them). */
    public static SparkGraphMetrics run(Dataset<Row> edges, Options options) {
        SparkSession spark = edges.sparkSession();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        Dataset<Row> numbered = edges.withColumn("seq", monotonically_increasing_id()).persist(StorageLevel.MEMORY_AND_DISK());
        check(numbered);
        Dataset<Row> firsts = numbered.select(col("source").as("label"), col("seq").multiply(2).as("pos"))
                .union(numbered.select(col("target").as("label"), col("seq").multiply(2).plus(1).as("pos")))
                .groupBy("label").agg(min("pos").as("pos"));
        List<Row> ordered = firsts.orderBy("pos").select("label").collectAsList();
        int n = ordered.size();
        if (n == 0) {
            numbered.unpersist();
            throw new UserInputException("the edge list has no edges");
        }
        String[] labels = new String[n];
        List<Row> nodeRows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels[i] = ordered.get(i).getString(0);
            nodeRows.add(RowFactory.create(labels[i], i));
        }
        Dataset<Row> nodes = spark.createDataFrame(nodeRows, new StructType().add("label", DataTypes.StringType, false)
                .add("node", DataTypes.IntegerType, false));
        Dataset<Row> pairs = numbered
                .join(broadcast(nodes.select(col("label").as("source"), col("node").as("a"))), "source")
                .join(broadcast(nodes.select(col("label").as("target"), col("node").as("b"))), "target")
                .filter(col("a").notEqual(col("b")))
                .select(least(col("a"), col("b")).as("lo"), greatest(col("a"), col("b")).as("hi"), col("seq"), col("weight"))
                .groupBy("lo", "hi").agg(min("seq").as("first"), sum("weight").as("weight"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> edgeRows = pairs.orderBy("first").select("lo", "hi", "weight").collectAsList();
        int m = edgeRows.size();
        int[] ends = new int[2 * m];
        double[] weights = new double[m];
        for (int e = 0; e < m; e++) {
            Row r = edgeRows.get(e);
            ends[2 * e] = r.getInt(0);
            ends[2 * e + 1] = r.getInt(1);
            weights[e] = r.getDouble(2);
        }
        CompactGraph compact = new CompactGraph(labels, ends, weights);
        numbered.unpersist();
        seconds.put("graph", since(t));

        t = System.nanoTime();
        double[] degree = new double[n];
        for (Row r : pairs.select(explode(array(col("lo"), col("hi"))).as("v")).groupBy("v").count()
                .collectAsList()) {
            degree[r.getInt(0)] = r.getLong(1);
        }
        seconds.put("degree", since(t));

        t = System.nanoTime();
        SparkResolution.Components labelled = SparkResolution.components(edgeFrame(spark, ends, slices(jsc, options)));
        int[] lowest = new int[n];
        for (int v = 0; v < n; v++) {
            lowest[v] = v;
        }
        for (Row r : labelled.labels().collectAsList()) {
            lowest[(int) r.getLong(0)] = (int) r.getLong(1);
        }
        pairs.unpersist();
        int[] component = new int[n];
        int components = 0;
        for (int v = 0; v < n; v++) {
            // A component's label is its lowest node, so numbering labels in node order numbers the components
            // in order of their lowest node, as analytics.graph.Components does.
            component[v] = lowest[v] == v ? components++ : component[lowest[v]];
        }
        seconds.put("components", since(t));

        Broadcast<CompactGraph> shared = jsc.broadcast(compact);
        try {
            int slices = slices(jsc, options);
            t = System.nanoTime();
            int[] sources;
            double scale;
            String basis;
            if (options.pivots() > 0 && options.pivots() < n) {
                SampledBetweenness sampled = new SampledBetweenness(compact.graph(), options.pivots(), options.delta(),
                        options.seed());
                sources = sampled.sources();
                scale = 0.5 * n / sources.length;
                basis = sampled.bound();
            } else {
                sources = new int[n];
                for (int v = 0; v < n; v++) {
                    sources[v] = v;
                }
                scale = 0.5;
                basis = "exact: all " + n + " sources (Brandes)";
            }
            double[] betweenness = jsc.parallelize(chunks(sources, slices), Math.min(slices, sources.length))
                    .map(chunk -> BetweennessCentrality.dependencySums(shared.value().graph(), chunk, false))
                    .treeReduce(SparkGraphMetrics::add);
            for (int v = 0; v < n; v++) {
                betweenness[v] *= scale;
            }
            seconds.put("betweenness", since(t));

            t = System.nanoTime();
            double[] closeness = new double[n];
            double[] harmonic = new double[n];
            for (Slice s : jsc.parallelize(ranges(n, slices), Math.min(slices, n)).map(r -> closeness(shared.value(), r)).collect()) {
                System.arraycopy(s.first(), 0, closeness, s.from(), s.first().length);
                System.arraycopy(s.second(), 0, harmonic, s.from(), s.second().length);
            }
            seconds.put("closeness_harmonic", since(t));

            t = System.nanoTime();
            PageRankRun rank = pageRank(jsc, shared, degree, options, slices);
            seconds.put("pagerank", since(t));
            LOG.info("spark graph metrics: nodes={} edges={} components={} component_rounds={} pagerank_iterations={}"
                    + " seconds={}", n, m, components, labelled.rounds(), rank.iterations(), seconds);
            return new SparkGraphMetrics(spark, compact, degree, betweenness, basis, closeness, harmonic, rank.scores(),
                    rank.iterations(), component, components, labelled.rounds(), seconds);
        } finally {
            shared.destroy();
        }
    }

    private static int slices(JavaSparkContext jsc, Options options) {
        return options.slices() > 0 ? options.slices() : 4 * Math.max(1, jsc.defaultParallelism());
    }

    /**
     * The merged edges as {@code left, right} (nullable longs), the input the resolution job's component search
     * is tested on. Made afresh from the collected ends: on the plan of the numbering joins (non-null columns),
     * Catalyst's filter inference lost a column in the search's self-joins ("key not found: v#…", Spark 4.0.4).
     */
    private static Dataset<Row> edgeFrame(SparkSession spark, int[] ends, int slices) {
        List<Row> rows = new ArrayList<>(ends.length / 2);
        for (int e = 0; e < ends.length / 2; e++) {
            rows.add(RowFactory.create((long) ends[2 * e], (long) ends[2 * e + 1]));
        }
        return spark.createDataFrame(rows, new StructType().add("left", DataTypes.LongType).add("right", DataTypes.LongType))
                .repartition(Math.max(1, slices / 4));
    }

    private static void check(Dataset<Row> numbered) {
        List<Row> bad = numbered.filter(col("source").isNull().or(col("target").isNull()).or(col("source").equalTo(""))
                .or(col("target").equalTo("")).or(col("weight").isNull()).or(isnan(col("weight")))
                .or(not(col("weight").gt(0))).or(col("weight").equalTo(lit(Double.POSITIVE_INFINITY))))
                .limit(1).collectAsList();
        if (!bad.isEmpty()) {
            Row r = bad.get(0);
            throw new UserInputException("edge '" + r.get(0) + "' - '" + r.get(1) + "': "
                    + (r.isNullAt(0) || r.isNullAt(1) || r.getString(0).isEmpty() || r.getString(1).isEmpty()
                    ? "an edge needs a source and a target" : "the weight must be a positive number, was " + r.get(2)));
        }
    }

    /** The node scores of one slice of nodes: two arrays from {@code from} on. */
    record Slice(int from, double[] first, double[] second) implements Serializable {
    }

    private record PageRankRun(double[] scores, int iterations) {
    }

    /** Closeness and harmonic closeness of the nodes in {@code range}: the folds of the analytics classes. */
    private static Slice closeness(CompactGraph compact, int[] range) {
        Graph graph = compact.graph();
        int n = graph.nodeCount();
        BreadthFirst sweep = new BreadthFirst(graph);
        double[] closeness = new double[range[1] - range[0]];
        double[] harmonic = new double[closeness.length];
        for (int s = range[0]; s < range[1]; s++) {
            sweep.run(s, null);
            long distances = 0;
            double inverse = 0;
            for (int i = 1; i < sweep.reached(); i++) {
                int d = sweep.distance(sweep.reachedNode(i));
                distances += d;
                inverse += 1.0 / d;
            }
            closeness[s - range[0]] = distances == 0 ? 0 : (sweep.reached() - 1.0) / distances;
            harmonic[s - range[0]] = n > 1 ? inverse / (n - 1) : 0;
        }
        return new Slice(range[0], closeness, harmonic);
    }

    /** {@link PageRank}'s iteration, unweighted: out-weight is the degree; the node sums in row order as there. */
    private static PageRankRun pageRank(JavaSparkContext jsc, Broadcast<CompactGraph> shared, double[] out,
            Options options, int slices) {
        int n = out.length;
        double damping = options.damping();
        double[] current = new double[n];
        java.util.Arrays.fill(current, 1.0 / n);
        List<int[]> ranges = ranges(n, slices);
        double change = options.tolerance();
        int done = 0;
        while (done < options.maxIterations() && change >= options.tolerance()) {
            double r = 0;
            for (int v = 0; v < n; v++) {
                r += out[v] > 0 ? (1 - damping) * current[v] : current[v];
            }
            r /= n;
            double teleport = r;
            Broadcast<double[]> scores = jsc.broadcast(current);
            try {
                List<Slice> next = jsc.parallelize(ranges, Math.min(slices, n)).map(range -> {
                    Graph graph = shared.value().graph();
                    double[] cur = scores.value();
                    double[] values = new double[range[1] - range[0]];
                    double moved = 0;
                    for (int v = range[0]; v < range[1]; v++) {
                        double contribution = 0;
                        for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                            int w = graph.target(p);
                            contribution += damping * cur[w] * 1 / graph.degree(w);
                        }
                        double value = teleport + contribution;
                        moved = Math.max(moved, Math.abs(value - cur[v]));
                        values[v - range[0]] = value;
                    }
                    return new Slice(range[0], values, new double[] {moved});
                }).collect();
                double[] updated = new double[n];
                change = 0;
                for (Slice s : next) {
                    System.arraycopy(s.first(), 0, updated, s.from(), s.first().length);
                    change = Math.max(change, s.second()[0]);
                }
                current = updated;
            } finally {
                scores.destroy();
            }
            done++;
        }
        return new PageRankRun(current, done);
    }

    /** The sources cut into at most {@code slices} contiguous chunks of near-equal size. */
    static List<int[]> chunks(int[] sources, int slices) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges(sources.length, slices)) {
            out.add(java.util.Arrays.copyOfRange(sources, r[0], r[1]));
        }
        return out;
    }

    /** {@code [from, to)} ranges covering {@code 0..n-1} in at most {@code slices} near-equal parts. */
    static List<int[]> ranges(int n, int slices) {
        int parts = Math.max(1, Math.min(slices, n));
        List<int[]> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            out.add(new int[] {(int) ((long) n * i / parts), (int) ((long) n * (i + 1) / parts)});
        }
        return out;
    }

    private static double[] add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static double since(long t) {
        return (System.nanoTime() - t) / 1e9;
    }

    public CompactGraph graph() {
        return graph;
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public double[] degree() {
        return degree.clone();
    }

    /** Betweenness on the scale of {@link BetweennessCentrality#of} (pairs once, not normalised), exact or sampled. */
    public double[] betweenness() {
        return betweenness.clone();
    }

    /** How the betweenness was computed: exact, or the sample's Hoeffding bound in words. */
    public String betweennessBasis() {
        return betweennessBasis;
    }

    public double[] closeness() {
        return closeness.clone();
    }

    public double[] harmonic() {
        return harmonic.clone();
    }

    public double[] pageRank() {
        return pagerank.clone();
    }

    public int pageRankIterations() {
        return pageRankIterations;
    }

    /** Component numbers as {@code analytics.graph.Components}: by lowest node, 0 first. */
    public int[] components() {
        return component.clone();
    }

    public int componentCount() {
        return componentCount;
    }

    /** Label-propagation rounds the components took. */
    public int componentRounds() {
        return componentRounds;
    }

    /** Seconds per step: graph, degree, components, betweenness, closeness_harmonic, pagerank. */
    public Map<String, Double> seconds() {
        return seconds;
    }

    /** One row per node: {@code node, degree, betweenness, closeness, harmonic, pagerank, component}. */
    public Dataset<Row> table() {
        List<Row> rows = new ArrayList<>(graph.nodeCount());
        for (int v = 0; v < graph.nodeCount(); v++) {
            rows.add(RowFactory.create(graph.label(v), (long) degree[v], betweenness[v], closeness[v], harmonic[v],
                    pagerank[v], component[v]));
        }
        return spark.createDataFrame(rows, new StructType().add("node", DataTypes.StringType, false)
                .add("degree", DataTypes.LongType, false).add("betweenness", DataTypes.DoubleType, false)
                .add("closeness", DataTypes.DoubleType, false).add("harmonic", DataTypes.DoubleType, false)
                .add("pagerank", DataTypes.DoubleType, false).add("component", DataTypes.IntegerType, false));
    }

    /** Writes {@link #table()} to {@code dir} as Parquet or CSV (with header). */
    public void write(String dir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("csv")) {
            throw new UserInputException("output format '" + format + "' is not one of [parquet, csv]");
        }
        var writer = table().write().mode(SaveMode.Overwrite).format(f);
        if (f.equals("csv")) {
            writer = writer.option("header", "true").option("escape", "\"");
        }
        writer.save(dir);
    }
}
