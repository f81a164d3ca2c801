package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Import throughput: the FtM JSON lines of a world (by default the medium one) into a fresh store,
 * statements per second and peak heap. Run under a fixed heap (bench/run uses -Xmx512m) to show the
 * import streams. With {@code --store jdbc:postgresql://…} the target is PostgreSQL (give an empty
 * database); otherwise a fresh H2 file store in a temporary directory.
 *
 * <pre>bench/run import --world worlds/medium [--size medium] [--store JDBC-URL] [--index] [--batch-size N]</pre>
 * {@code --index} also updates the search index per batch, as {@code gb ingest} does. {@code --prepare-sql
 * "SQL|SQL…"} runs statements on the fresh store before the import, to measure a schema variant (say, an index
 * dropped) before writing it as a migration.
 */
public final class ImportBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        int batchSize = Integer.parseInt(args.get("batch-size", String.valueOf(ImportRequest.DEFAULT_BATCH_SIZE)));
        List<ImportRequest> requests = ftmRequests(world).stream()
                .map(r -> r.withBatchSize(batchSize)).toList();
        Path tmp = Files.createTempDirectory("gb-bench-import");
        StoreConfig config = args.get("store")
                .map(url -> StoreConfig.of(url, tmp.resolve("index")))
                .orElse(StoreConfig.embedded(tmp));
        boolean index = args.flag("index");
        try (Storage storage = StoreFactory.open(config)) {
            prepare(storage, args.get("prepare-sql"));
            Importer importer = index ? new Importer(storage.importTarget()) : new Importer(storage.store());
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            long inserted = 0;
            long records = 0;
            long bytes = 0;
            for (ImportRequest request : requests) {
                for (ImportReport report : importer.importAll(request, ProgressListener.NONE)) {
                    inserted += report.statementsInserted();
                    records += report.recordsRead();
                }
                for (Path f : request.files()) {
                    bytes += Files.size(f);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "target=%s index=%s files=%d size=%.1fMiB records=%d statements=%d "
                            + "seconds=%.1f statements_per_s=%.0f peak_heap_used_mib=%d peak_live_mib=%d max_heap_mib=%d cores=%d%n",
                    config.jdbcUrl().startsWith("jdbc:h2") ? "h2" : "postgresql", index, requests.size(),
                    bytes / 1048576.0, records, inserted, seconds, inserted / seconds,
                    heap.peakUsedMiB(), heap.peakLiveMiB(), HeapWatch.maxHeapMiB(),
                    Runtime.getRuntime().availableProcessors());
            heap.close();
        } finally {
            TempDirs.delete(tmp);
        }
    }

    private static void prepare(Storage storage, Optional<String> sql) throws SQLException {
        if (sql.isEmpty()) {
            return;
        }
        try (Connection c = storage.store().dataSource().getConnection();
             Statement st = c.createStatement()) {
            for (String each : sql.get().split("\\|")) {
                if (!each.isBlank()) {
                    st.execute(each);
                }
            }
        }
    }

    /** Imports every file of the world's manifest into the storage (store and index), as `gb ingest` would. */
    static void importWorld(Storage storage, Path world) throws java.io.IOException {
        Importer importer = new Importer(storage.importTarget());
        for (ImportRequest request : requests(world, false)) {
            importer.importAll(request, ProgressListener.NONE);
        }
    }

    /** The manifest's FtM JSON lines files, with their provenance. */
    static List<ImportRequest> ftmRequests(Path world) throws java.io.IOException {
        return requests(world, true);
    }

    /** The manifest's files (only the FtM JSON lines ones, or all), with their provenance and mappings. */
    static List<ImportRequest> requests(Path world, boolean ftmOnly) throws java.io.IOException {
        JsonNode manifest = new ObjectMapper().readTree(world.resolve("manifest.json").toFile());
        List<ImportRequest> requests = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            String format = f.get("format").asText();
            if (ftmOnly && !format.equals("ftm")) {
                continue;
            }
            ImportRequest.Builder b = ImportRequest.builder(f.get("dataset").asText(), f.get("partner").asText(), f.get("regime").asText())
                    .file(world.resolve(f.get("path").asText()))
                    .reliability(f.get("reliability").asText())
                    .format(format);
            if (f.hasNonNull("mapping")) {
                b.mapping(world.resolve(f.get("mapping").asText()));
            }
            requests.add(b.build());
        }
        if (requests.isEmpty()) {
            throw new IllegalStateException(world + "/manifest.json lists no FtM JSON lines file");
        }
        return requests;
    }
}
