package nl.gedeeldbeeld.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.Linkage;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.blind.BlindEncoder;
import nl.gedeeldbeeld.resolve.blind.BlindHit;
import nl.gedeeldbeeld.resolve.blind.BlindMatch;
import nl.gedeeldbeeld.resolve.blind.BlindMatcher;
import nl.gedeeldbeeld.resolve.blind.Encoding;
import nl.gedeeldbeeld.resolve.blind.EncodingScheme;
import nl.gedeeldbeeld.resolve.blind.LineProblem;
import nl.gedeeldbeeld.resolve.blind.MatchSettings;
import nl.gedeeldbeeld.resolve.blind.PlainPerson;
import nl.gedeeldbeeld.resolve.blind.PlainPersonsFile;
import nl.gedeeldbeeld.resolve.blind.Presence;
import nl.gedeeldbeeld.resolve.blind.SharedSecret;
import nl.gedeeldbeeld.resolve.febrl.FebrlFile;

/**
 * Two-file linkage on two-party splits of Febrl 1–3 with extra corruption ({@link LinkageSplit}): plaintext
 * {@link Linkage} (one to one) and blind hit/no-hit matching of the same two files, each scored by
 * precision, recall and F1 of the links against the truth in the Febrl ids (never shown to the matcher).
 * The blind side goes the way a partner's file goes: each file is written as the partner's plaintext CSV and
 * read back with {@link PlainPersonsFile}, so a record that file refuses is counted and never encoded.
 *
 * <pre>bench/run linkage [--dir ../shared/data/febrl] [--seed 20261207] [--threshold 0.5] [--max-block 500]
 *                   [--blind-fields all|name-date]</pre>
 *
 * With the JVM option {@code -Dgb.blind.presence=off} the blind side matches the encodings without their
 * presence ({@link #PRESENCE}).
 */
