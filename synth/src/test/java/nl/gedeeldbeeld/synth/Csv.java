package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 reader for the tests (TSV: split on tabs, no quoting). */
final class Csv {
    final List<String> header;
    final List<String[]> rows;

    private Csv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static Csv read(Path file, boolean tsv) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> records = tsv ? tsv(text) : csv(text);
        return new Csv(List.of(records.get(0)), records.subList(1, records.size()));
    }

    String get(String[] row, String column) {
        return row[header.indexOf(column)];
    }

    private static List<String[]> tsv(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static List<String[]> csv(String text) {
        List<String[]> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(fields.toArray(String[]::new));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        return out;
    }
}
