package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TransactionGraphBuilder;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Transactions as Spark rows, and the one way both the single-machine reference and every Spark task turn
 * rows into a {@link TransactionGraph} ({@link #graph}). Columns:
 *
 * <table>
 *   <tr><td>{@code id}</td><td>the transaction's id (required: alerts name transactions by it)</td></tr>
 *   <tr><td>{@code from}</td><td>the paying account; for a cash deposit the depositor (may be empty)</td></tr>
 *   <tr><td>{@code to}</td><td>the receiving account</td></tr>
 *   <tr><td>{@code cents}</td><td>the amount in euro cents, positive</td></tr>
 *   <tr><td>{@code tick}</td><td>the time in ticks (days since 1970-01-01 for the world)</td></tr>
 *   <tr><td>{@code cash}</td><td>optional, true for a cash deposit (empty or absent: false; Spark's boolean
 *       cast reads true/false, t/f, yes/no, y/n, 1/0)</td></tr>
 *   <tr><td>{@code from_jurisdiction}, {@code to_jurisdiction}</td><td>optional country codes of the accounts</td></tr>
 * </table>
 *
 * The graph adds the rows in the order given; an account's jurisdiction is the last non-blank one given
 * for it, as {@link TransactionGraphBuilder} keeps it. Labels starting with {@code cash:} are the builder's
 * cash source nodes and may not be used as accounts.
 */
public final class TransactionRows {
    public static final List<String> COLUMNS = List.of("id", "from", "to", "cents", "tick", "cash", "from_jurisdiction",
            "to_jurisdiction");
    public static final List<String> FORMATS = List.of("parquet", "csv");

    private TransactionRows() {
    }

    /** One transaction, as read; {@code fromJurisdiction} and {@code toJurisdiction} may be null. */
    public record Transaction(String id, String from, String to, long cents, int tick, boolean cash,
                              String fromJurisdiction, String toJurisdiction) implements Serializable {
        /** From a row in {@link #COLUMNS} order. */
        public static Transaction of(Row r) {
            return new Transaction(r.getString(0), r.isNullAt(1) ? "" : r.getString(1), r.getString(2), r.getLong(3),
                    r.getInt(4), !r.isNullAt(5) && r.getBoolean(5), r.isNullAt(6) ? null : r.getString(6),
                    r.isNullAt(7) ? null : r.getString(7));
        }
    }

    /** The graph of these transactions, added in this order (see the class comment). */
    public static TransactionGraph graph(Iterable<Transaction> transactions) {
        TransactionGraphBuilder builder = new TransactionGraphBuilder();
        for (Transaction t : transactions) {
            if (t.cash()) {
                builder.account(t.to(), t.toJurisdiction());
                builder.cashDeposit(t.id(), Optional.of(t.from()), t.to(), t.cents(), t.tick());
            } else {
                int from = builder.account(t.from(), t.fromJurisdiction());
                int to = builder.account(t.to(), t.toJurisdiction());
                builder.transfer(t.id(), from, to, t.cents(), t.tick(), (byte) 0);
            }
        }
        return builder.build();
    }

    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        DataFrameReader reader = spark.read().format(f);
        switch (f) {
            case "csv" -> reader.option("header", "true").option("escape", "\"").option("mode", "FAILFAST");
            case "parquet" -> { }
            default -> throw new UserInputException("transaction format '" + format + "' is not one of " + FORMATS);
        }
        return select(reader.load(path), path);
    }

    public static String formatOf(String path) {
        return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".csv") ? "csv" : "parquet";
    }

    /** The {@link #COLUMNS} of a frame, typed; {@code cash} and the jurisdictions may be absent. */
    public static Dataset<Row> select(Dataset<Row> frame, String name) {
        List<String> present = Arrays.asList(frame.columns());
        List<String> missing = List.of("id", "from", "to", "cents", "tick").stream().filter(c -> !present.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new UserInputException(name + ": transactions lack the column(s) " + missing + "; found " + present);
        }
        Column[] columns = {col("id").cast(DataTypes.StringType).as("id"), col("from").cast(DataTypes.StringType).as("from"),
                col("to").cast(DataTypes.StringType).as("to"), col("cents").cast(DataTypes.LongType).as("cents"),
                col("tick").cast(DataTypes.IntegerType).as("tick"),
                (present.contains("cash") ? coalesce(col("cash").cast(DataTypes.BooleanType), lit(false)) : lit(false)).as("cash"),
                (present.contains("from_jurisdiction") ? col("from_jurisdiction").cast(DataTypes.StringType)
                        : lit(null).cast(DataTypes.StringType)).as("from_jurisdiction"),
                (present.contains("to_jurisdiction") ? col("to_jurisdiction").cast(DataTypes.StringType)
                        : lit(null).cast(DataTypes.StringType)).as("to_jurisdiction")};
        return frame.select(columns);
    }
}
