package nl.gedeeldbeeld.spark;

import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money-flow typology scan on Spark ({@link SparkTypologyScan}), for {@code spark-submit --class
 * nl.gedeeldbeeld.spark.SparkTypologyScanJob} (see docs/spark.md):
 *
 * <pre>
 * --input PATH          transactions: CSV with a header row or Parquet, columns as TransactionRows describes
 * --input-format F      parquet or csv; by default from the extension (.csv), else parquet
 * --output DIR          the alerts, one per row (typology, rule, figures, accounts, transactions, occurrences)
 * --output-format F     json (JSON lines, default) or parquet
 * --tasks N             tasks the components are spread over (default four per core)
 * </pre>
 *
 * A mistake in the arguments or the input ends the job with one line on standard error and status 2.
 */
public final class SparkTypologyScanJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkTypologyScanJob.class);
    static final List<String> OPTIONS = List.of("input", "input-format", "output", "output-format", "tasks");

    private SparkTypologyScanJob() {
    }

    public static void main(String[] args) {
        try {
            JobOptions options = JobOptions.parse(args, OPTIONS, "input", "output");
            run(JobOptions.session("gedeeldbeeld-typology-scan", null), options);
        } catch (UserInputException e) {
            System.err.println("gedeeldbeeld-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(SparkSession spark, JobOptions options) {
        String input = options.required("input");
        String format = options.get("input-format", TransactionRows.formatOf(input));
        long started = System.nanoTime();
        SparkTypologyScan scan = SparkTypologyScan.run(TransactionRows.read(spark, input, format),
                (int) options.whole("tasks", 0));
        scan.write(options.required("output"), options.get("output-format", "json"));
        LOG.info("typology scan: components={} largest_component_transactions={} findings={} subsumed={} seconds={}",
                scan.components(), scan.largestComponent(), scan.findings(), scan.subsumed(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }
}
