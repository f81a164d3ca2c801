package nl.gedeeldbeeld.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Search latency on a loaded world: p50/p95/p99 over a mix of queries drawn from the store itself —
 * exact names, names with one typo, surnames alone and identifiers (IBAN) in spaced notation — after a
 * warm-up. Loads every partner file of the world into a fresh H2 store first unless {@code --data DIR}
 * names a loaded one.
 *
 * <pre>bench/run search --world worlds/medium [--queries 2000] [--data DIR]</pre>
 */
public final class SearchBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(args.get("queries", "2000"));
        Path data = args.get("data").map(Path::of).orElse(null);
        boolean temporary = data == null;
        if (temporary) {
            Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
            data = Files.createTempDirectory("gb-bench-search");
            try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
                Importer importer = new Importer(storage.importTarget());
                for (var request : ImportBenchmark.requests(world, false)) {
                    importer.importAll(request, ProgressListener.NONE);
                }
            }
        }
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            List<String> queries = queries(storage, count, new SplittableRandom(42));
            for (int i = 0; i < Math.min(300, queries.size()); i++) {
                storage.index().search(SearchQuery.of(queries.get(i)));
            }
            long[] nanos = new long[queries.size()];
            long hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                hits += storage.index().search(SearchQuery.of(queries.get(i))).hits().size();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "entities=%d queries=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_hits=%.1f%n",
                    storage.store().countEntities(), nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
                    nanos[nanos.length - 1] / 1e6, hits / (double) nanos.length);
        } finally {
            if (temporary) {
                TempDirs.delete(data);
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** A reservoir sample of names and IBANs from the store, turned into the query mix. */
    private static List<String> queries(Storage storage, int count, SplittableRandom random) {
        List<String> names = new ArrayList<>();
        List<String> ibans = new ArrayList<>();
        long seenNames = 0;
        long seenIbans = 0;
        try (Stream<Statement> all = storage.store().streamAll()) {
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (s.property().equals("name")) {
                    seenNames++;
                    reservoir(names, s.value(), seenNames, count, random);
                } else if (s.property().equals("iban")) {
                    seenIbans++;
                    reservoir(ibans, s.value(), seenIbans, count, random);
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
        return queries;
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
