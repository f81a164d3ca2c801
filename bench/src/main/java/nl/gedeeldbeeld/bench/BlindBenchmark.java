package nl.gedeeldbeeld.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.resolve.blind.BlindEncoder;
import nl.gedeeldbeeld.resolve.blind.BlindHit;
import nl.gedeeldbeeld.resolve.blind.BlindMatch;
import nl.gedeeldbeeld.resolve.blind.BlindMatcher;
import nl.gedeeldbeeld.resolve.blind.Encoding;
import nl.gedeeldbeeld.resolve.blind.EncodingScheme;
import nl.gedeeldbeeld.resolve.blind.Hardening;
import nl.gedeeldbeeld.resolve.blind.MatchSettings;
import nl.gedeeldbeeld.resolve.blind.PlainPerson;
import nl.gedeeldbeeld.resolve.blind.SharedSecret;
import nl.gedeeldbeeld.resolve.febrl.FebrlFile;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Blind matching (hit/no-hit) against the truth and against plaintext resolution on the same records.
 *
 * <p>Febrl (data sets 1–3) as deduplication: every record encoded, the file matched against itself without
 * self-pairs. The synthetic world across partners: each partner's Person records (read back from a store
 * exactly as {@link WorldResolutionBenchmark} reads them) encoded as that partner's file, every pair of
 * partner files matched. For each encoding hardening the hits are scored at a sweep of Dice thresholds
 * (an agreeing identifier hash is a hit at any threshold), against the true pairs and against the pairs
 * plaintext {@link Resolution} matched (threshold 0.5, as the resolution benchmarks run it). "vs plaintext
 * P" is the share of blind hits that plaintext also matched, "R" the share of plaintext matches that blind
 * matching found. LSH completeness is the share of the exhaustive comparison's hits at the default
 * threshold that LSH found (LSH runs at the lowest threshold of the sweep, the exhaustive comparison at the
 * default). Encoding is timed on a second pass, after one that warms the JIT.
 *
 * <pre>bench/run blind [--only febrl|world] [--dir ../shared/data/febrl] [--world worlds/medium] [--store COPY-OF-ITS-STORE]</pre>
 */
