package nl.gedeeldbeeld.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.PersonRecord;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Person records as Spark rows: one string column per {@link PersonRecord} component, named as the
 * component ({@code id, givenName, surname, birthDate, streetNumber, street, locality, postcode,
 * identifier}). A row becomes a record on the executor through the record's own constructor, so values
 * are folded exactly as in the single-machine run; an absent value (null) is an empty string there too.
 */
public final class PersonRows {
    /** The columns, in {@link PersonRecord} component order. */
    public static final List<String> COLUMNS = List.of("id", "givenName", "surname", "birthDate", "streetNumber",
            "street", "locality", "postcode", "identifier");
    /** The formats {@link #read} takes. */
    public static final List<String> FORMATS = List.of("parquet", "csv", "json");

    public static final StructType SCHEMA = new StructType(COLUMNS.stream()
            .map(c -> new StructField(c, DataTypes.StringType, !c.equals("id"), org.apache.spark.sql.types.Metadata.empty()))
            .toArray(StructField[]::new));

    private PersonRows() {
    }

    /** The record in a row (or struct) whose first nine fields are {@link #COLUMNS}, from {@code offset} on. */
    public static PersonRecord record(Row row, int offset) {
        return new PersonRecord(row.getString(offset), row.getString(offset + 1), row.getString(offset + 2),
                row.getString(offset + 3), row.getString(offset + 4), row.getString(offset + 5), row.getString(offset + 6),
                row.getString(offset + 7), row.getString(offset + 8));
    }

    public static Row row(PersonRecord r) {
        return RowFactory.create(r.id(), r.givenName(), r.surname(), r.birthDate(), r.streetNumber(), r.street(),
                r.locality(), r.postcode(), r.identifier());
    }

    /** Records held by the driver as a Dataset (tests, comparisons); a real run {@link #read}s them. */
    public static Dataset<Row> of(SparkSession spark, List<PersonRecord> records) {
        List<Row> rows = new ArrayList<>(records.size());
        records.forEach(r -> rows.add(row(r)));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Reads person records: Parquet, CSV with a header row (RFC 4180 quoting) or JSON lines, each with at
     * least the {@link #COLUMNS} (more are ignored; any type is read as its string form).
     */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        DataFrameReader reader = spark.read().format(f);
        switch (f) {
            case "csv" -> reader.option("header", "true").option("escape", "\"").option("mode", "FAILFAST");
            case "json" -> reader.option("primitivesAsString", "true").option("mode", "FAILFAST");
            case "parquet" -> { }
            default -> throw new UserInputException("input format '" + format + "' is not one of " + FORMATS);
        }
        return select(reader.load(path));
    }

    /** The format a path's extension names: .csv, .json / .jsonl / .ndjson, else Parquet. */
    public static String formatOf(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (p.endsWith(".csv")) {
            return "csv";
        }
        if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
            return "json";
        }
        return "parquet";
    }

    /** The {@link #COLUMNS} of any frame that has them, as strings, in order. */
    public static Dataset<Row> select(Dataset<Row> frame) {
        List<String> present = Arrays.asList(frame.columns());
        List<String> missing = COLUMNS.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new UserInputException("person records lack the column(s) " + missing + "; found " + present);
        }
        Column[] columns = COLUMNS.stream().map(c -> c.equals("id")
                ? col(c).cast(DataTypes.StringType).as(c)
                : coalesce(col(c).cast(DataTypes.StringType), lit("")).as(c)).toArray(Column[]::new);
        return frame.select(columns);
    }
}
