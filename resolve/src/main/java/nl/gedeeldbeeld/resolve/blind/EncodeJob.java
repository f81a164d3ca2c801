package nl.gedeeldbeeld.resolve.blind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The partner's whole step: read its plaintext person file, encode each record, write the file it hands
 * over. A record with too little to match on (no name, or neither a birth date nor an address, and no
 * identifier) is reported and left out rather than sent as an empty filter that can never hit. A birth date
 * the calendar does not have is no reason to leave a record out ({@link PlainPersonsFile}).
 */
public final class EncodeJob {
    private EncodeJob() {
    }

    /** What an encode run did: records written and records skipped, with where and why. */
    public record Report(int encoded, List<LineProblem> skipped) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    public static Report run(Path in, Path out, BlindEncoder encoder, String partner) {
        List<LineProblem> skipped = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        int[] encoded = {0};
        String name = in.getFileName().toString();
        try (EncodingFile.Writer writer = EncodingFile.write(out, encoder.header(partner))) {
            skipped.addAll(PlainPersonsFile.read(in, (person, line) -> {
                Encoding e = encoder.encode(person);
                if (e.clk().cardinality() == 0 && e.identifierHashes().isEmpty()) {
                    skipped.add(new LineProblem(name, line, "record '" + person.ref() + "' has too little to match on:"
                            + " it needs a name with a birth date or an address, or an identifier"));
                } else if (!refs.add(person.ref())) {
                    skipped.add(new LineProblem(name, line, "reference '" + person.ref() + "' occurs more than once; the repeat is skipped"));
                } else {
                    writer.add(e);
                    encoded[0]++;
                }
            }));
        }
        skipped.sort(Comparator.comparingLong(LineProblem::line));
        return new Report(encoded[0], skipped);
    }
}
