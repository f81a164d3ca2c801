package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.ComparisonPattern;
import nl.gedeeldbeeld.resolve.FellegiSunter;
import nl.gedeeldbeeld.resolve.PairScorer;
import nl.gedeeldbeeld.resolve.PatternCounts;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.Resolution;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple4;

/**
 * The single-machine {@link Resolution} of person records as a Spark job, step for step and with the same
 * result: records are blocked on {@link BlockingKey#persons()} (blocks of one record ignored, blocks larger
 * than {@code maxBlock} skipped, each pair once however many keys bring it), every candidate pair is
 * compared on the executors with {@link ComparisonPattern#of}, the {@link PatternCounts} are aggregated on
 * the cluster and the Fellegi–Sunter model is fitted on the driver from them — a few hundred numbers, so
 * the driver fits the very model the single-machine run fits — the probability per pattern is broadcast, the
 * pairs at or above the threshold are matches, and the identities are the connected components of the
 * matches, found by label propagation with pointer jumping over Dataset joins.
 *
 * <p>Each record gets an index in the order of its id (Java's {@link String} order), and a pair is compared
 * with its lower index on the left, as {@link Resolution} does over a list in id order: the result is
 * independent of how the input is split into files and partitions. Ids must be unique.
 */
public final class SparkResolution implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SparkResolution.class);
    /** Built once per executor JVM: the keys are functions, not data, so they are not shipped. */
    private static final List<BlockingKey> KEYS = BlockingKey.persons();
    private static final List<String> KEY_NAMES = KEYS.stream().map(BlockingKey::name).toList();
    /** A record under one of its blocking keys: key index, key value, then the record as {@link #records()} holds it. */
    private static final StructType ENTRY;

    static {
        StructType entry = new StructType().add("key", DataTypes.IntegerType, false).add("value", DataTypes.StringType, false)
                .add("idx", DataTypes.LongType, false);
        for (StructField f : PersonRows.SCHEMA.fields()) {
            entry = entry.add(f);
        }
        ENTRY = entry;
    }

    private final Dataset<Row> records;
    private final Dataset<Row> compared;
    private final Dataset<Row> matches;
    private final Dataset<Row> labels;
    private final Broadcast<HashMap<Integer, Double>> probabilities;
    private final PatternCounts patternCounts;
    private final FellegiSunter model;
    private final PairScorer scorer;
    private final Map<String, Long> pairsPerKey;
    private final Map<String, Integer> skippedBlocks;
    private final int componentRounds;
    private final double threshold;

    private SparkResolution(Dataset<Row> records, Dataset<Row> compared, Dataset<Row> matches, Dataset<Row> labels,
                            Broadcast<HashMap<Integer, Double>> probabilities, PatternCounts patternCounts, FellegiSunter model, PairScorer scorer,
                            Map<String, Long> pairsPerKey, Map<String, Integer> skippedBlocks, int componentRounds,
                            double threshold) {
        this.records = records;
        this.compared = compared;
        this.matches = matches;
        this.labels = labels;
        this.probabilities = probabilities;
        this.patternCounts = patternCounts;
        this.model = model;
        this.scorer = scorer;
        this.pairsPerKey = pairsPerKey;
        this.skippedBlocks = skippedBlocks;
        this.componentRounds = componentRounds;
        this.threshold = threshold;
    }

    /**
     * Resolves person records ({@link PersonRows#COLUMNS}; other columns are ignored).
     *
     * @param maxBlock  blocks with more records are skipped, as in {@link Resolution#run}
     * @param threshold match probability from which a pair is a match
     */
    public static SparkResolution run(Dataset<Row> input, int maxBlock, double threshold) {
        if (maxBlock < 2) {
            throw new UserInputException("the largest block must hold at least 2 records, not " + maxBlock);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UserInputException("the match threshold is a probability (0 to 1), not " + threshold);
        }
        SparkSession spark = input.sparkSession();
        long started = System.nanoTime();
        Dataset<Row> records = index(PersonRows.select(input)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            checkIds(records);
        } catch (UserInputException e) {
            records.unpersist();
            throw e;
        }
        LOG.info("spark resolution: indexed ms={}", (System.nanoTime() - started) / 1_000_000);

        // Blocking: an entry (key, value, record) for every key a record has; the size of every block.
        Dataset<Row> entries = records.flatMap((FlatMapFunction<Row, Row>) SparkResolution::entries, Encoders.row(ENTRY));
        Dataset<Row> blocks = entries.groupBy("key", "value").agg(count(lit(1)).as("size"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Integer> skipped = perKey(blocks.filter(col("size").gt(maxBlock)).groupBy("key").count(), 0)
                .entrySet().stream().collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue().intValue()),
                        Map::putAll);
        // Each block of an allowed size is gathered on one executor and its pairs compared there, each record
        // built once per block: records travel once to their blocks, and pairs never travel to records. A pair
        // in several blocks is compared in each (alike: same records, same orientation) and kept once, for the
        // first key that found it, as CandidatePairs counts it. Only the count per pattern leaves the cluster.
        Column[] members = new Column[PersonRows.COLUMNS.size() + 1];
        members[0] = col("idx");
        for (int c = 0; c < PersonRows.COLUMNS.size(); c++) {
            members[c + 1] = col(PersonRows.COLUMNS.get(c));
        }
        Dataset<Row> compared = entries
                .join(blocks.filter(col("size").between(2, maxBlock)).select("key", "value"), new String[] {"key", "value"})
                .groupBy("key", "value").agg(collect_list(struct(members)).as("members"))
                .flatMap((FlatMapFunction<Row, Tuple4<Long, Long, Integer, Integer>>) SparkResolution::comparePairs,
                        Encoders.tuple(Encoders.LONG(), Encoders.LONG(), Encoders.INT(), Encoders.INT()))
                .toDF("left", "right", "key", "pattern")
                .groupBy("left", "right").agg(min("key").as("key"), min("pattern").as("pattern"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<Integer, Long> perPattern = new HashMap<>();
        for (Row r : compared.groupBy("pattern").count().collectAsList()) {
            perPattern.put(r.getInt(0), r.getLong(1));
        }
        blocks.unpersist();
        PatternCounts counts = PatternCounts.of(perPattern);
        Map<String, Long> added = perKey(compared.groupBy("key").count(), 0L);
        LOG.info("spark resolution: blocked and compared ms={}", (System.nanoTime() - started) / 1_000_000);

        // The model is fitted where the single-machine run fits it: on one JVM, from the same counts.
        FellegiSunter model = FellegiSunter.fit(counts, Resolution.EM_ITERATIONS);
        PairScorer scorer = new PairScorer(model, counts);
        Broadcast<HashMap<Integer, Double>> probabilities = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new HashMap<>(scorer.probabilities()));
        UserDefinedFunction probability = udf((UDF1<Integer, Double>) p -> probabilities.value().get(p),
                DataTypes.DoubleType);
        Dataset<Row> matches = compared
                .select(col("left"), col("right"), probability.apply(col("pattern")).as("probability"))
                .filter(col("probability").geq(threshold))
                .persist(StorageLevel.MEMORY_AND_DISK());

        LOG.info("spark resolution: fitted ms={}", (System.nanoTime() - started) / 1_000_000);
        Components components = components(matches);
        LOG.info("spark resolution: identities ms={}", (System.nanoTime() - started) / 1_000_000);
        SparkResolution resolution = new SparkResolution(records, compared, matches, components.labels(), probabilities,
                counts, model, scorer, added, skipped, components.rounds(), threshold);
        LOG.info("spark resolution: records={} candidate_pairs={} patterns={} matches={} identity_rounds={}",
                records.count(), counts.total(), counts.distinct(), matches.count(), components.rounds());
        return resolution;
    }

    /** The records with an index in id order (UTF-16 big-endian bytes sort as Java compares strings). */
    private static Dataset<Row> index(Dataset<Row> records) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("idx"));
        PersonRows.COLUMNS.forEach(c -> columns.add(col(c)));
        return records.orderBy(encode(col("id"), "UTF-16BE"))
                .withColumn("idx", monotonically_increasing_id())
                .select(columns.toArray(Column[]::new));
    }

    private static void checkIds(Dataset<Row> records) {
        List<Row> bad = records.groupBy("id").count().filter(col("id").isNull().or(col("count").gt(1))).limit(1)
                .collectAsList();
        if (!bad.isEmpty()) {
            Row r = bad.get(0);
            throw new UserInputException(r.isNullAt(0) ? "a person record has no id"
                    : "person record id '" + r.getString(0) + "' occurs " + r.getLong(1) + " times; ids must be unique");
        }
    }

    /** The entries of a record ({@code idx} and {@link PersonRows#COLUMNS}): (key, value, idx, columns…) per key it has. */
    private static java.util.Iterator<Row> entries(Row row) {
        PersonRecord record = PersonRows.record(row, 1);
        List<Row> out = new ArrayList<>(KEYS.size());
        for (int k = 0; k < KEYS.size(); k++) {
            String value = KEYS.get(k).of(record);
            if (!value.isEmpty()) {
                Object[] fields = new Object[ENTRY.size()];
                fields[0] = k;
                fields[1] = value;
                for (int c = 0; c < row.size(); c++) {
                    fields[c + 2] = row.get(c);
                }
                out.add(org.apache.spark.sql.RowFactory.create(fields));
            }
        }
        return out.iterator();
    }

    /**
     * Every pair of one block's members compared, the lower index on the left: (left, right, key, pattern).
     * The members' feature values are worked out once for the block ({@link ComparisonPattern.Prepared}).
     */
    private static java.util.Iterator<Tuple4<Long, Long, Integer, Integer>> comparePairs(Row block) {
        int key = block.getInt(0);
        List<Row> members = block.getList(2);
        long[] idx = new long[members.size()];
        List<PersonRecord> records = new ArrayList<>(idx.length);
        for (int i = 0; i < idx.length; i++) {
            idx[i] = members.get(i).getLong(0);
            records.add(PersonRows.record(members.get(i), 1));
        }
        ComparisonPattern.Prepared prepared = new ComparisonPattern.Prepared(records);
        List<Tuple4<Long, Long, Integer, Integer>> out = new ArrayList<>(idx.length * (idx.length - 1) / 2);
        for (int i = 0; i < idx.length; i++) {
            for (int j = i + 1; j < idx.length; j++) {
                int l = idx[i] < idx[j] ? i : j;
                int r = l == i ? j : i;
                out.add(new Tuple4<>(idx[l], idx[r], key, prepared.of(l, r)));
            }
        }
        return out.iterator();
    }

    /** A (key index, count) frame as counts per key name, in key order, absent keys at {@code zero}. */
    private static Map<String, Long> perKey(Dataset<Row> counts, long zero) {
        Map<Integer, Long> byIndex = new HashMap<>();
        for (Row r : counts.collectAsList()) {
            byIndex.put(r.getInt(0), r.getLong(1));
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int k = 0; k < KEY_NAMES.size(); k++) {
            out.put(KEY_NAMES.get(k), byIndex.getOrDefault(k, zero));
        }
        return out;
    }

    record Components(Dataset<Row> labels, int rounds) {
    }

    /**
     * The connected components of the matched pairs, as (idx, label): the smallest index in its component,
     * for every record in a pair. Each round a record takes the smallest label among its own and its
     * neighbours' (propagation), then the label of its label (pointer jumping, which halves long chains);
     * labels only fall and always name a record of the component, so when a round changes nothing each
     * component carries its smallest index. Identity clusters are small, so this ends in a few rounds.
     */
    static Components components(Dataset<Row> matches) {
        Dataset<Row> edges = matches.select(col("left").as("src"), col("right").as("dst"))
                .union(matches.select(col("right").as("src"), col("left").as("dst")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> labels = edges.groupBy("src").agg(least(col("src"), min("dst")).as("label"))
                .withColumnRenamed("src", "v").localCheckpoint();
        int rounds = 1;
        while (true) {
            Dataset<Row> offered = edges.join(labels, edges.col("src").equalTo(labels.col("v")))
                    .select(col("dst").as("v"), col("label"));
            Dataset<Row> propagated = offered.union(labels.select("v", "label")).groupBy("v").agg(min("label").as("label"));
            Dataset<Row> p = propagated.as("p");
            Dataset<Row> q = propagated.select(col("v").as("q_v"), col("label").as("q_label"));
            // Checkpointed lazily: the count below computes and keeps it, one job a round, and the plan of
            // the next round starts from it instead of growing with every round.
            Dataset<Row> next = p.join(q, col("label").equalTo(col("q_v")))
                    .select(col("v"), col("q_label").as("label")).localCheckpoint(false);
            rounds++;
            long changed = next.join(labels.select(col("v").as("o_v"), col("label").as("o_label")),
                    col("v").equalTo(col("o_v"))).filter(col("label").notEqual(col("o_label"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        edges.unpersist();
        return new Components(labels, rounds);
    }

    /** The records as indexed: {@code idx} (in id order) and the {@link PersonRows#COLUMNS}. */
    public Dataset<Row> records() {
        return records;
    }

    /** Every candidate pair as {@code left, right} (record indexes, left &lt; right), its first {@code key} and its {@code pattern}. */
    public Dataset<Row> comparedPairs() {
        return compared;
    }

    /** The pairs at or above the threshold: {@code left, right, probability} (record indexes). */
    public Dataset<Row> matchedPairs() {
        return matches;
    }

    /** {@code left_id, right_id}: every candidate pair by record id, left the lower in id order. */
    public Dataset<Row> candidates() {
        return byIds(compared.select("left", "right"));
    }

    /** {@code left_id, right_id, probability}: the matches by record id, left the lower in id order. */
    public Dataset<Row> matches() {
        return byIds(matches);
    }

    private Dataset<Row> byIds(Dataset<Row> pairs) {
        Dataset<Row> ids = records.select("idx", "id");
        List<Column> out = new ArrayList<>(List.of(col("left_id"), col("right_id")));
        for (String c : pairs.columns()) {
            if (!c.equals("left") && !c.equals("right")) {
                out.add(col(c));
            }
        }
        return pairs.join(ids.select(col("idx").as("left"), col("id").as("left_id")), "left")
                .join(ids.select(col("idx").as("right"), col("id").as("right_id")), "right")
                .select(out.toArray(Column[]::new));
    }

    /**
     * {@code id, identity} for every record: the identity is the id of the identity's first record in id
     * order, so a record matched with nothing is its own identity.
     */
    public Dataset<Row> identities() {
        Dataset<Row> ids = records.select("idx", "id");
        return ids.join(labels, ids.col("idx").equalTo(labels.col("v")), "left")
                .select(col("id"), coalesce(col("label"), col("idx")).as("first"))
                .join(ids.select(col("idx").as("first"), col("id").as("identity")), "first")
                .select("id", "identity");
    }

    /** {@code pattern, count, weight, probability, levels}: what the model was fitted on and what it made of it. */
    public Dataset<Row> patterns(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < patternCounts.distinct(); i++) {
            int p = patternCounts.pattern(i);
            rows.add(org.apache.spark.sql.RowFactory.create(p, patternCounts.count(i), scorer.weight(p),
                    scorer.probability(p), java.util.Arrays.toString(ComparisonPattern.levels(p))));
        }
        return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
                .add("pattern", DataTypes.IntegerType, false).add("count", DataTypes.LongType, false)
                .add("weight", DataTypes.DoubleType, false).add("probability", DataTypes.DoubleType, false)
                .add("levels", DataTypes.StringType, false));
    }

    /** Writes {@code identities/}, {@code matches/} and {@code patterns/} under {@code dir}, as Parquet or CSV (with header). */
    public void write(String dir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("csv")) {
            throw new UserInputException("output format '" + format + "' is not one of [parquet, csv]");
        }
        String base = dir.replaceAll("/+$", "");
        save(identities(), base + "/identities", f);
        save(matches(), base + "/matches", f);
        save(patterns(records.sparkSession()).coalesce(1), base + "/patterns", f);
    }

    private static void save(Dataset<Row> frame, String path, String format) {
        var writer = frame.write().mode(SaveMode.Overwrite).format(format);
        if (format.equals("csv")) {
            writer = writer.option("header", "true").option("escape", "\"");
        }
        writer.save(path);
    }

    public PatternCounts patternCounts() {
        return patternCounts;
    }

    public FellegiSunter model() {
        return model;
    }

    public PairScorer scorer() {
        return scorer;
    }

    /** Pairs each key added that earlier keys had not, in key order. */
    public Map<String, Long> pairsPerKey() {
        return Collections.unmodifiableMap(pairsPerKey);
    }

    /** Blocks each key skipped as larger than the limit, in key order. */
    public Map<String, Integer> skippedBlocks() {
        return Collections.unmodifiableMap(skippedBlocks);
    }

    /** Rounds the connected components took. */
    public int componentRounds() {
        return componentRounds;
    }

    public double threshold() {
        return threshold;
    }

    /** Releases what the run keeps cached on the cluster. */
    @Override
    public void close() {
        matches.unpersist();
        compared.unpersist();
        records.unpersist();
        probabilities.unpersist();
    }
}
