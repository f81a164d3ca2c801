package nl.gedeeldbeeld.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.DecisionRule;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.search.IndexStats;
import nl.gedeeldbeeld.store.search.SearchAccess;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Search latency on a loaded world: p50/p95/p99 over a mix of queries drawn from the store itself —
 * exact names, names with one typo, surnames alone and identifiers (IBAN) in spaced notation — after a
 * warm-up, searched as real users would: each search carries the access of a demo user (the policy inside
 * the query), with registers that put a sample of police entities in a joint case of the RIEC and mark a
 * sample of persons as protected. Three users, one run each:
 * <ul>
 *   <li>{@code analist-politie} / THEMATISCHE_ANALYSE — the police's own data plus port data with pass
 *       holders redacted;</li>
 *   <li>{@code riec-adviseur} / RIEC_CASUS — police data only for entities in a joint case (a conditional
 *       grant over an entity list), municipal Bibob data unconditionally, FIU data prohibited;</li>
 *   <li>{@code fiu-analist} / THEMATISCHE_ANALYSE — own data only (the grant is just partner = FIU).</li>
 * </ul>
 * and a fourth run with every partner granted in full, which no user has: it finds what the index found before
 * the policy moved into the query, to compare with figures measured then.
 * Loads every partner file of the world into a fresh H2 store first unless {@code --data DIR} names a loaded
 * one; {@code --reindex} rebuilds that store's search index first (needed after the index layout changed).
 * Prints the index's document count and size on disk.
 *
 * <pre>bench/run search --world worlds/medium [--queries 2000] [--data DIR [--reindex]] [--joint-cases 1000]
 *     [--protected 200] [--runs analist-politie,riec-adviseur,fiu-analist,all-partners]</pre>
 */
public final class SearchBenchmark {
    private record Viewer(String user, String organisation, String purpose) {
    }

