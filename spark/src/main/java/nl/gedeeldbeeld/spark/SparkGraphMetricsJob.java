package nl.gedeeldbeeld.spark;

import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network metrics of an edge list on Spark ({@link SparkGraphMetrics}), for {@code spark-submit --class
 * nl.gedeeldbeeld.spark.SparkGraphMetricsJob} (see docs/spark.md):
 *
 * <pre>
 * --input PATH          the edge list: CSV with header source,target[,weight] or Parquet with those columns
 * --input-format F      parquet or csv; by default from the extension (.csv), else parquet
 * --output DIR          one row per node: node, degree, betweenness, closeness, harmonic, pagerank, component
 * --output-format F     parquet (default) or csv
 * --pivots K            sampled betweenness from K seeded sources (default 0: exact)
 * --seed S              the sampling seed (default 1)
 * --slices N            tasks per sweep (default four per core)
 * </pre>
 *
 * A mistake in the arguments or the input ends the job with one line on standard error and status 2.
 */
public final class SparkGraphMetricsJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkGraphMetricsJob.class);
    static final List<String> OPTIONS = List.of("input", "input-format", "output", "output-format", "pivots", "seed",
            "slices");

    private SparkGraphMetricsJob() {
    }

    public static void main(String[] args) {
        try {
            JobOptions options = JobOptions.parse(args, OPTIONS, "input", "output");
            run(JobOptions.session("gedeeldbeeld-graph-metrics", null), options);
        } catch (UserInputException e) {
            System.err.println("gedeeldbeeld-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(SparkSession spark, JobOptions options) {
        String input = options.required("input");
        String format = options.get("input-format", EdgeRows.formatOf(input));
        SparkGraphMetrics.Options settings = SparkGraphMetrics.Options.exact()
                .sampled((int) options.whole("pivots", 0), options.whole("seed", 1))
                .withSlices((int) options.whole("slices", 0));
        long started = System.nanoTime();
        SparkGraphMetrics metrics = SparkGraphMetrics.run(EdgeRows.read(spark, input, format), settings);
        metrics.write(options.required("output"), options.get("output-format", "parquet"));
        LOG.info("graph metrics: nodes={} edges={} components={} betweenness=[{}] seconds={}", metrics.nodeCount(),
                metrics.graph().edgeCount(), metrics.componentCount(), metrics.betweennessBasis(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }
}
