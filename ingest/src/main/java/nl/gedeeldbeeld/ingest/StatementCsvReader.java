package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads a CSV file of FtM's statement format (as FtM, nomenklatura and OpenSanctions publish it, and as our
 * exports write it): a header naming the columns, then one statement a row. Columns are found by name, so
 * their order and any extra columns do not matter; see {@link StatementColumns} for how they map.
 */
public final class StatementCsvReader implements RecordReader {
    private final String fileName;
    private final CountingInputStream counter;
    private final CsvParser parser;
    private final List<String> header;
    private final CsvDataRows rows;

    /** @throws UserInputException when the file is empty or its header lacks a statement column */
    public StatementCsvReader(Path file, char delimiter, boolean endsWithNewline) {
        this.fileName = file.getFileName().toString();
        try {
            this.counter = new CountingInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.parser = CsvRows.open(reader(counter), delimiter);
        try {
            this.header = readHeader(parser).orElseThrow(() -> new UserInputException(fileName
                    + ": the file is empty; expected a header row with column names"));
            List<String> missing = StatementColumns.REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new UserInputException(fileName + ": line 1: a statement file needs the columns "
                        + String.join(", ", StatementColumns.REQUIRED) + "; missing: " + String.join(", ", missing));
            }
            this.rows = new CsvDataRows(parser, delimiter, endsWithNewline);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Whether the file's header names FtM's statement columns (and so needs no mapping). */
    static boolean isStatementFile(Path file, char delimiter) {
        try (CsvParser parser = CsvRows.open(reader(Files.newInputStream(file)), delimiter)) {
            return readHeader(parser).map(StatementColumns::isStatementHeader).orElse(false);
        } catch (IOException | UserInputException e) {
            return false;
        }
    }

    private static Reader reader(java.io.InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static Optional<List<String>> readHeader(CsvParser parser) {
        Optional<CsvRows.Row> first;
        try {
            do {
                first = CsvRows.next(parser);
            } while (first.isPresent() && first.get().isBlank());
        } catch (IOException e) {
            throw new UserInputException("line 1: cannot read the header: " + e.getMessage());
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : first.get().cells()) {
            cells.add(cell.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of(List.copyOf(cells));
    }

    public List<String> header() {
        return header;
    }

    /** One row by column name; also how retry reads a quarantined row again with the run's stored header. */
    static SourceRecord map(long line, List<String> header, List<String> cells, String raw, String fileName) {
        if (cells.size() != header.size()) {
            return new SourceRecord.Unreadable(line, raw, "row has " + cells.size() + " columns, the header has "
                    + header.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), cells.get(i));
        }
        return StatementColumns.toRecord(line, raw, fields, fileName);
    }

    @Override
    public Optional<SourceRecord> next() {
        return rows.next(header.size(), (line, cells, raw) -> map(line, header, cells, raw, fileName));
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
