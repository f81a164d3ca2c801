package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Row-level CSV plumbing shared by the reader and quarantine retry: opening Jackson's streaming CSV
 * parser without a schema (the header is handled by the mapping), reading one row with the line it
 * starts on, and writing a row back as text for the quarantine.
 */
final class CsvRows {
    private static final CsvFactory FACTORY = new CsvFactory();

    /** A row and the line where it starts; a quoted cell may continue on the lines after it. */
    record Row(long line, List<String> cells) {
        boolean isBlank() {
            return cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank());
        }
    }

    private CsvRows() {
    }

    static CsvParser open(Reader reader, char delimiter) {
        try {
            CsvParser parser = FACTORY.createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            // Rows come as arrays, each cell a string, whatever the header says.
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("CSV parser did not open its row array");
            }
            return parser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV that cannot be parsed from some point on (an unbalanced quote swallows the rest of the file). */
    static final class BrokenCsvException extends IOException {
        final long line;
        final List<String> cells;

        BrokenCsvException(long line, List<String> cells, String message) {
            super(message);
            this.line = line;
            this.cells = List.copyOf(cells);
        }
    }

    /** The next row, or empty at the end. */
    static Optional<Row> next(CsvParser parser) throws IOException {
        long line = -1;
        List<String> cells = new ArrayList<>();
        try {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                // The location of the row's first cell; the array start reports the end of the previous row.
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getText());
            }
            return Optional.of(new Row(line, cells));
        } catch (JsonProcessingException e) {
            long where = line >= 0 ? line : e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new BrokenCsvException(where, cells, shortMessage(e));
        }
    }

    /** Parses one row written by {@link #format}. */
    static List<String> parse(String text, char delimiter) {
        try (CsvParser parser = open(new StringReader(text), delimiter)) {
            return next(parser).map(Row::cells).orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row as CSV text: cells quoted only when they must be, no line terminator. */
    static String format(List<String> cells, char delimiter) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
            if (quote) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.toString();
    }

    static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
