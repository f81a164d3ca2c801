package nl.gedeeldbeeld.resolve.blind;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The file a partner hands to the platform: the {@link EncodingHeader} line, a column line
 * {@code ref,clk,present,identifiers,near_identifiers}, then one encoding a line: the filter in base64, the
 * letters of the fields the record put into it ({@link Presence#code()}, version 4), identifier hashes and
 * near-identifier hashes each separated by ';' (possibly none).
 * Plain text so a partner's privacy officer can open it and see there is nothing readable in it.
 *
 * <p>Reading is strict about the file and lenient about records: a file without a valid header cannot be
 * compared with anything and is refused whole; a bad line (wrong field count, filter of the wrong length,
 * malformed hash, repeated reference) is skipped and reported with file and line, so nothing is lost
 * silently and one bad line does not cost the partner all its hits.
 *
 * @param name     the file's name, used in problems and messages
 * @param problems the lines that were skipped, in file order
 */
public record EncodingFile(String name, EncodingHeader header, List<Encoding> encodings, List<LineProblem> problems) {
    static final String COLUMNS = "ref,clk,present,identifiers,near_identifiers";
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{22}");

    public EncodingFile {
        encodings = List.copyOf(encodings);
        problems = List.copyOf(problems);
    }

    public static EncodingFile read(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            EncodingHeader header;
            try {
                header = EncodingHeader.parse(in.readLine());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(name + ": line 1: " + e.getMessage());
            }
            String columns = in.readLine();
            if (!COLUMNS.equals(columns)) {
                throw new UserInputException(name + ": line 2: expected the columns '" + COLUMNS + "', found '" + columns + "'");
            }
            int length = header.scheme().length();
            List<Encoding> encodings = new ArrayList<>();
            List<LineProblem> problems = new ArrayList<>();
            Set<String> refs = new HashSet<>();
            long lineNumber = 2;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<Encoding> parsed = parse(line, length);
                if (parsed.isEmpty()) {
                    problems.add(new LineProblem(name, lineNumber, lineProblem(line, length)));
                } else if (!refs.add(parsed.get().ref())) {
                    problems.add(new LineProblem(name, lineNumber, "reference '" + parsed.get().ref() + "' occurs more than once; the repeat is skipped"));
                } else {
                    encodings.add(parsed.get());
                }
            }
            return new EncodingFile(name, header, encodings, problems);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Encoding> parse(String line, int length) {
        String[] f = line.split(",", -1);
        if (f.length != 5 || Encoding.refProblem(f[0]).isPresent()) {
            return Optional.empty();
        }
        Optional<Clk> clk = Clk.fromBase64(f[1], length);
        Optional<Presence> present = Presence.parse(f[2]);
        List<String> hashes = hashes(f[3]);
        List<String> near = hashes(f[4]);
        if (clk.isEmpty() || present.isEmpty() || !hashes.stream().allMatch(h -> HASH.matcher(h).matches())
                || !near.stream().allMatch(h -> HASH.matcher(h).matches())) {
            return Optional.empty();
        }
        return Optional.of(new Encoding(f[0], clk.get(), present.get(), hashes, near));
    }

    private static List<String> hashes(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(";", -1));
    }

    /** Why {@link #parse} refused a line: said once, in the words of the format. */
    private static String lineProblem(String line, int length) {
        String[] f = line.split(",", -1);
        if (f.length != 5) {
            return "expected 5 fields (" + COLUMNS + "), found " + f.length;
        }
        Optional<String> ref = Encoding.refProblem(f[0]);
        if (ref.isPresent()) {
            return ref.get();
        }
        int bits = Clk.decodedBits(f[1]);
        if (bits != length) {
            return bits < 0 ? "the filter is not base64" : "the filter has " + bits + " bits, the header says " + length;
        }
        if (Presence.parse(f[2]).isEmpty()) {
            return "present must be letters of " + Presence.ALL_FIELDS.code() + ", each at most once, not '" + f[2] + "'";
        }
        return "identifier and near-identifier hashes must be 22 base64url characters each, separated by ';'";
    }

    /** Writes an encoding file; the caller encodes and hands the records over one by one. */
    public static Writer write(Path file, EncodingHeader header) {
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(header.toLine());
            out.write('\n');
            out.write(COLUMNS);
            out.write('\n');
            return new Writer(out);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static final class Writer implements AutoCloseable {
        private final BufferedWriter out;

        private Writer(BufferedWriter out) {
            this.out = out;
        }

        public void add(Encoding e) {
            try {
                out.write(e.ref());
                out.write(',');
                out.write(e.clk().toBase64());
                out.write(',');
                out.write(e.present().code());
                out.write(',');
                out.write(String.join(";", e.identifierHashes()));
                out.write(',');
                out.write(String.join(";", e.nearHashes()));
                out.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
