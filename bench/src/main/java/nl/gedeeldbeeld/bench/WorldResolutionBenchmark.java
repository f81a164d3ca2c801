package nl.gedeeldbeeld.bench;

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
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.CandidatePairs;
import nl.gedeeldbeeld.resolve.CompanyRecord;
import nl.gedeeldbeeld.resolve.CompanyRecords;
import nl.gedeeldbeeld.resolve.CompanyResolution;
import nl.gedeeldbeeld.resolve.NameFrequencies;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.PersonLinks;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Person and company resolution across the partners of a synthetic world, against its planted ground
 * truth ({@code ground-truth/identities.csv}: which source records are the same entity). The world is
 * imported into a fresh store as the partners deliver it (five formats, their own ids, spellings and
 * noise); the Person and Company entities are read back as the matcher sees them (normalised values,
 * addresses through their Address entities) and resolved per entity type; pairs and identities are scored.
 * Reads the raw store: this measures the matcher, not the access policy.
 *
 * <pre>bench/run resolve-world --world worlds/medium [--threshold 0.5] [--seed 1] [--store DIR] [--no-links]</pre>
 * ({@code --no-links}: without the accounts and companies the partners link persons to, as before they were read)
 */
public final class WorldResolutionBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(args.get("seed", "1"));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size, seed);
        double threshold = Double.parseDouble(args.get("threshold", "0.5"));
        // --store DIR keeps the imported world for the next run (the import takes far longer than resolving);
        // a store that holds it already (marker file .loaded) is read as it is.
        Optional<Path> kept = args.get("store").map(Path::of);
        Path data = kept.orElse(Files.createTempDirectory("gb-bench-resolve"));
        SchemaRegistry schemas = SchemaRegistry.standard();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            if (kept.isEmpty() || !Files.exists(data.resolve(".loaded"))) {
                ImportBenchmark.importWorld(storage, world);
                if (kept.isPresent()) {
                    Files.createFile(data.resolve(".loaded"));
                }
            }
            Map<String, EntityView> persons = new HashMap<>();
            Map<String, EntityView> addresses = new HashMap<>();
            Map<String, EntityView> companies = new HashMap<>();
            Map<String, String> datasets = new HashMap<>();
            PersonLinks.Builder linking = PersonLinks.builder();
            StoredEntities.forEach(storage.store(), schemas, v -> {
                switch (v.schema()) {
                    case "Person" -> {
                        persons.put(v.id(), v);
                        v.properties().values().stream().flatMap(List::stream).findFirst()
                                .ifPresent(s -> datasets.put(v.id(), s.provenance().dataset()));
                    }
                    case "Address" -> addresses.put(v.id(), v);
                    case "Company" -> companies.put(v.id(), v);
                    default -> { }
                }
                linking.add(v);
            });
            PersonLinks links = args.flag("no-links") ? PersonLinks.none() : linking.build();
            long started = System.nanoTime();
            List<PersonRecord> records = new ArrayList<>();
            for (EntityView p : persons.values()) {
                records.add(PersonRecords.of(p, id -> Optional.ofNullable(addresses.get(id)), links));
            }
            records.sort(java.util.Comparator.comparing(PersonRecord::id));
            Resolution r = null;
            for (boolean rareNames : new boolean[] {false, true}) {
                long began = rareNames ? System.nanoTime() : started;
                r = Resolution.run(records, nl.gedeeldbeeld.resolve.CandidatePairs.of(records, BlockingKey.persons(), 500), threshold,
                        nl.gedeeldbeeld.resolve.ResolutionProgress.NONE, rareNames);
                double seconds = (System.nanoTime() - began) / 1e9;
                long[] matched = r.matches().stream()
                        .mapToLong(m -> (long) m.left() << 32 | m.right()).toArray();
                System.out.println(rareNames ? "with rare full names (counted over all records) matching:" : "model alone:");
                report(world, storage.store().entityIds(), "Person", records.stream().map(PersonRecord::id).toList(), r.candidates(), matched,
                        r.identities(), seconds);
                bySources(world, storage.store().entityIds(), records, r, datasets);
            }
            System.out.println("  new pairs per blocking key " + r.candidates().pairsPerKey()
                    + ", blocks skipped as too large " + r.candidates().skippedBlocks());
            perSourcePair(world, storage.store().entityIds(), records, r, datasets, threshold);
            missed(world, storage.store().entityIds(), records, r);
            namesakes(world, storage.store().entityIds(), records, r, datasets);
            companies(world, storage.store().entityIds(), companies, addresses, threshold);
        } finally {
            if (kept.isEmpty()) {
                TempDirs.delete(data);
            }
        }
    }

    /**
     * Why true person pairs were missed: not proposed by any blocking key, or proposed and scored below the
     * threshold; for each, which values the two records lack (g given name, s surname, d birth date, a
     * address, i identifier: a letter when either side lacks it) and, for the scored ones, the comparison levels.
     */
    private static void missed(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme scheme, List<PersonRecord> records, Resolution r)
            throws java.io.IOException {
        List<String> ids = records.stream().map(PersonRecord::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Set<String> truth = truePairs(world, scheme, "Person", new HashSet<>(ids));
        Map<String, Resolution.ScoredPair> scored = new HashMap<>();
        for (Resolution.ScoredPair s : r.atLeast(0)) {
            scored.put(PairQuality.key(ids.get(s.left()), ids.get(s.right())), s);
        }
        Set<String> matched = new HashSet<>();
        r.matches().forEach(m -> matched.add(PairQuality.key(ids.get(m.left()), ids.get(m.right()))));
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        for (String pair : truth) {
            if (matched.contains(pair)) {
                continue;
            }
            String[] two = pair.split("\\|", 2);
            PersonRecord a = records.get(index.get(two[0]));
            PersonRecord b = records.get(index.get(two[1]));
            String lacks = (a.givenName().isEmpty() || b.givenName().isEmpty() ? "g" : "")
                    + (a.surname().isEmpty() || b.surname().isEmpty() ? "s" : "")
                    + (a.birthDate().isEmpty() || b.birthDate().isEmpty() ? "d" : "")
                    + (a.postcode().isEmpty() && a.street().isEmpty() || b.postcode().isEmpty() && b.street().isEmpty() ? "a" : "")
                    + (a.identifier().isEmpty() || b.identifier().isEmpty() ? "i" : "");
            Resolution.ScoredPair s = scored.get(pair);
            String why = s == null ? "not proposed" : "scored below, levels " + java.util.Arrays.toString(s.levels());
            reasons.merge(why + " | lacks " + (lacks.isEmpty() ? "-" : lacks), 1, Integer::sum);
        }
        System.out.println("  missed true person pairs by reason (levels: given, surname, birth date, number, street, place, postcode, id):");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println("    " + e.getValue() + "  " + e.getKey()));
    }

    /**
     * Pairs by the two records' datasets: true pairs, matched true pairs and false matches, so that a
     * change's cost and gain show where they fall (a source that holds a name and nothing else, say).
     */
    private static void bySources(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme scheme, List<PersonRecord> records,
                                  Resolution r, Map<String, String> datasets) throws java.io.IOException {
        List<String> ids = records.stream().map(PersonRecord::id).toList();
        Set<String> truth = truePairs(world, scheme, "Person", new HashSet<>(ids));
        Map<String, int[]> counts = new java.util.TreeMap<>();
        java.util.function.BiFunction<String, String, String> sources = (a, b) -> {
            String x = datasets.getOrDefault(a, "?");
            String y = datasets.getOrDefault(b, "?");
            return x.compareTo(y) <= 0 ? x + " / " + y : y + " / " + x;
        };
        for (String pair : truth) {
            String[] two = pair.split("\\|", 2);
            counts.computeIfAbsent(sources.apply(two[0], two[1]), k -> new int[3])[0]++;
        }
        for (Resolution.ScoredPair m : r.matches()) {
            String a = ids.get(m.left());
            String b = ids.get(m.right());
            counts.computeIfAbsent(sources.apply(a, b), k -> new int[3])[truth.contains(PairQuality.key(a, b)) ? 1 : 2]++;
        }
        System.out.println("  person pairs by sources (true, matched true, false matches):");
        counts.forEach((k, v) -> System.out.println("    " + k + ": " + v[0] + ", " + v[1] + ", " + v[2]));
    }

    /**
     * Per-source parameters, measured: m, u and the prior fitted by EM separately on each pair of datasets'
     * candidate pairs (a group of fewer than 1,000 pairs keeps the model fitted on all), with the same rule
     * that a match needs evidence about the person. Prints the pair scores beside the shared model's.
     */
    private static void perSourcePair(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme scheme, List<PersonRecord> records,
                                      Resolution r, Map<String, String> datasets, double threshold) throws java.io.IOException {
        List<String> ids = records.stream().map(PersonRecord::id).toList();
        nl.gedeeldbeeld.resolve.ComparisonPattern.Prepared prepared = new nl.gedeeldbeeld.resolve.ComparisonPattern.Prepared(records);
        int[] patterns = new int[r.candidates().size()];
        String[] group = new String[patterns.length];
        Map<String, List<Integer>> byGroup = new HashMap<>();
        r.candidates().forEach((p, left, right) -> {
            patterns[p] = prepared.of(left, right);
            String x = datasets.getOrDefault(ids.get(left), "?");
            String y = datasets.getOrDefault(ids.get(right), "?");
            group[p] = x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
            byGroup.computeIfAbsent(group[p], k -> new ArrayList<>()).add(p);
        });
        Map<String, nl.gedeeldbeeld.resolve.PairScorer> scorers = new HashMap<>();
        byGroup.forEach((g, pairs) -> {
            if (pairs.size() >= 1000) {
                int[] own = pairs.stream().mapToInt(p -> patterns[p]).toArray();
                nl.gedeeldbeeld.resolve.PatternCounts counts = nl.gedeeldbeeld.resolve.PatternCounts.of(own);
                scorers.put(g, new nl.gedeeldbeeld.resolve.PairScorer(
                        nl.gedeeldbeeld.resolve.FellegiSunter.fit(counts, Resolution.EM_ITERATIONS), counts));
            }
        });
        Set<String> matched = new HashSet<>();
        r.candidates().forEach((p, left, right) -> {
            nl.gedeeldbeeld.resolve.PairScorer scorer = scorers.getOrDefault(group[p], r.scorer());
            if (scorer.probability(patterns[p]) >= threshold) {
                matched.add(PairQuality.key(ids.get(left), ids.get(right)));
            }
        });
        PairQuality q = PairQuality.of(matched, truePairs(world, scheme, "Person", new HashSet<>(ids)));
        System.out.printf(Locale.ROOT, "  per-source-pair EM (groups of >= 1,000 pairs fitted apart: %s): pairs P=%.4f R=%.4f F1=%.4f%n",
                scorers.keySet().stream().sorted().toList(), q.precision(), q.recall(), q.f1());
    }

    /**
     * The limit of a name and nothing else: the candidate pairs that agree exactly on given name and
     * surname and have no birth date, address or identifier to compare, split by how many records of the
     * whole set carry that full name ({@link NameFrequencies}) and by whether the ground truth makes them
     * one person. Where namesakes outnumber true pairs even for the rarest names, no weighing of the name
     * can match these pairs at high precision; only other evidence can.
     */
    private static void namesakes(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme scheme, List<PersonRecord> records,
                                  Resolution r, Map<String, String> datasets) throws java.io.IOException {
        List<String> ids = records.stream().map(PersonRecord::id).toList();
        Set<String> truth = truePairs(world, scheme, "Person", new HashSet<>(ids));
        NameFrequencies names = new NameFrequencies(records);
        Map<Integer, int[]> byCount = new java.util.TreeMap<>();
        for (Resolution.ScoredPair s : r.atLeast(0)) {
            int[] l = s.levels();
            boolean nameOnly = l[0] == 3 && l[1] == 3;
            for (int f = 2; f < l.length; f++) {
                nameOnly &= l[f] == nl.gedeeldbeeld.resolve.Feature.MISSING;
            }
            if (!nameOnly) {
                continue;
            }
            int count = Math.min(6, names.count(s.left()));
            boolean same = truth.contains(PairQuality.key(ids.get(s.left()), ids.get(s.right())));
            boolean across = !datasets.getOrDefault(ids.get(s.left()), "?").equals(datasets.getOrDefault(ids.get(s.right()), "?"));
            int[] c = byCount.computeIfAbsent(count, k -> new int[4]);
            c[same ? 0 : 1]++;
            if (across) {
                c[same ? 2 : 3]++;
            }
        }
        System.out.println("  candidate pairs with exactly the same full name and nothing else to compare,"
                + " by records carrying the name (6 = six or more): same person / namesakes, all pairs | across datasets");
        byCount.forEach((k, v) -> System.out.println("    " + k + ": " + v[0] + " / " + v[1] + " | " + v[2] + " / " + v[3]));
    }

    /** Companies across the partners: the same report for the Company records. */
    private static void companies(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme ids, Map<String, EntityView> companies, Map<String, EntityView> addresses,
                                  double threshold) throws java.io.IOException {
        long started = System.nanoTime();
        List<CompanyRecord> records = new ArrayList<>();
        for (EntityView c : companies.values()) {
            records.add(CompanyRecords.of(c, id -> Optional.ofNullable(addresses.get(id))));
        }
        records.sort(java.util.Comparator.comparing(CompanyRecord::id));
        CompanyResolution r = CompanyResolution.run(records, 500, threshold);
        double seconds = (System.nanoTime() - started) / 1e9;
        report(world, ids, "Company", records.stream().map(CompanyRecord::id).toList(), r.candidates(), r.matchedPairs(),
                r.identities(), seconds);
        System.out.println("  new pairs per blocking key " + r.candidates().pairsPerKey());
    }

    /** Scores one entity type's pairs and identities against the ground truth and prints one line. */
    private static void report(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme scheme, String schema, List<String> ids, CandidatePairs candidates, long[] matchedPairs,
                               List<List<Integer>> identityGroups, double seconds) throws java.io.IOException {
        Set<String> truth = truePairs(world, scheme, schema, new HashSet<>(ids));
        Set<String> proposed = new HashSet<>();
        for (long p : candidates.pairs()) {
            proposed.add(PairQuality.key(ids.get(CandidatePairs.left(p)), ids.get(CandidatePairs.right(p))));
        }
        Set<String> matched = new HashSet<>();
        for (long p : matchedPairs) {
            matched.add(PairQuality.key(ids.get(CandidatePairs.left(p)), ids.get(CandidatePairs.right(p))));
        }
        Set<String> implied = PairQuality.pairsWithin(identityGroups.stream()
                .map(identity -> identity.stream().map(ids::get).toList()).toList());
        long completeness = truth.stream().filter(proposed::contains).count();
        PairQuality pairs = PairQuality.of(matched, truth);
        PairQuality identities = PairQuality.of(implied, truth);
        System.out.printf(Locale.ROOT, "world=%s schema=%s records=%d true_pairs=%d candidates=%d reduction_ratio=%.5f"
                        + " pair_completeness=%.4f | pairs P=%.4f R=%.4f F1=%.4f | identities P=%.4f R=%.4f F1=%.4f"
                        + " | resolve_seconds=%.2f%n", world.getFileName(), schema, ids.size(), truth.size(),
                candidates.size(), candidates.reductionRatio(),
                truth.isEmpty() ? 0 : (double) completeness / truth.size(), pairs.precision(), pairs.recall(),
                pairs.f1(), identities.precision(), identities.recall(), identities.f1(), seconds);
    }

    /** Pairs of store ids of records of the schema that the ground truth says are one entity. */
    static Set<String> truePairs(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme ids, String schema, Set<String> inStore) throws java.io.IOException {
        Map<String, List<String>> byTrueId = new HashMap<>();
        for (TrueIdentities row : TrueIdentities.read(world)) {
            if (row.schema().equals(schema) && inStore.contains(row.storeId(ids))) {
                byTrueId.computeIfAbsent(row.trueId(), k -> new ArrayList<>()).add(row.storeId(ids));
            }
        }
        return PairQuality.pairsWithin(byTrueId.values());
    }
}
