package nl.gedeeldbeeld.analytics.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads an undirected edge list into a {@link Graph}. Two layouts, told apart by the first line that is not
 * blank and not a {@code #} comment:
 * <ul>
 *   <li>CSV when that line has a comma: it must be the header {@code source,target} or
 *       {@code source,target,weight} (any case); fields may be wrapped in double quotes (no embedded commas);</li>
 *   <li>otherwise whitespace (tab or space) separated with no header, {@code source target [weight]} per line,
 *       as the published networks are distributed (e.g. the Montagna data of Cavallaro et al. 2020).</li>
 * </ul>
 * A missing weight is 1. A pair listed twice (either direction) becomes one edge with the summed weight and
 * self-loops are dropped, as {@link GraphBuilder} does. A line that does not fit is a
 * {@link UserInputException} naming the file, the line number and what is wrong, so the CLI can print it.
 */
public final class EdgeListReader {
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
        Boolean csv = null;
        int columns = 0;
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
            if (csv == null) {
                csv = trimmed.indexOf(',') >= 0;
                if (csv) {
                    columns = header(trimmed, name, lineNumber);
                    continue;
                }
            }
            String[] fields = csv ? trimmed.split(",", -1) : trimmed.split("\\s+");
            if (csv && fields.length != columns || !csv && (fields.length < 2 || fields.length > 3)) {
                throw new UserInputException(name + ", line " + lineNumber + ": expected " + (csv ? columns + " comma-separated"
                        : "2 or 3 whitespace-separated") + " fields (source, target[, weight]), found " + fields.length);
            }
            String source = unquote(fields[0]);
            String target = unquote(fields[1]);
            if (source.isEmpty() || target.isEmpty()) {
                throw new UserInputException(name + ", line " + lineNumber + ": empty node name");
            }
            double weight = fields.length == 3 ? weight(unquote(fields[2]), name, lineNumber) : 1.0;
            builder.edge(source, target, weight);
        }
        if (csv == null) {
            throw new UserInputException(name + ": no edges (the file is empty)");
        }
        return builder.build();
    }

    private static int header(String line, String name, int lineNumber) {
        String[] fields = line.toLowerCase(Locale.ROOT).split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unquote(fields[i]);
        }
        boolean ok = fields.length >= 2 && fields.length <= 3 && fields[0].equals("source") && fields[1].equals("target")
                && (fields.length == 2 || fields[2].equals("weight"));
        if (!ok) {
            throw new UserInputException(name + ", line " + lineNumber + ": a CSV edge list starts with the header "
                    + "'source,target' or 'source,target,weight', found '" + line + "'");
        }
        return fields.length;
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
