package nl.gedeeldbeeld.resolve.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one line of comma-separated values, with RFC 4180 quoting ("van Dijk, J." stays one field and
 * {@code ""} is a quote). Records span one line: a partner's person export has no line breaks in names.
 * Written here because the module has no CSV library and needs only this.
 */
final class CsvLine {
    private CsvLine() {
    }

    /** The fields; empty when a quote is left open. */
    static Optional<List<String>> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }
}
