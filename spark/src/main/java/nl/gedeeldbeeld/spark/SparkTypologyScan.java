package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.OffsettingFlowDetector;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.money.TypologyDetector;
import nl.gedeeldbeeld.analytics.money.TypologyScan;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money-flow typology scan of {@code analytics.money} on Spark, with the alerts of
 * {@link TypologyScan#withDefaults()} on one machine. How the transactions are cut so that every detector
 * sees all it needs:
 * <ul>
 *   <li><b>Eight detectors are local</b> (fan-in, fan-out, cycle, scatter-gather, gather-scatter, layering
 *       chain, structuring, pass-through): a finding is a set of transactions linked through the accounts
 *       it names, and a detector reads only the time-sorted rows of accounts it reached by following
 *       transactions. So every finding lies in one weakly connected component of the transaction graph, and
 *       the merging of findings and the preference for specific typologies only relate alerts that share an
 *       account. The transactions are therefore grouped by component (min-label propagation over the
 *       transfers, as the resolution job finds identities), components are hashed to tasks, and each task
 *       runs {@link TypologyScan} with the eight detectors on the graph of its components, the rows added
 *       in input order. A component is never split: the largest one sets the longest task (the medium
 *       world's figures are in docs/benchmarks.md). Splitting a giant component with a halo of neighbours is
 *       not exact for these detectors: a layering chain reaches 12 hops and a cycle 6, so a 2-hop halo misses
 *       findings, and a halo wide enough is most of the component.</li>
 *   <li><b>Cash deposits</b> come from a {@code cash:<depositor>} node that only pays. No detector centres on
 *       a cash node or walks through one (it has no incoming transactions), so a deposit belongs to its
 *       receiving account's component, and a depositor who feeds several components is copied into each:
 *       the pooled {@code cash:unknown} would otherwise glue unrelated accounts together.</li>
 *   <li><b>Offsetting (underground banking) is not local</b>: its two accounts by definition exchange
 *       nothing, and whether a payment is a mirror leg depends on all domestic payments of about that amount
 *       and day. It runs in one task on the transactions it can use: every domestic payment from the
 *       detector's amount floor (less its tolerance) between accounts of a known jurisdiction, plus every
 *       transfer between two accounts that take part in such payments (the "no transfer between the two"
 *       check). Each account keeps the jurisdiction the whole input gives it (the last non-blank one).</li>
 * </ul>
 * The task's graph is built by {@link TransactionRows#graph} from its rows in input order, so accounts and
 * transactions are numbered in the same relative order as on one machine and the detectors report the
 * same findings in the same order. The default thresholds of each detector are used.
 */
public final class SparkTypologyScan {
    private static final Logger LOG = LoggerFactory.getLogger(SparkTypologyScan.class);
    /** One row per alert ({@code kind = alert}) or per task and typology with its counts ({@code kind = tally}). */
    static final StructType OUT = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("typology", DataTypes.StringType, false)
            .add("rule", DataTypes.StringType, true)
            .add("figure_names", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("figure_values", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("figure_kinds", DataTypes.StringType, true)
            .add("accounts", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("transactions", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("occurrences", DataTypes.IntegerType, false)
            .add("findings", DataTypes.IntegerType, false)
            .add("subsumed", DataTypes.IntegerType, false);

    private final Dataset<Row> alerts;
    private final Map<Typology, Integer> findings;
    private final Map<Typology, Integer> subsumed;
    private final long components;
    private final long largestComponent;
    private final long offsettingInput;
    private final Map<String, Double> seconds;

    private SparkTypologyScan(Dataset<Row> alerts, Map<Typology, Integer> findings, Map<Typology, Integer> subsumed,
            long components, long largestComponent, long offsettingInput, Map<String, Double> seconds) {
        this.alerts = alerts;
        this.findings = Collections.unmodifiableMap(new EnumMap<>(findings));
        this.subsumed = Collections.unmodifiableMap(new EnumMap<>(subsumed));
        this.components = components;
        this.largestComponent = largestComponent;
        this.offsettingInput = offsettingInput;
        this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /**
     * Scans transactions in {@link TransactionRows#COLUMNS} (as {@link TransactionRows#read} gives them), in
     * their order as read, spreading the components over {@code tasks} tasks (0: four per core).
     */
    public static SparkTypologyScan run(Dataset<Row> transactions, int tasks) {
        SparkSession spark = transactions.sparkSession();
        int buckets = tasks > 0 ? tasks : 4 * Math.max(1, spark.sparkContext().defaultParallelism());
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        Column[] columns = TransactionRows.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
        // Numbered once and kept: the number is the input order every task adds its rows in.
        Dataset<Row> numbered = transactions.select(columns).withColumn("seq", monotonically_increasing_id())
                .localCheckpoint();
        check(numbered);

        Dataset<Row> accounts = numbered.filter(not(col("cash"))).select(col("from").as("label"))
                .union(numbered.select(col("to").as("label"))).distinct()
                .withColumn("aid", monotonically_increasing_id()).localCheckpoint();
        Dataset<Row> transfers = numbered.filter(not(col("cash")))
                .join(accounts.select(col("label").as("from"), col("aid").as("left")), "from")
                .join(accounts.select(col("label").as("to"), col("aid").as("right")), "to")
                .filter(col("left").notEqual(col("right"))).select("left", "right");
        // Through an RDD with nullable columns: the component search's self-joins hit a Catalyst filter-inference
        // bug on plans with non-null columns (see SparkGraphMetrics.edgeFrame).
        Dataset<Row> edges = spark.createDataFrame(transfers.javaRDD(), new StructType()
                .add("left", DataTypes.LongType).add("right", DataTypes.LongType));
        SparkResolution.Components found = SparkResolution.components(edges);
        Dataset<Row> componentOf = accounts.select(col("label").as("to"), col("aid"))
                .join(found.labels(), col("aid").equalTo(col("v")), "left")
                .select(col("to"), coalesce(col("label"), col("aid")).as("component"));
        Dataset<Row> placed = numbered.join(componentOf, "to").persist(StorageLevel.MEMORY_AND_DISK());
        Row sizes = placed.groupBy("component").count().agg(org.apache.spark.sql.functions.count(lit(1)), max("count"))
                .first();
        long componentCount = sizes.getLong(0);
        long largest = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
        seconds.put("components", since(t));

        t = System.nanoTime();
        Column[] rowColumns = TransactionRows.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
        Dataset<Row> local = placed.repartition(buckets, col("component")).sortWithinPartitions("seq").select(rowColumns)
                .mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) rows -> scan(rows, false),
                        Encoders.row(OUT));

        Dataset<Row> mentions = numbered.filter(not(col("cash"))).select(col("from").as("label"),
                        col("from_jurisdiction").as("j"), col("seq").multiply(2).as("pos"))
                .union(numbered.select(col("to").as("label"), col("to_jurisdiction").as("j"),
                        col("seq").multiply(2).plus(1).as("pos")))
                .filter(NOT_BLANK.apply(col("j")));
        Dataset<Row> places = mentions.groupBy("label").agg(max_by(col("j"), col("pos")).as("j"))
                .withColumn("place", NORMALISED.apply(col("j")));
        Dataset<Row> priced = numbered.filter(not(col("cash")))
                .join(places.select(col("label").as("from"), col("j").as("fj"), col("place").as("fp")), new String[] {"from"},
                        "left")
                .join(places.select(col("label").as("to"), col("j").as("tj"), col("place").as("tp")), new String[] {"to"}, "left");
        double floor = OffsettingFlowDetector.DEFAULT_MIN_CENTS * (1 - OffsettingFlowDetector.DEFAULT_TOLERANCE);
        Dataset<Row> legs = priced.filter(col("fp").isNotNull().and(col("fp").equalTo(col("tp")))
                .and(col("cents").cast(DataTypes.DoubleType).geq(lit(floor))));
        Dataset<Row> involved = legs.select(col("from").as("label")).union(legs.select(col("to").as("label"))).distinct();
        Dataset<Row> offsettingRows = priced
                .join(involved.select(col("label").as("from")), new String[] {"from"}, "left_semi")
                .join(involved.select(col("label").as("to")), new String[] {"to"}, "left_semi")
                .select(col("id"), col("from"), col("to"), col("cents"), col("tick"), col("cash"), col("fj").as("from_jurisdiction"),
                        col("tj").as("to_jurisdiction"), col("seq"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long offsettingInput = offsettingRows.count();
        Dataset<Row> offsetting = offsettingRows.repartition(1).sortWithinPartitions("seq").select(rowColumns)
                .mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) rows -> scan(rows, true),
                        Encoders.row(OUT));

        Dataset<Row> out = local.union(offsetting).persist(StorageLevel.MEMORY_AND_DISK());
        Map<Typology, Integer> findings = new EnumMap<>(Typology.class);
        Map<Typology, Integer> subsumed = new EnumMap<>(Typology.class);
        for (Row r : out.filter(col("kind").equalTo("tally")).groupBy("typology")
                .agg(sum("findings"), sum("subsumed")).collectAsList()) {
            Typology typology = Typology.byLabel(r.getString(0)).orElseThrow();
            findings.put(typology, (int) r.getLong(1));
            if (r.getLong(2) > 0) {
                subsumed.put(typology, (int) r.getLong(2));
            }
        }
        for (TypologyDetector d : TypologyScan.defaultDetectors()) {
            findings.putIfAbsent(d.typology(), 0);
        }
        Dataset<Row> alertRows = out.filter(col("kind").equalTo("alert")).drop("kind", "findings", "subsumed");
        long alertCount = alertRows.count();
        placed.unpersist();
        offsettingRows.unpersist();
        seconds.put("scan", since(t));
        LOG.info("spark typology scan: components={} largest_component_transactions={} offsetting_input={} alerts={}"
                + " seconds={}", componentCount, largest, offsettingInput, alertCount, seconds);
        return new SparkTypologyScan(alertRows, findings, subsumed, componentCount, largest, offsettingInput, seconds);
    }

    private static final UserDefinedFunction NOT_BLANK = udf((UDF1<String, Boolean>) s -> s != null && !s.isBlank(),
            DataTypes.BooleanType);
    private static final UserDefinedFunction NORMALISED = udf(
            (UDF1<String, String>) s -> s == null ? null : s.strip().toLowerCase(Locale.ROOT), DataTypes.StringType);

    private static void check(Dataset<Row> numbered) {
        Column noId = col("id").isNull();
        Column noTo = col("to").isNull().or(col("to").equalTo(""));
        Column noFrom = not(col("cash")).and(col("from").isNull().or(col("from").equalTo("")));
        Column badAmount = col("cents").isNull().or(col("cents").leq(0));
        Column noTick = col("tick").isNull();
        Column reserved = col("to").startsWith("cash:").or(not(col("cash")).and(col("from").startsWith("cash:")));
        List<Row> bad = numbered.filter(noId.or(noTo).or(noFrom).or(badAmount).or(noTick).or(reserved)).limit(1)
                .collectAsList();
        if (!bad.isEmpty()) {
            Row r = bad.get(0);
            String what = r.isNullAt(0) ? "a transaction has no id"
                    : "transaction '" + r.getString(0) + "': " + (r.isNullAt(2) || r.getString(2).isEmpty() ? "no receiving account (to)"
                    : r.isNullAt(3) || r.getLong(3) <= 0 ? "the amount in cents must be positive, was " + r.get(3)
                    : r.isNullAt(4) ? "no tick (time)"
                    : r.getString(2).startsWith("cash:") || !r.getBoolean(5) && r.getString(1) != null
                            && r.getString(1).startsWith("cash:") ? "account labels starting with 'cash:' are reserved for"
                            + " cash deposit sources (use the cash column)"
                    : "no paying account (from); a cash deposit needs cash=true");
            throw new UserInputException(what);
        }
    }

    /** Scans one task's transactions (rows in {@link TransactionRows#COLUMNS} order, in input order). */
    static Iterator<Row> scan(Iterator<Row> rows, boolean offsetting) {
        List<TransactionRows.Transaction> list = new ArrayList<>();
        rows.forEachRemaining(r -> list.add(TransactionRows.Transaction.of(r)));
        if (list.isEmpty()) {
            return Collections.emptyIterator();
        }
        TransactionGraph graph = TransactionRows.graph(list);
        TypologyScan.Result result = new TypologyScan(detectors(offsetting), 1, true).scan(graph);
        List<Row> out = new ArrayList<>();
        for (Alert a : result.alerts()) {
            out.add(row(a));
        }
        for (Map.Entry<Typology, Integer> e : result.findings().entrySet()) {
            out.add(RowFactory.create("tally", e.getKey().label(), null, null, null, null, null, null, 0, e.getValue(),
                    result.subsumed().getOrDefault(e.getKey(), 0)));
        }
        return out.iterator();
    }

    /** The default detectors that are local (offsetting false) or the offsetting one (true). */
    static List<TypologyDetector> detectors(boolean offsetting) {
        return TypologyScan.defaultDetectors().stream().filter(d -> (d.typology() == Typology.OFFSETTING) == offsetting)
                .toList();
    }

    /** An alert as a row; figures keep their Java type (i, l or d per figure) so {@link #alert} restores it exactly. */
    static Row row(Alert a) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        a.figures().forEach((name, value) -> {
            names.add(name);
            values.add(value.toString());
            kinds.append(value instanceof Integer ? 'i' : value instanceof Long ? 'l' : 'd');
        });
        return RowFactory.create("alert", a.typology().label(), a.rule(), scalaList(names), scalaList(values),
                kinds.toString(), scalaList(a.accounts()), scalaList(a.transactions()), a.occurrences(), 0, 0);
    }

    private static scala.collection.immutable.Seq<String> scalaList(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    /** The alert in a row of {@link #alerts()}. */
    public static Alert alert(Row r) {
        List<String> names = r.getList(r.fieldIndex("figure_names"));
        List<String> values = r.getList(r.fieldIndex("figure_values"));
        String kinds = r.getString(r.fieldIndex("figure_kinds"));
        Map<String, Number> figures = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(i);
            figures.put(names.get(i), switch (kinds.charAt(i)) {
                case 'i' -> Integer.valueOf(v);
                case 'l' -> Long.valueOf(v);
                default -> Double.valueOf(v);
            });
        }
        return new Alert(Typology.byLabel(r.getString(r.fieldIndex("typology"))).orElseThrow(),
                r.getString(r.fieldIndex("rule")), figures, r.getList(r.fieldIndex("accounts")),
                r.getList(r.fieldIndex("transactions")), ((Number) r.get(r.fieldIndex("occurrences"))).intValue());
    }

    private static double since(long t) {
        return (System.nanoTime() - t) / 1e9;
    }

    /**
     * One row per alert: {@code typology, rule, figure_names, figure_values, figure_kinds, accounts,
     * transactions, occurrences}; the centre of a fan, structuring or pass-through alert is its first account.
     */
    public Dataset<Row> alerts() {
        return alerts;
    }

    /** The alerts, collected to the driver. */
    public List<Alert> collectAlerts() {
        return alerts.collectAsList().stream().map(SparkTypologyScan::alert).toList();
    }

    /** Raw findings per typology before merging, summed over the tasks (as {@link TypologyScan.Result#findings}). */
    public Map<Typology, Integer> findings() {
        return findings;
    }

    /** Alerts per typology dropped for a more specific one (as {@link TypologyScan.Result#subsumed}). */
    public Map<Typology, Integer> subsumed() {
        return subsumed;
    }

    /** Weakly connected components of the transfers (cash deposits join their receiver's component). */
    public long components() {
        return components;
    }

    /** Transactions in the largest component: the largest task's share of the local detectors' work. */
    public long largestComponent() {
        return largestComponent;
    }

    /** Transactions the offsetting detector's single task read. */
    public long offsettingInput() {
        return offsettingInput;
    }

    /** Seconds per step: components, scan. */
    public Map<String, Double> seconds() {
        return seconds;
    }

    /** Writes the alerts to {@code dir} as JSON lines ({@code json}) or Parquet. */
    public void write(String dir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("json")) {
            throw new UserInputException("output format '" + format + "' is not one of [parquet, json]");
        }
        alerts.write().mode(SaveMode.Overwrite).format(f).save(dir);
    }
}
