package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * An undirected edge list as Spark rows {@code source, target, weight} (strings, strings, double), read from
 * CSV with the header {@code source,target[,weight]} (the layout {@code EdgeListReader} reads on one machine;
 * {@code #} lines are comments, fields are trimmed) or from Parquet with those columns. A missing weight
 * column means weight 1. Pairs listed twice and self-loops are left as they are here: {@link SparkGraphMetrics}
 * merges and drops them as {@code GraphBuilder} does.
 */
public final class EdgeRows {
    public static final List<String> FORMATS = List.of("parquet", "csv");

    private EdgeRows() {
    }

    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        DataFrameReader reader = spark.read().format(f);
        switch (f) {
            case "csv" -> reader.option("header", "true").option("comment", "#").option("mode", "FAILFAST")
                    .option("ignoreLeadingWhiteSpace", "true").option("ignoreTrailingWhiteSpace", "true");
            case "parquet" -> { }
            default -> throw new UserInputException("edge list format '" + format + "' is not one of " + FORMATS);
        }
        return select(reader.load(path), path);
    }

    /** The format a path's extension names: .csv, else Parquet. */
    public static String formatOf(String path) {
        return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".csv") ? "csv" : "parquet";
    }

    /** {@code source, target, weight} of any frame that has source and target (and maybe weight) columns, any case. */
    public static Dataset<Row> select(Dataset<Row> frame, String name) {
        String source = column(frame, "source");
        String target = column(frame, "target");
        String weight = column(frame, "weight");
        if (source == null || target == null) {
            throw new UserInputException(name + ": an edge list needs the columns source and target (and may have"
                    + " weight); found " + Arrays.toString(frame.columns()));
        }
        return frame.select(trim(col(source).cast(DataTypes.StringType)).as("source"),
                trim(col(target).cast(DataTypes.StringType)).as("target"),
                (weight == null ? lit(1.0) : col(weight).cast(DataTypes.DoubleType)).as("weight"));
    }

    private static String column(Dataset<Row> frame, String name) {
        for (String c : frame.columns()) {
            if (c.strip().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }
}
