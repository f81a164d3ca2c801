package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The data rows of a CSV or TSV file after its header, read one ahead: that is how the last row is recognised
 * as cut off (fewer cells than the header, and no newline at the end of the file). Broken CSV (an unclosed
 * quote) ends the rows with one unreadable record that says nothing after it could be read. Shared by the
 * mapped reader and the statement-file reader, which differ only in how a row becomes a record.
 */
final class CsvDataRows {
    /** How one row of cells becomes a record. */
    @FunctionalInterface
    interface RowMapping {
        SourceRecord map(long line, List<String> cells, String raw);
    }

    private final CsvParser parser;
    private final char delimiter;
    private final boolean endsWithNewline;
    private Optional<CsvRows.Row> ahead;
    private Optional<SourceRecord.Unreadable> broken = Optional.empty();

    /** @param parser positioned after the header row */
    CsvDataRows(CsvParser parser, char delimiter, boolean endsWithNewline) {
        this.parser = parser;
        this.delimiter = delimiter;
        this.endsWithNewline = endsWithNewline;
        this.ahead = fetch();
    }

    /** The next record, mapped from a row the header says has {@code width} cells; empty at the end. */
    Optional<SourceRecord> next(int width, RowMapping mapping) {
        while (ahead.isPresent()) {
            CsvRows.Row row = ahead.get();
            ahead = fetch();
            if (row.isBlank()) {
                continue;
            }
            String raw = CsvRows.format(row.cells(), delimiter);
            boolean last = ahead.isEmpty() && broken.isEmpty();
            if (last && !endsWithNewline && row.cells().size() < width) {
                return Optional.of(new SourceRecord.Unreadable(row.line(), raw, "truncated record at end of file (row has "
                        + row.cells().size() + " of " + width + " columns)"));
            }
            return Optional.of(mapping.map(row.line(), row.cells(), raw));
        }
        Optional<SourceRecord> error = broken.map(SourceRecord.class::cast);
        broken = Optional.empty();
        return error;
    }

    private Optional<CsvRows.Row> fetch() {
        if (broken.isPresent()) {
            return Optional.empty();
        }
        try {
            return CsvRows.next(parser);
        } catch (CsvRows.BrokenCsvException e) {
            String reason = (!endsWithNewline ? "truncated record at end of file: " : "unreadable CSV: ")
                    + e.getMessage() + "; nothing after this point could be read";
            broken = Optional.of(new SourceRecord.Unreadable(e.line, CsvRows.format(e.cells, delimiter), reason));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