    private static final List<Viewer> VIEWERS = List.of(
            new Viewer("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE"),
            new Viewer("riec-adviseur", "RIEC_RR", "RIEC_CASUS"),
            new Viewer("fiu-analist", "FIU", "THEMATISCHE_ANALYSE"));

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(args.get("queries", "2000"));
        int jointCases = Integer.parseInt(args.get("joint-cases", "1000"));
        int protectedPersons = Integer.parseInt(args.get("protected", "200"));
        Path data = args.get("data").map(Path::of).orElse(null);
        boolean temporary = data == null;
        if (temporary) {
            Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
            data = Files.createTempDirectory("gb-bench-search");
            try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
                ImportBenchmark.importWorld(storage, world);
            }
        }
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            if (args.flag("reindex")) {
                IndexStats stats = storage.index().rebuild(storage.store());
                System.out.printf(Locale.ROOT, "reindexed: statements=%d documents=%d seconds=%.1f%n", stats.statements(),
                        stats.documents(), stats.millis() / 1000.0);
            }
            System.out.printf(Locale.ROOT, "index: documents=%d size_mib=%.1f%n", storage.index().documentCount(),
                    sizeOf(storage.index().path()) / 1048576.0);
            Sample sample = sample(storage, count, jointCases, protectedPersons, new SplittableRandom(42),
                    new SplittableRandom(7));
            InMemoryRegisters registers = new InMemoryRegisters();
            sample.jointCase.forEach(id -> registers.addToJointCase(id, "RIEC_RR"));
            sample.protectedPersons.forEach(registers::protect);
            PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyCatalogue.demo(), registers, registers, registers);
            long entities = storage.store().countEntities();
            Set<String> runs = Set.of(args.get("runs", "analist-politie,riec-adviseur,fiu-analist,all-partners").split(","));
            for (Viewer viewer : VIEWERS.stream().filter(v -> runs.contains(v.user())).toList()) {
                Supplier<SearchAccess> access = () -> {
                    // Per request, as the app does: a fresh context, its allowed slices and the register answers.
                    AccessContext ctx = pdp.open(viewer.user(), viewer.organisation(), viewer.purpose(), "bench", Instant.now());
                    Set<String> joint = viewer.organisation().equals("RIEC_RR") ? sample.jointCase : Set.of();
                    return SearchAccess.of(pdp.allowedSlices(ctx), joint, Set.of(), sample.protectedPersons);
                };
                run(storage, "user=" + viewer.user() + " purpose=" + viewer.purpose(), access, sample.queries, entities);
            }
            if (runs.contains("all-partners")) {
                SearchAccess everything = everything(pdp.catalogue());
                run(storage, "user=all-partners purpose=-", () -> everything, sample.queries, entities);
            }
        } finally {
            if (temporary) {
                TempDirs.delete(data);
            }
        }
    }

    /**
     * Every partner's statements in full: no user has this access; it finds what the index found before the
     * policy moved into the query, for comparing against figures measured then.
     */
    private static SearchAccess everything(PolicyCatalogue catalogue) {
        List<SliceGrant> grants = catalogue.organisations().stream()
                .map(o -> new SliceGrant(o.code(), Selection.ALL, Selection.ALL, Selection.ALL, Set.of(), List.of(),
                        DecisionRule.AGREEMENT, Optional.empty()))
                .toList();
        return SearchAccess.of(new AllowedSlices(LocalDate.now(PolicyDecisionPoint.ZONE), "POLITIE", "BENCH", grants,
                List.of(), Set.of()), Set.of(), Set.of(), Set.of());
    }

    private static void run(Storage storage, String label, Supplier<SearchAccess> access, List<String> queries,
                            long entities) {
        for (int i = 0; i < Math.min(300, queries.size()); i++) {
            storage.index().search(SearchQuery.of(queries.get(i), access.get()));
        }
        long[] nanos = new long[queries.size()];
        long hits = 0;
        long total = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            var result = storage.index().search(SearchQuery.of(queries.get(i), access.get()));
            nanos[i] = System.nanoTime() - t;
            hits += result.hits().size();
            total += result.total();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s entities=%d queries=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f "
                        + "max_ms=%.2f mean_hits=%.1f mean_total=%.1f%n",
                label, entities, nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
                nanos[nanos.length - 1] / 1e6, hits / (double) nanos.length, total / (double) nanos.length);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private record Sample(List<String> queries, Set<String> jointCase, Set<String> protectedPersons) {
    }

    /**
     * One pass over the store: a reservoir sample of names and IBANs (turned into the query mix), of police
     * entities (the RIEC's joint cases) and of persons (protected). The registers draw from their own random
     * source, so the query mix is the same as before they existed.
     */
    private static Sample sample(Storage storage, int count, int jointCases, int protectedPersons,
                                 SplittableRandom random, SplittableRandom registerRandom) {
        List<String> names = new ArrayList<>();
        List<String> ibans = new ArrayList<>();
        List<String> police = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        long seenNames = 0;
        long seenIbans = 0;
        long seenPolice = 0;
        long seenPersons = 0;
        try (Stream<Statement> all = storage.store().streamAll()) {
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (s.property().equals("name")) {
                    seenNames++;
                    reservoir(names, s.value(), seenNames, count, random);
                } else if (s.property().equals("iban")) {
                    seenIbans++;
                    reservoir(ibans, s.value(), seenIbans, count, random);
                } else if (s.isIdStatement()) {
                    if (s.provenance().partner().equals("POLITIE")) {
                        seenPolice++;
                        reservoir(police, s.entityId(), seenPolice, jointCases, registerRandom);
                    }
                    if (s.schema().equals("Person")) {
                        seenPersons++;
                        reservoir(persons, s.entityId(), seenPersons, protectedPersons, registerRandom);
                    }
                }
            }
        }
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = i % 4;
            if (kind == 3 && !ibans.isEmpty()) {
                String iban = ibans.get(random.nextInt(ibans.size()));
                queries.add(iban.replaceAll("(.{4})", "$1 ").trim());
            } else {
                String name = names.get(random.nextInt(names.size()));
                queries.add(switch (kind) {
                    case 1 -> typo(name, random);
                    case 2 -> name.substring(name.lastIndexOf(' ') + 1);
                    default -> name;
                });
            }
        }
        return new Sample(queries, Set.copyOf(new HashSet<>(police)), Set.copyOf(new HashSet<>(persons)));
    }

    private static void reservoir(List<String> sample, String value, long seen, int size, SplittableRandom random) {
        if (size <= 0) {
            return;
        }
        if (sample.size() < size) {
            sample.add(value);
        } else {
            long j = random.nextLong(seen);
            if (j < size) {
                sample.set((int) j, value);
            }
        }
    }

    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
