package nl.gedeeldbeeld.analytics.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads an undirected edge list into a {@link Graph}: one edge a line, {@code source target [weight]}, from the
 * files people actually have (spreadsheet exports, the published criminal networks, hand-made lists).
 *
 * <p><b>Separator</b>, from the first line that is not blank and not a {@code #} comment: a tab if it has one
 * (TSV; lines without a tab are then split on runs of spaces, as some published lists mix the two), else a
 * comma (CSV), else a semicolon (a Dutch spreadsheet's CSV), else runs of spaces. Tab-, comma- and
 * semicolon-separated fields may hold spaces ("Jan de Vries") and may be wrapped in double quotes (without the
 * separator inside).
 *
 * <p><b>Header</b>: that first line is a header when its first two fields name the columns — (source, target),
 * (from, to), (src, dst), (van, naar), (bron, doel), (node1, node2) or (u, v), in any case — with an optional
 * third field weight, w, value, count or gewicht. A first line whose third field is not a number cannot be an edge
 * (its weight would be unreadable) and is refused as an unknown header, rather than read as an edge or skipped.
 * Any other first line is the first edge. So a headerless list whose first edge joins nodes literally named
 * "source" and "target" must be given a header.
 *
 * <p>A missing weight is 1; with a three-column header every line has a weight. A pair listed twice (either
 * direction) becomes one edge with the summed weight and self-loops are dropped, as {@link GraphBuilder} does. A
 * line that does not fit is a {@link UserInputException} naming the file, the line number and what is wrong, so
 * the CLI can print it.
 */
public final class EdgeListReader {
    private static final Set<String> SOURCE_TARGET = Set.of("source|target", "from|to", "src|dst",
            "van|naar", "bron|doel", "node1|node2", "u|v");
    private static final Set<String> WEIGHT = Set.of("weight", "w", "value", "count", "gewicht");

    /** How the lines of one file are split. */
    private enum Layout {
        TAB("tab-separated"), COMMA("comma-separated"), SEMICOLON("semicolon-separated"), SPACES("whitespace-separated");

        private final String label;

        Layout(String label) {
            this.label = label;
        }

        static Layout of(String firstLine) {
            if (firstLine.indexOf('\t') >= 0) {
                return TAB;
            }
            if (firstLine.indexOf(',') >= 0) {
                return COMMA;
            }
            return firstLine.indexOf(';') >= 0 ? SEMICOLON : SPACES;
        }

        String[] split(String line) {
            return switch (this) {
                case TAB -> line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.split("\\s+");
                case COMMA -> line.split(",", -1);
                case SEMICOLON -> line.split(";", -1);
                case SPACES -> line.split("\\s+");
            };
        }
    }

    private EdgeListReader() {
    }

    public static Graph read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads from a reader; {@code name} is used in error messages. */
    public static Graph read(Reader in, String name) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        GraphBuilder builder = new GraphBuilder();
        Layout layout = null;
        int columns = 0; // 0: no header, 2 or 3 fields a line; else exactly this many
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = null;
            if (layout == null) {
                layout = Layout.of(trimmed);
                fields = unquoted(layout.split(trimmed));
                if (isHeader(fields, name, lineNumber, trimmed)) {
                    columns = fields.length;
                    continue;
                }
            }
            if (fields == null) {
                fields = unquoted(layout.split(trimmed));
            }
            if (columns > 0 && fields.length != columns || columns == 0 && (fields.length < 2 || fields.length > 3)) {
                throw new UserInputException(name + ", line " + lineNumber + ": expected " + (columns > 0 ? columns : "2 or 3")
                        + " " + layout.label + " fields (source, target[, weight]), found " + fields.length);
            }
            if (fields[0].isEmpty() || fields[1].isEmpty()) {
                throw new UserInputException(name + ", line " + lineNumber + ": empty node name");
            }
            double weight = fields.length == 3 ? weight(fields[2], name, lineNumber) : 1.0;
            builder.edge(fields[0], fields[1], weight);
        }
        if (layout == null) {
            throw new UserInputException(name + ": no edges (the file is empty)");
        }
        return builder.build();
    }

    /** Whether the first line names the columns (see the class comment); refuses one that is neither header nor edge. */
    private static boolean isHeader(String[] fields, String name, int lineNumber, String line) {
        if (fields.length < 2 || fields.length > 3) {
            return false; // reported as a bad edge line
        }
        String pair = fields[0].toLowerCase(Locale.ROOT) + "|" + fields[1].toLowerCase(Locale.ROOT);
        boolean named = SOURCE_TARGET.contains(pair);
        boolean weightNamed = fields.length == 3 && WEIGHT.contains(fields[2].toLowerCase(Locale.ROOT));
        boolean weightUnreadable = fields.length == 3 && !isNumber(fields[2]);
        if (named && (fields.length == 2 || weightNamed)) {
            return true;
        }
        if (weightUnreadable) {
            throw new UserInputException(name + ", line " + lineNumber + ": '" + line + "' is neither an edge (its third "
                    + "field is not a weight) nor a header; name the columns source,target[,weight] (or from,to or "
                    + "van,naar) or leave the header out");
        }
        return false;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String[] unquoted(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unquote(fields[i]);
        }
        return fields;
    }

    private static double weight(String text, String name, int lineNumber) {
        double w;
        try {
            w = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UserInputException(name + ", line " + lineNumber + ": weight '" + text + "' is not a number");
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new UserInputException(name + ", line " + lineNumber + ": weight must be a positive number, was " + text);
        }
        return w;
    }

    private static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1).strip();
        }
        return f;
    }
}
