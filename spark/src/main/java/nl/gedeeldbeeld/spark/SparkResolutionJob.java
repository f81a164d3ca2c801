package nl.gedeeldbeeld.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.BlockingKey;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for {@code spark-submit} (see docs/spark.md):
 *
 * <pre>
 * --input PATH          person records (a file or a directory of part files)
 * --input-format F      parquet, csv or json; by default from the path's extension, else parquet
 * --output DIR          gets identities/, matches/ and patterns/ (replaced when present)
 * --output-format F     parquet (default) or csv
 * --threshold P         match probability from which a pair is a match (default 0.5)
 * --max-block N         blocks with more records are skipped (default 500)
 * </pre>
 *
 * The master comes from spark-submit; run outside it (a plain {@code java}), the job uses {@code local[*]}.
 * A mistake in the arguments or the input ends the job with one line on standard error.
 */
public final class SparkResolutionJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkResolutionJob.class);
    private static final List<String> OPTIONS = List.of("input", "input-format", "output", "output-format", "threshold",
            "max-block");

    private SparkResolutionJob() {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (UserInputException e) {
            System.err.println("gedeeldbeeld-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("gedeeldbeeld-resolve-persons");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, options);
        } catch (UserInputException e) {
            System.err.println("gedeeldbeeld-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(SparkSession spark, Map<String, String> options) {
        String input = required(options, "input");
        String output = required(options, "output");
        String inputFormat = options.getOrDefault("input-format", PersonRows.formatOf(input));
        String outputFormat = options.getOrDefault("output-format", "parquet");
        double threshold = number(options, "threshold", "0.5");
        double block = number(options, "max-block", "500");
        if (block != Math.rint(block)) {
            throw new UserInputException("--max-block takes a whole number, not " + options.get("max-block"));
        }
        int maxBlock = (int) block;
        long started = System.nanoTime();
        try (SparkResolution resolution = SparkResolution.run(PersonRows.read(spark, input, inputFormat), maxBlock, threshold)) {
            resolution.write(output, outputFormat);
            LOG.info("resolved persons: candidate_pairs={} patterns={} pairs_per_key={} skipped_blocks={} keys={}"
                            + " seconds={}", resolution.patternCounts().total(), resolution.patternCounts().distinct(),
                    resolution.pairsPerKey().values(), resolution.skippedBlocks().values(),
                    BlockingKey.persons().stream().map(BlockingKey::name).toList(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name)) {
                throw new UserInputException("unknown argument '" + args[i] + "'; the options are --" + String.join(", --", OPTIONS));
            }
            if (i + 1 >= args.length) {
                throw new UserInputException("--" + name + " needs a value");
            }
            options.put(name, args[i + 1]);
        }
        required(options, "input");
        required(options, "output");
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UserInputException("--" + name + " is required");
        }
        return value;
    }

    private static double number(Map<String, String> options, String name, String fallback) {
        String value = options.getOrDefault(name, fallback);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UserInputException("--" + name + " takes a number, not '" + value + "'");
        }
    }
}
