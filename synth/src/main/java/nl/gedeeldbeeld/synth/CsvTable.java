package nl.gedeeldbeeld.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Streams a delimited file (RFC 4180 quoting for CSV; TSV values never contain tabs or newlines). */
final class CsvTable implements Closeable {
    private final BufferedWriter out;
    private final char delimiter;
    private final int columns;
    private long rows;

    CsvTable(Path file, char delimiter, List<String> header) throws IOException {
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.delimiter = delimiter;
        this.columns = header.size();
        write(header.toArray(String[]::new));
        rows = 0;
    }

    void write(String[] values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values, header " + columns);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(quote(values[i], delimiter));
        }
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    static String quote(String value, char delimiter) {
        if (delimiter == '\t') {
            return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