public final class LinkageBenchmark {
    private static final SharedSecret SECRET = SharedSecret.of("gedeeld-beeld-blind-benchmark-secret-not-for-real-use".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] argv) throws IOException {
        BenchArgs args = BenchArgs.parse(argv);
        Path dir = Path.of(args.get("dir", "../shared/data/febrl"));
        long seed = Long.parseLong(args.get("seed", Long.toString(LinkageSplit.SEED)));
        double threshold = Double.parseDouble(args.get("threshold", "0.5"));
        int maxBlock = Integer.parseInt(args.get("max-block", "500"));
        System.setProperty("gb.blind.fields", args.get("blind-fields", "all"));
        Path tmp = Files.createTempDirectory("gb-bench-linkage");
        try {
            for (String name : List.of("dataset1", "dataset2", "dataset3")) {
                LinkageSplit split = LinkageSplit.of(name, FebrlFile.read(dir.resolve(name + ".csv")), seed);
                Set<String> truth = split.truth();
                System.out.printf(Locale.ROOT, "%s A=%d B=%d true_links=%d corruption in B %s%n", name, split.fileA().size(),
                        split.fileB().size(), truth.size(), new java.util.TreeMap<>(split.corruptions()));
                plaintext(split, truth, maxBlock, threshold);
                blind(split, truth, tmp);
            }
        } finally {
            TempDirs.delete(tmp);
        }
    }

    private static void plaintext(LinkageSplit split, Set<String> truth, int maxBlock, double threshold) {
        long started = System.nanoTime();
        Linkage linkage = Linkage.run(split.fileA(), split.fileB(), BlockingKey.persons(), maxBlock, threshold);
        double seconds = (System.nanoTime() - started) / 1e9;
        Set<String> candidates = new HashSet<>();
        linkage.resolution().candidates().forEach((p, l, r) -> candidates.add(id(linkage, l) + "|" + id(linkage, r)));
        long complete = truth.stream().filter(candidates::contains).count();
        Set<String> links = new HashSet<>();
        for (Linkage.Link l : linkage.links()) {
            links.add(split.fileA().get(l.a()).id() + "|" + split.fileB().get(l.b()).id());
        }
        PairQuality q = PairQuality.of(links, truth);
        System.out.printf(Locale.ROOT, "  plaintext one-to-one: candidates=%d pair_completeness=%.4f links=%d | P=%.4f R=%.4f F1=%.4f"
                        + " | missed=%d false=%d | %.2f s%n", linkage.resolution().candidates().size(),
                (double) complete / truth.size(), links.size(), q.precision(), q.recall(), q.f1(), q.falseNegatives(),
                q.falsePositives(), seconds);
    }

    private static String id(Linkage linkage, int index) {
        return linkage.resolution().records().get(index).id();
    }

    private static void blind(LinkageSplit split, Set<String> truth, Path tmp) throws IOException {
        EncodingScheme scheme = EncodingScheme.STANDARD;
        BlindEncoder encoder = new BlindEncoder(SECRET, scheme);
        List<LineProblem> refusedA = new ArrayList<>();
        List<LineProblem> refusedB = new ArrayList<>();
        List<Encoding> a = withoutPresence(encode(split.fileA(), tmp.resolve(split.name() + "-a.csv"), encoder, refusedA));
        List<Encoding> b = withoutPresence(encode(split.fileB(), tmp.resolve(split.name() + "-b.csv"), encoder, refusedB));
        double t = MatchSettings.defaultThreshold(scheme);
        BlindMatch match = new BlindMatcher(MatchSettings.defaults(scheme).withThreshold(0.80), scheme).between(a, b);
        StringBuilder sweep = new StringBuilder();
        for (double at : new double[] {0.80, 0.82, 0.85, 0.88, 0.90}) {
            Set<String> hits = new HashSet<>();
            for (BlindHit h : match.hits()) {
                if (h.hitAt(at)) {
                    hits.add(h.leftRef() + "|" + h.rightRef());
                }
            }
            PairQuality q = PairQuality.of(hits, truth);
            Set<String> oneToOne = oneToOne(match.hits(), at);
            PairQuality q1 = PairQuality.of(oneToOne, truth);
            sweep.append(String.format(Locale.ROOT, "%n    t=%.2f%s hits=%d P=%.4f R=%.4f F1=%.4f | one-to-one P=%.4f R=%.4f F1=%.4f",
                    at, at == t ? "*" : " ", hits.size(), q.precision(), q.recall(), q.f1(), q1.precision(), q1.recall(), q1.f1()));
        }
        System.out.printf(Locale.ROOT, "  blind (%s, %d bits%s): refused A=%d B=%d%s%s%n", scheme.hardening().code(), scheme.length(),
                PRESENCE ? "" : ", presence left out", refusedA.size(), refusedB.size(),
                refusedB.isEmpty() ? "" : " (first: " + refusedB.get(0) + ")", sweep);
        errors(split, truth, a, b, match, 0.80, t);
    }

    /**
     * With {@code -Dgb.blind.presence=off}, the encodings without their presence (as if every record had every
     * field): the same filters matched as before version 4, to tell the presence's effect from that of the new
     * version's keys.
     */
    static final boolean PRESENCE = !"off".equals(System.getProperty("gb.blind.presence", "on"));

    private static List<Encoding> withoutPresence(List<Encoding> encodings) {
        return PRESENCE ? encodings : encodings.stream().map(e -> new Encoding(e.ref(), e.clk(),
                Presence.NONE, e.identifierHashes(), e.nearHashes())).toList();
    }

    /**
     * The links missed at the default threshold and the false hits at the lower one, each with its Dice and the
     * fields on which the two plaintext records differ: what the encoding or the threshold would have to change.
     */
    private static void errors(LinkageSplit split, Set<String> truth, List<Encoding> a, List<Encoding> b, BlindMatch match,
                               double low, double high) {
        java.util.Map<String, Encoding> byRef = new java.util.HashMap<>();
        a.forEach(e -> byRef.put(e.ref(), e));
        b.forEach(e -> byRef.put(e.ref(), e));
        java.util.Map<String, PersonRecord> records = new java.util.HashMap<>();
        split.fileA().forEach(r -> records.put(r.id(), r));
        split.fileB().forEach(r -> records.put(r.id(), r));
        java.util.Map<String, BlindHit> hits = new java.util.HashMap<>();
        match.hits().forEach(h -> hits.put(h.leftRef() + "|" + h.rightRef(), h));
        List<String> missed = new ArrayList<>();
        for (String link : new java.util.TreeSet<>(truth)) {
            BlindHit h = hits.get(link);
            if (h == null || !h.hitAt(high)) {
                missed.add(link);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (BlindHit h : match.hits()) {
            String link = h.leftRef() + "|" + h.rightRef();
            if (!truth.contains(link) && h.hitAt(low)) {
                wrong.add(link);
            }
        }
        java.util.Collections.sort(wrong);
        System.out.printf(Locale.ROOT, "  blind missed at %.2f: %d%n", high, missed.size());
        missed.forEach(link -> System.out.println("    " + describe(link, byRef, records)));
        System.out.printf(Locale.ROOT, "  blind false at %.2f: %d%n", low, wrong.size());
        wrong.forEach(link -> System.out.println("    " + describe(link, byRef, records)));
    }

    private static String describe(String link, java.util.Map<String, Encoding> byRef, java.util.Map<String, PersonRecord> records) {
        String[] refs = link.split("\\|");
        Encoding x = byRef.get(refs[0]);
        Encoding y = byRef.get(refs[1]);
        String dice = x == null || y == null ? "not encoded" : String.format(Locale.ROOT, "dice=%.3f (%.3f plain) present=%s/%s",
                new Presence.Correction(EncodingScheme.STANDARD).dice(x.clk(), x.present(), y.clk(), y.present()),
                x.clk().dice(y.clk()), x.present().code(), y.present().code());
        PersonRecord p = records.get(refs[0]);
        PersonRecord q = records.get(refs[1]);
        StringBuilder out = new StringBuilder(link).append(' ').append(dice).append(" differ:");
        String[][] fields = {
                {"given", p.givenName(), q.givenName()}, {"surname", p.surname(), q.surname()},
                {"birth", p.birthDate(), q.birthDate()}, {"number", p.streetNumber(), q.streetNumber()},
                {"street", p.street(), q.street()}, {"place", p.locality(), q.locality()},
                {"postcode", p.postcode(), q.postcode()}, {"id", p.identifier(), q.identifier()}};
        int differ = 0;
        for (String[] f : fields) {
            if (!f[1].equalsIgnoreCase(f[2])) {
                out.append(' ').append(f[0]).append("='").append(f[1]).append("'/'").append(f[2]).append('\'');
                differ++;
            }
        }
        return out.append(differ == 0 ? " none" : "").toString();
    }

    /** Hits at the threshold, assigned one to one: identifier agreement first, then the higher Dice. */
    private static Set<String> oneToOne(List<BlindHit> hits, double threshold) {
        List<BlindHit> sorted = new ArrayList<>(hits.stream().filter(h -> h.hitAt(threshold)).toList());
        sorted.sort(Comparator.comparing(BlindHit::identifierAgrees).thenComparingDouble(BlindHit::dice).reversed()
                .thenComparing(BlindHit::leftRef).thenComparing(BlindHit::rightRef));
        Set<String> taken = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (BlindHit h : sorted) {
            if (!taken.contains(h.leftRef()) && !taken.contains(h.rightRef())) {
                taken.add(h.leftRef());
                taken.add(h.rightRef());
                out.add(h.leftRef() + "|" + h.rightRef());
            }
        }
        return out;
    }

    /** Writes the partner's plaintext file, reads it as a partner's encoder would, and encodes what it accepts. */
    private static List<Encoding> encode(List<PersonRecord> records, Path file, BlindEncoder encoder, List<LineProblem> refused)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", PartnerCsv.COLUMNS));
        for (PersonRecord r : records) {
            lines.add(PartnerCsv.line(r));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<Encoding> out = new ArrayList<>();
        refused.addAll(PlainPersonsFile.read(file, (PlainPerson p, long line) -> out.add(encoder.encode(p))));
        return out;
    }

    /**
     * The columns a partner's person file has, in the form {@link PlainPersonsFile} reads: every field partners
     * commonly hold, or (with {@code --blind-fields name-date}) what the person file took before addresses.
     */
    static final class PartnerCsv {
        static final boolean ALL = !"name-date".equals(System.getProperty("gb.blind.fields", "all"));
        static final List<String> COLUMNS = ALL
                ? List.of("ref", "given_name", "surname", "birth_date", "street", "house_number", "postcode", "place", "id")
                : List.of("ref", "given_name", "surname", "birth_date", "id");

        private PartnerCsv() {
        }

        static String line(PersonRecord r) {
            return ALL ? String.join(",", r.id(), r.givenName(), r.surname(), r.birthDate(), r.street(), r.streetNumber(),
                    r.postcode(), r.locality(), r.identifier())
                    : String.join(",", r.id(), r.givenName(), r.surname(), r.birthDate(), r.identifier());
        }
    }
}
