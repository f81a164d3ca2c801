package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads a CSV or TSV file through a mapping. The header is read and checked against the mapping when
 * the reader is opened, before any data row, so a missing column fails the whole file and imports
 * nothing. Rows are streamed one ahead, which is how the last row is recognised as cut off.
 */
public final class CsvMappingReader implements RecordReader {
    private final String fileName;
    private final CountingInputStream counter;
    private final CsvParser parser;
    private final List<String> header;
    private final CsvRowMapper mapper;
    private final CsvDataRows rows;

    /**
     * @param endsWithNewline whether the file's last byte is a newline (see {@link FileFingerprint})
     * @throws UserInputException when the file is empty or its header lacks a mapped column
     */
    public CsvMappingReader(Path file, CsvMapping mapping, char delimiter, boolean endsWithNewline) {
        this.fileName = file.getFileName().toString();
        try {
            this.counter = new CountingInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var decoder = mapping.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.parser = CsvRows.open(new InputStreamReader(counter, decoder), delimiter);
        try {
            this.header = readHeader();
            this.mapper = new CsvRowMapper(mapping, header, fileName);
            this.rows = new CsvDataRows(parser, delimiter, endsWithNewline);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The header row, stored with the run so quarantined rows can be re-read by retry. */
    public List<String> header() {
        return header;
    }

    private List<String> readHeader() {
        Optional<CsvRows.Row> first;
        try {
            do {
                first = CsvRows.next(parser);
            } while (first.isPresent() && first.get().isBlank());
        } catch (CsvRows.BrokenCsvException e) {
            throw new UserInputException(fileName + ": line 1: cannot read the header: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (first.isEmpty()) {
            throw new UserInputException(fileName + ": the file is empty; expected a header row with column names");
        }
        List<String> cells = new ArrayList<>(first.get().cells());
        if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
            cells.set(0, cells.get(0).substring(1)); // byte-order mark of spreadsheet exports
        }
        return List.copyOf(cells);
    }

    @Override
    public Optional<SourceRecord> next() {
        return rows.next(mapper.width(), mapper::map);
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