public final class BlindBenchmark {
    /** Dice thresholds per hardening: balanced filters score a close pair a little higher, so their sweep sits higher. */
    private static double[] sweep(EncodingScheme scheme) {
        return scheme.hardening() == Hardening.BALANCED ? new double[] {0.80, 0.85, 0.88, 0.90, 0.92, 0.95}
                : new double[] {0.75, 0.80, 0.85, 0.88, 0.90, 0.95};
    }
    /** A fixed benchmark secret: the figures must not depend on the run. */
    private static final SharedSecret SECRET = SharedSecret.of("gedeeld-beeld-blind-benchmark-secret-not-for-real-use".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        String only = args.get("only", "all");
        if (!only.equals("world")) {
            febrl(Path.of(args.get("dir", "../shared/data/febrl")));
        }
        if (!only.equals("febrl")) {
            WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
            world(Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size),
                    args.get("store").map(Path::of));
        }
    }

    private static void febrl(Path dir) {
        for (String name : List.of("dataset1.csv", "dataset2.csv", "dataset3.csv")) {
            FebrlFile file = FebrlFile.read(dir.resolve(name));
            Set<String> truth = file.truePairs();
            Resolution plain = Resolution.run(file.records(), BlockingKey.persons(), 500, 0.5);
            Set<String> plaintext = new HashSet<>();
            plain.matches().forEach(m -> plaintext.add(PairQuality.key(file.sourceIds().get(m.left()), file.sourceIds().get(m.right()))));
            Map<String, String> sourceOf = new HashMap<>();
            for (int i = 0; i < file.records().size(); i++) {
                sourceOf.put(file.records().get(i).id(), file.sourceIds().get(i));
            }
            List<PlainPerson> people = file.records().stream().map(PlainPerson::of).toList();
            System.out.printf(Locale.ROOT, "%s records=%d true_pairs=%d | plaintext P=%.4f R=%.4f F1=%.4f%n", name,
                    people.size(), truth.size(), q(plaintext, truth).precision(), q(plaintext, truth).recall(), q(plaintext, truth).f1());
            for (Hardening hardening : Hardening.values()) {
                EncodingScheme scheme = EncodingScheme.STANDARD.withHardening(hardening);
                Encoded encoded = encode(people, scheme);
                MatchSettings settings = MatchSettings.defaults(scheme);
                long started = System.nanoTime();
                BlindMatch lsh = new BlindMatcher(settings.withThreshold(sweep(scheme)[0]), scheme).within(encoded.encodings());
                double matchSeconds = seconds(started);
                started = System.nanoTime();
                BlindMatch all = new BlindMatcher(settings.exhaustive(), scheme).within(encoded.encodings());
                double exhaustiveSeconds = seconds(started);
                report("  " + hardening.code(), scheme, encoded, lsh, all, matchSeconds, exhaustiveSeconds,
                        h -> PairQuality.key(sourceOf.get(h.leftRef()), sourceOf.get(h.rightRef())), truth, plaintext);
            }
        }
    }

    /**
     * With {@code store}, the world already imported there (a copy of the demo store, which holds the same
     * world) is read instead of importing it again: the import is most of this half's time on a shared machine.
     */
    private static void world(Path world, Optional<Path> store) throws Exception {
        Path data = store.isPresent() ? store.get() : Files.createTempDirectory("gb-bench-blind");
        SchemaRegistry schemas = SchemaRegistry.standard();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            if (store.isEmpty()) {
                ImportBenchmark.importWorld(storage, world);
            }
            Map<String, EntityView> persons = new HashMap<>();
            Map<String, EntityView> addresses = new HashMap<>();
            Map<String, String> partnerOf = new HashMap<>();
            try (Stream<Statement> all = storage.store().streamAll()) {
                List<Statement> current = new ArrayList<>();
                for (Statement s : (Iterable<Statement>) all::iterator) {
                    if (!current.isEmpty() && !current.get(0).entityId().equals(s.entityId())) {
                        collect(current, schemas, persons, addresses, partnerOf);
                        current = new ArrayList<>();
                    }
                    current.add(s);
                }
                collect(current, schemas, persons, addresses, partnerOf);
            }
            List<PersonRecord> records = new ArrayList<>();
            for (EntityView p : persons.values()) {
                records.add(PersonRecords.of(p, id -> Optional.ofNullable(addresses.get(id))));
            }
            records.sort(java.util.Comparator.comparing(PersonRecord::id));
            Map<String, List<PlainPerson>> byPartner = new TreeMap<>();
            for (PersonRecord r : records) {
                byPartner.computeIfAbsent(partnerOf.get(r.id()), k -> new ArrayList<>()).add(PlainPerson.of(r));
            }
            Set<String> truth = crossPartner(WorldResolutionBenchmark.truePairs(world, storage.store().entityIds(), "Person", persons.keySet()), partnerOf);
            Resolution plain = Resolution.run(records, BlockingKey.persons(), 500, 0.5);
            Set<String> plainPairs = new HashSet<>();
            plain.matches().forEach(m -> plainPairs.add(PairQuality.key(records.get(m.left()).id(), records.get(m.right()).id())));
            Set<String> plaintext = crossPartner(plainPairs, partnerOf);
            StringBuilder sizes = new StringBuilder();
            byPartner.forEach((p, list) -> sizes.append(' ').append(p).append('=').append(list.size()));
            System.out.printf(Locale.ROOT, "world=%s Person records by partner:%s | cross-partner true_pairs=%d | plaintext P=%.4f R=%.4f F1=%.4f%n",
                    world.getFileName(), sizes, truth.size(), q(plaintext, truth).precision(), q(plaintext, truth).recall(),
                    q(plaintext, truth).f1());
            List<String> partners = List.copyOf(byPartner.keySet());
            for (Hardening hardening : Hardening.values()) {
                EncodingScheme scheme = EncodingScheme.STANDARD.withHardening(hardening);
                MatchSettings settings = MatchSettings.defaults(scheme);
                Map<String, Encoded> encoded = new TreeMap<>();
                byPartner.forEach((p, list) -> encoded.put(p, encode(list, scheme)));
                List<BlindHit> lshHits = new ArrayList<>();
                List<BlindHit> allHits = new ArrayList<>();
                long comparisons = 0;
                long exhaustiveComparisons = 0;
                int skipped = 0;
                double matchSeconds = 0;
                double exhaustiveSeconds = 0;
                for (int a = 0; a < partners.size(); a++) {
                    for (int b = a + 1; b < partners.size(); b++) {
                        List<Encoding> left = encoded.get(partners.get(a)).encodings();
                        List<Encoding> right = encoded.get(partners.get(b)).encodings();
                        long started = System.nanoTime();
                        BlindMatch lsh = new BlindMatcher(settings.withThreshold(sweep(scheme)[0]), scheme).between(left, right);
                        matchSeconds += seconds(started);
                        started = System.nanoTime();
                        BlindMatch all = new BlindMatcher(settings.exhaustive(), scheme).between(left, right);
                        exhaustiveSeconds += seconds(started);
                        lshHits.addAll(lsh.hits());
                        allHits.addAll(all.hits());
                        comparisons += lsh.comparisons();
                        exhaustiveComparisons += all.comparisons();
                        skipped += lsh.skippedBuckets();
                        Set<String> pairTruth = between(truth, partnerOf, partners.get(a), partners.get(b));
                        Set<String> pairPlain = between(plaintext, partnerOf, partners.get(a), partners.get(b));
                        Set<String> hits = keys(lsh.hits(), MatchSettings.defaultThreshold(scheme), h -> PairQuality.key(h.leftRef(), h.rightRef()));
                        System.out.printf(Locale.ROOT, "  %s %s x %s: true_pairs=%d plaintext_matches=%d | at t=%.2f hits=%d truth P=%.4f R=%.4f F1=%.4f"
                                        + " | vs plaintext P=%.4f R=%.4f%n", hardening.code(), partners.get(a), partners.get(b),
                                pairTruth.size(), pairPlain.size(), MatchSettings.defaultThreshold(scheme), hits.size(),
                                q(hits, pairTruth).precision(), q(hits, pairTruth).recall(), q(hits, pairTruth).f1(),
                                q(hits, pairPlain).precision(), q(hits, pairPlain).recall());
                    }
                }
                Encoded total = Encoded.sum(encoded.values());
                report("  " + hardening.code() + " all partner pairs", scheme, total, new BlindMatch(lshHits, comparisons, skipped),
                        new BlindMatch(allHits, exhaustiveComparisons, 0), matchSeconds, exhaustiveSeconds,
                        h -> PairQuality.key(h.leftRef(), h.rightRef()), truth, plaintext);
            }
        } finally {
            if (store.isEmpty()) {
                TempDirs.delete(data);
            }
        }
    }

    /** Encodes every record, once to warm the JIT and once timed. */
    private static Encoded encode(List<PlainPerson> people, EncodingScheme scheme) {
        BlindEncoder encoder = new BlindEncoder(SECRET, scheme);
        people.forEach(encoder::encode);
        long started = System.nanoTime();
        List<Encoding> out = people.stream().map(encoder::encode).toList();
        double s = seconds(started);
        double bits = out.stream().mapToInt(e -> e.clk().cardinality()).filter(c -> c > 0).average().orElse(0);
        long empty = out.stream().filter(e -> e.clk().cardinality() == 0).count();
        return new Encoded(out, s, bits, empty);
    }

    /** @param meanBitsSet over the non-empty filters */
    private record Encoded(List<Encoding> encodings, double seconds, double meanBitsSet, long emptyFilters) {
        static Encoded sum(java.util.Collection<Encoded> parts) {
            List<Encoding> all = new ArrayList<>();
            double s = 0;
            double bits = 0;
            long empty = 0;
            for (Encoded e : parts) {
                all.addAll(e.encodings());
                s += e.seconds();
                bits += e.meanBitsSet() * (e.encodings().size() - e.emptyFilters());
                empty += e.emptyFilters();
            }
            return new Encoded(all, s, all.size() == empty ? 0 : bits / (all.size() - empty), empty);
        }
    }

    private static void report(String label, EncodingScheme scheme, Encoded encoded, BlindMatch lsh, BlindMatch all,
                               double matchSeconds, double exhaustiveSeconds, java.util.function.Function<BlindHit, String> key,
                               Set<String> truth, Set<String> plaintext) {
        double t = MatchSettings.defaultThreshold(scheme);
        Set<String> lshAtT = keys(lsh.hits(), t, key);
        Set<String> allAtT = keys(all.hits(), t, key);
        long found = allAtT.stream().filter(lshAtT::contains).count();
        System.out.printf(Locale.ROOT, "%s: bits=%d mean_bits_set=%.0f empty_filters=%d | encode %.0f records/s | LSH %d comparisons"
                        + " in %.3f s incl. candidate generation (%.0f of the %d pairs/s), %d buckets skipped; exhaustive %d comparisons"
                        + " in %.2f s (%.0f/s); LSH completeness at t=%.2f: %.4f%n", label, scheme.length(), encoded.meanBitsSet(),
                encoded.emptyFilters(), encoded.encodings().size() / encoded.seconds(), lsh.comparisons(), matchSeconds,
                all.comparisons() / matchSeconds, all.comparisons(), lsh.skippedBuckets(), all.comparisons(), exhaustiveSeconds,
                all.comparisons() / exhaustiveSeconds, t, allAtT.isEmpty() ? 1.0 : (double) found / allAtT.size());
        for (double threshold : sweep(scheme)) {
            Set<String> hits = keys(lsh.hits(), threshold, key);
            PairQuality vsTruth = q(hits, truth);
            PairQuality vsPlain = q(hits, plaintext);
            System.out.printf(Locale.ROOT, "    t=%.2f%s hits=%d | truth P=%.4f R=%.4f F1=%.4f | vs plaintext P=%.4f R=%.4f F1=%.4f%n",
                    threshold, threshold == t ? "*" : " ", hits.size(), vsTruth.precision(), vsTruth.recall(), vsTruth.f1(),
                    vsPlain.precision(), vsPlain.recall(), vsPlain.f1());
        }
        Set<String> byFilter = new HashSet<>();
        Set<String> byIdentifier = new HashSet<>();
        for (BlindHit h : lsh.hits()) {
            if (h.dice() >= t) {
                byFilter.add(key.apply(h));
            }
            if (h.identifierAgrees()) {
                byIdentifier.add(key.apply(h));
            }
        }
        System.out.printf(Locale.ROOT, "    at t=%.2f filter alone: hits=%d P=%.4f R=%.4f F1=%.4f | identifier hash alone: hits=%d P=%.4f R=%.4f F1=%.4f%n",
                t, byFilter.size(), q(byFilter, truth).precision(), q(byFilter, truth).recall(), q(byFilter, truth).f1(),
                byIdentifier.size(), q(byIdentifier, truth).precision(), q(byIdentifier, truth).recall(), q(byIdentifier, truth).f1());
    }

    private static Set<String> keys(List<BlindHit> hits, double threshold, java.util.function.Function<BlindHit, String> key) {
        Set<String> out = new HashSet<>();
        for (BlindHit h : hits) {
            if (h.hitAt(threshold)) {
                out.add(key.apply(h));
            }
        }
        return out;
    }

    private static PairQuality q(Set<String> predicted, Set<String> truth) {
        return PairQuality.of(predicted, truth);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static Set<String> crossPartner(Set<String> pairs, Map<String, String> partnerOf) {
        Set<String> out = new HashSet<>();
        for (String p : pairs) {
            String[] ids = p.split("\\|", 2);
            if (!partnerOf.get(ids[0]).equals(partnerOf.get(ids[1]))) {
                out.add(p);
            }
        }
        return out;
    }

    private static Set<String> between(Set<String> pairs, Map<String, String> partnerOf, String a, String b) {
        Set<String> out = new HashSet<>();
        for (String p : pairs) {
            String[] ids = p.split("\\|", 2);
            Set<String> sides = Set.of(partnerOf.get(ids[0]), partnerOf.get(ids[1]));
            if (sides.equals(Set.of(a, b))) {
                out.add(p);
            }
        }
        return out;
    }

    private static void collect(List<Statement> statements, SchemaRegistry schemas, Map<String, EntityView> persons,
                                Map<String, EntityView> addresses, Map<String, String> partnerOf) {
        if (statements.isEmpty()) {
            return;
        }
        EntityView.of(statements.get(0).entityId(), statements, schemas).ifPresent(v -> {
            if (v.schema().equals("Person")) {
                persons.put(v.id(), v);
                partnerOf.put(v.id(), statements.get(0).provenance().partner());
            } else if (v.schema().equals("Address")) {
                addresses.put(v.id(), v);
            }
        });
    }

    private BlindBenchmark() {
    }
}
