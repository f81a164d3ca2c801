package nl.gedeeldbeeld.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.Resolution;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the single-machine {@link Resolution} and the {@link SparkResolution} job on the same person records and
 * says whether they agree (candidate pairs, pattern counts, model, matches, identities) and how long each took:
 * the check behind "the Spark job gives the same clusters", for records that fit one machine.
 * {@code bench/run spark-resolve} runs it on a synthetic world (docs/benchmarks.md); on a cluster it runs from
 * the job jar with {@code --class nl.gedeeldbeeld.spark.CompareWithSingleMachine}.
 *
 * <pre>
 * --input PATH [--input-format F] [--threshold 0.5] [--max-block 500] [--runs 2] [--master local[2]]
 *              [--shuffle-partitions N]   (default: the session's, 200 unless configured)
 * </pre>
 *
 * The Spark time of a run is from reading the input to having written identities and matches (Parquet, to a
 * temporary directory); the first run includes Spark's warm-up (class loading, code generation), later
 * runs in the same session do not. Prints one line per run and a last line with {@code identical=true|false}.
 */
public final class CompareWithSingleMachine {
    private CompareWithSingleMachine() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String input = options.get("input");
        if (input == null || args.length % 2 != 0) {
            throw new UserInputException("usage: --input PATH [--input-format F] [--threshold P] [--max-block N] [--runs N]"
                    + " [--master M] [--shuffle-partitions N]");
        }
        String format = options.getOrDefault("input-format", PersonRows.formatOf(input));
        double threshold = Double.parseDouble(options.getOrDefault("threshold", "0.5"));
        int maxBlock = Integer.parseInt(options.getOrDefault("max-block", "500"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "2"));

        long t0 = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("gedeeldbeeld-compare-resolution");
        if (options.containsKey("master")) {
            builder.master(options.get("master"));
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        if (options.containsKey("shuffle-partitions")) {
            builder.config("spark.sql.shuffle.partitions", options.get("shuffle-partitions"));
        }
        SparkSession spark = builder.getOrCreate();
        double startup = seconds(t0);

        List<PersonRecord> records = new ArrayList<>();
        for (Row r : PersonRows.read(spark, input, format).collectAsList()) {
            records.add(PersonRows.record(r, 0));
        }
        records.sort(Comparator.comparing(PersonRecord::id));
        long t1 = System.nanoTime();
        Resolution single = Resolution.run(records, BlockingKey.persons(), maxBlock, threshold);
        double singleSeconds = seconds(t1);
        System.out.printf(Locale.ROOT, "single-machine: records=%d candidate_pairs=%d matches=%d identities=%d seconds=%.2f%n",
                records.size(), single.candidates().size(), single.matches().size(), single.identities().size(), singleSeconds);
        System.out.printf(Locale.ROOT, "spark: master=%s default_parallelism=%d shuffle_partitions=%s session_start_seconds=%.2f%n",
                spark.sparkContext().master(), spark.sparkContext().defaultParallelism(),
                spark.conf().get("spark.sql.shuffle.partitions"), startup);

        Path out = Files.createTempDirectory("gb-spark-compare");
        Map<String, Boolean> same = null;
        try {
            for (int run = 1; run <= runs; run++) {
                long t = System.nanoTime();
                try (SparkResolution distributed = SparkResolution.run(PersonRows.read(spark, input, format), maxBlock, threshold)) {
                    distributed.write(out.toString(), "parquet");
                    double sparkSeconds = seconds(t);
                    same = compare(single, distributed);
                    System.out.printf(Locale.ROOT, "spark run %d: candidate_pairs=%d matches=%d identities=%d identity_rounds=%d"
                                    + " seconds=%.2f%n", run, distributed.patternCounts().total(),
                            distributed.matchedPairs().count(), groups(distributed.identities().collectAsList()).size(),
                            distributed.componentRounds(), sparkSeconds);
                }
            }
        } finally {
            deleteTree(out);
        }
        boolean identical = same != null && same.values().stream().allMatch(b -> b);
        System.out.println("identical=" + identical + " " + same);
        spark.stop();
        if (!identical) {
            System.exit(1);
        }
    }

    /** Which parts of the result agree, in pipeline order. */
    static Map<String, Boolean> compare(Resolution single, SparkResolution distributed) {
        List<PersonRecord> records = single.records();
        Map<String, Boolean> same = new java.util.LinkedHashMap<>();
        Set<String> singlePairs = new HashSet<>();
        for (long p : single.candidates().pairs()) {
            singlePairs.add(records.get((int) (p >>> 32)).id() + "\u0000" + records.get((int) p).id());
        }
        Set<String> sparkPairs = distributed.candidates().collectAsList().stream()
                .map(r -> r.getString(0) + "\u0000" + r.getString(1)).collect(Collectors.toSet());
        same.put("candidate_pairs", sparkPairs.equals(singlePairs));
        same.put("pairs_per_key", distributed.pairsPerKey().equals(single.candidates().pairsPerKey())
                && distributed.skippedBlocks().equals(single.candidates().skippedBlocks()));
        same.put("pattern_counts", distributed.patternCounts().equals(single.patternCounts()));
        same.put("model", distributed.scorer().probabilities().equals(single.scorer().probabilities()));
        Map<String, Double> singleMatches = new HashMap<>();
        single.matches().forEach(m -> singleMatches.put(records.get(m.left()).id() + "\u0000" + records.get(m.right()).id(),
                m.probability()));
        Map<String, Double> sparkMatches = new HashMap<>();
        distributed.matches().collectAsList().forEach(r -> sparkMatches.put(r.getString(0) + "\u0000" + r.getString(1),
                r.getDouble(2)));
        same.put("matches", sparkMatches.equals(singleMatches));
        Set<Set<String>> singleIdentities = single.identities().stream()
                .map(g -> g.stream().map(i -> records.get(i).id()).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
        same.put("identities", groups(distributed.identities().collectAsList()).equals(singleIdentities));
        return same;
    }

    /** (id, identity) rows as the identities of two or more records. */
    static Set<Set<String>> groups(List<Row> rows) {
        Map<String, Set<String>> byIdentity = new HashMap<>();
        rows.forEach(r -> byIdentity.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
        return byIdentity.values().stream().filter(g -> g.size() > 1).collect(Collectors.toSet());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
