package nl.gedeeldbeeld.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.audit.InMemoryAuditLog;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.DecisionRule;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.search.SearchAccess;
import nl.gedeeldbeeld.store.search.SearchFilter;
import nl.gedeeldbeeld.store.search.SearchHit;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.SearchResult;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * What the access policy and the audit cost: the same entity-profile reads and searches, raw (the store's
 * statements and an index search that lets everything through, captions from the raw store) and through
 * {@link nl.gedeeldbeeld.store.access.EntityAccess} (allowed slices, policy in the SQL and the Lucene
 * filter, register checks, one hash-chained audit event per request) three ways: with the audit kept in
 * memory (the policy's own cost), with the audit file as the application writes it (reads forced in the
 * background) and with the audit forced before each request returns. Each id is read by every variant in
 * turn, the variant that reads first rotating, so caches warm all alike; reports p50/p95 and the added
 * latency in percent, per user and purpose.
 *
 * <pre>bench/run access --world worlds/medium [--reads 2000] [--data DIR]</pre>
 */
public final class AccessBenchmark {
    private static final List<String[]> CONTEXTS = List.of(
            new String[] {"rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK"},
            new String[] {"riec-adviseur", "RIEC_RR", "RIEC_CASUS"},
            new String[] {"analist-politie", "POLITIE", "THEMATISCHE_ANALYSE"});

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        int reads = Integer.parseInt(args.get("reads", "2000"));
        Path data = args.get("data").map(Path::of).orElse(null);
        boolean temporary = data == null;
        if (temporary) {
            Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
            data = Files.createTempDirectory("gb-bench-access");
            try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
                ImportBenchmark.importWorld(storage, world);
            }
        }
        Path auditDir = Files.createTempDirectory("gb-bench-access-audit");
        SchemaRegistry schemas = SchemaRegistry.standard();
        PolicyCatalogue catalogue = PolicyCatalogue.demo();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data));
             FileAuditLog audit = FileAuditLog.open(auditDir.resolve("audit.log"), FsyncPolicy.ON_FLUSH, 1000);
             FileAuditLog grouped = FileAuditLog.open(auditDir.resolve("grouped.log"), FsyncPolicy.READS_GROUPED, 1000)) {
            AccessLayer access = AccessLayer.over(storage, catalogue, audit, schemas, Clock.systemUTC());
            // The same layer with the audit kept in memory: what the policy costs without the log's disk I/O;
            // and with the application's default log, which forces reads in the background.
            AccessLayer policyOnly = AccessLayer.over(storage, catalogue, new InMemoryAuditLog(), schemas, Clock.systemUTC());
            AccessLayer groupedAudit = AccessLayer.over(storage, catalogue, grouped, schemas, Clock.systemUTC());
            List<AccessLayer> variants = List.of(policyOnly, groupedAudit, access);
            SplittableRandom random = new SplittableRandom(42);
            List<String> ids = sampleIds(storage, reads, random);
            List<String> names = sampleNames(storage, reads, random);
            // Some joint-case entities, so the RIEC's conditional grants have something to open.
            var riec = access.decisions().open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "bench", Instant.now());
            var jointCase = access.sharing().openCase(riec, "Benchmark-casus", Set.of("POLITIE", "OM"));
            for (String id : ids.subList(0, Math.min(200, ids.size()))) {
                try {
                    storage.store().registers().addToCase(jointCase.id(), id, "bench", Instant.now());
                } catch (RuntimeException ignored) {
                    // an id of a partner the RIEC cannot see yet is still a fine case member
                }
            }
            AllowedSlices everything = everything(catalogue);
            for (String[] c : CONTEXTS) {
                AccessContext ctx = access.decisions().open(c[0], c[1], c[2], "bench-" + c[0], Instant.now());
                for (AccessLayer variant : variants) {
                    warm(variant, storage, schemas, ctx, ids, names, everything);
                }
                int n = 1 + variants.size();
                long[][] profile = new long[n][ids.size()];
                long[][] search = new long[n][names.size()];
                // The first read of an id warms the database's page cache for the others: rotate which
                // variant goes first, so each is first equally often.
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    for (int k = 0; k < n; k++) {
                        int v = (i + k) % n;
                        long t = System.nanoTime();
                        if (v == 0) {
                            EntityView.of(id, storage.store().statementsOf(id), schemas);
                        } else {
                            variants.get(v - 1).entities().profile(ctx, id);
                        }
                        profile[v][i] = System.nanoTime() - t;
                    }
                }
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    for (int k = 0; k < n; k++) {
                        int v = (i + k) % n;
                        long t = System.nanoTime();
                        if (v == 0) {
                            rawSearch(storage, schemas, name, everything);
                        } else {
                            variants.get(v - 1).entities().search(ctx, name, Set.of(), SearchFilter.unrestricted(), 0, 20);
                        }
                        search[v][i] = System.nanoTime() - t;
                    }
                }
                report(c[0] + "/" + c[2], "profile", profile);
                report(c[0] + "/" + c[2], "search", search);
            }
            System.out.printf(Locale.ROOT, "audit events written=%d%n", audit.lastSequence() + grouped.lastSequence());
        } finally {
            TempDirs.delete(auditDir);
            if (temporary) {
                TempDirs.delete(data);
            }
        }
    }

    private static void warm(AccessLayer access, Storage storage, SchemaRegistry schemas, AccessContext ctx,
                             List<String> ids, List<String> names, AllowedSlices everything) {
        for (int i = 0; i < Math.min(300, ids.size()); i++) {
            storage.store().statementsOf(ids.get(i));
            access.entities().profile(ctx, ids.get(i));
            rawSearch(storage, schemas, names.get(i), everything);
            access.entities().search(ctx, names.get(i), Set.of(), SearchFilter.unrestricted(), 0, 20);
        }
    }

    /** A search that lets every slice through, with captions from the raw store: the baseline. */
    private static void rawSearch(Storage storage, SchemaRegistry schemas, String text, AllowedSlices everything) {
        SearchResult result = storage.index().search(SearchQuery.of(text,
                SearchAccess.of(everything, Set.of(), Set.of(), Set.of())).page(0, 20));
        var statements = storage.store().statementsOf(result.hits().stream().map(SearchHit::entityId).toList());
        for (SearchHit hit : result.hits()) {
            EntityView.of(hit.entityId(), statements.getOrDefault(hit.entityId(), List.of()), schemas);
        }
    }

    private static AllowedSlices everything(PolicyCatalogue catalogue) {
        List<SliceGrant> grants = new ArrayList<>();
        for (var org : catalogue.organisations()) {
            grants.add(new SliceGrant(org.code(), Selection.ALL, Selection.ALL, Selection.ALL, Set.of(), List.of(),
                    DecisionRule.OWN_DATA, Optional.empty()));
        }
        return new AllowedSlices(java.time.LocalDate.now(), "BENCH", "BENCH", grants, List.of(),
                Set.copyOf(catalogue.regimes().codes()));
    }

    /**
     * Rows: raw; policy with the audit in memory; policy with the audit file as the application writes it
     * (reads forced in the background); policy with the audit file forced before each request returns.
     */
    private static void report(String who, String what, long[][] nanos) {
        double[] p50 = new double[nanos.length];
        double[] p95 = new double[nanos.length];
        for (int v = 0; v < nanos.length; v++) {
            long[] sorted = nanos[v].clone();
            Arrays.sort(sorted);
            p50[v] = pct(sorted, 50);
            p95[v] = pct(sorted, 95);
        }
        line(who, what, "p50", nanos[0].length, p50);
        line(who, what, "p95", nanos[0].length, p95);
    }

    private static void line(String who, String what, String percentile, int n, double[] p) {
        System.out.printf(Locale.ROOT, "%-42s %-7s %s_ms n=%d raw=%.3f policy=%.3f (%+.0f%%) +audit_grouped=%.3f (%+.0f%%)"
                        + " +audit_fsync=%.3f (%+.0f%%)%n", who, what, percentile, n, p[0], p[1],
                added(p[1], p[0]), p[2], added(p[2], p[0]), p[3], added(p[3], p[0]));
    }

    private static double added(double measured, double baseline) {
        return 100 * (measured / baseline - 1);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static List<String> sampleIds(Storage storage, int count, SplittableRandom random) {
        List<String> ids = new ArrayList<>();
        long seen = 0;
        try (Stream<Statement> all = storage.store().streamAll()) {
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (s.isIdStatement()) {
                    seen++;
                    reservoir(ids, s.entityId(), seen, count, random);
                }
            }
        }
        return ids;
    }

    private static List<String> sampleNames(Storage storage, int count, SplittableRandom random) {
        List<String> names = new ArrayList<>();
        long seen = 0;
        try (Stream<Statement> all = storage.store().streamAll()) {
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (s.property().equals("name")) {
                    seen++;
                    reservoir(names, s.value(), seen, count, random);
                }
            }
        }
        return names;
    }

    private static void reservoir(List<String> sample, String value, long seen, int size, SplittableRandom random) {
        if (sample.size() < size) {
            sample.add(value);
        } else {
            long j = random.nextLong(seen);
            if (j < size) {
                sample.set((int) j, value);
            }
        }
    }
}
