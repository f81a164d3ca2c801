package nl.gedeeldbeeld.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test but a measurement, run on demand: {@code ./mvnw -o -pl ingest test -Dtest=ThroughputProbeTest
 * -Dgb.bench=true}. Reads, parses and converts a generated FtM file into a store that only counts, so the
 * figure is the importer's own cost; heap use is sampled to show it stays flat.
 */
@EnabledIfSystemProperty(named = "gb.bench", matches = "true")
class ThroughputProbeTest {
    @TempDir
    Path dir;

    @Test
    void ftmJsonLinesThroughput() throws IOException {
        int entities = Integer.getInteger("gb.bench.records", 300_000);
        Path file = dir.resolve("big.ftm.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entities; i++) {
                out.write("{\"id\":\"p" + i + "\",\"caption\":\"Persoon " + i + "\",\"schema\":\"Person\",\"properties\":{"
                        + "\"name\":[\"Persoon " + i + "\",\"P. " + i + "\"],\"birthDate\":[\"19" + (10 + i % 90) + "-0" + (1 + i % 9)
                        + "-1" + (i % 9) + "\"],\"nationality\":[\"nl\"],\"country\":[\"nl\",\"be\"],\"gender\":[\"male\"],"
                        + "\"description\":[\"some description of this person " + i + "\"]},"
                        + "\"referents\":[],\"datasets\":[\"x\"],\"first_seen\":\"2024-03-09T02:54:48\",\"target\":false}\n");
            }
        }
        long size = Files.size(file);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            long n = 0;
            try (FtmJsonLinesReader reader = new FtmJsonLinesReader(file)) {
                while (reader.next().isPresent()) {
                    n++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "read+parse only: %,d records in %.2f s = %,.0f records/s, %.1f MB/s%n",
                    n, s, n / s, size / 1e6 / s);
        }
        long t1 = System.nanoTime();
        FileFingerprint.of(file);
        System.out.printf(Locale.ROOT, "sha-256 pass: %.2f s%n", (System.nanoTime() - t1) / 1e9);
        CountingStore store = new CountingStore();
        Importer importer = new Importer(store);
        ImportRequest request = ImportRequest.builder("bench", "POLITIE", "WPG_ART9").file(file).build();
        // Warm up the JIT on a first, smaller pass before measuring.
        importer.importFile(request, file, ProgressListener.NONE);
        store.reset();
        long maxHeap = 0;
        long start = System.nanoTime();
        long[] heap = {0};
        ImportReport report = importer.importFile(ImportRequest.builder("bench2", "POLITIE", "WPG_ART9").file(file).build(),
                file, p -> heap[0] = Math.max(heap[0], usedHeap()));
        double seconds = (System.nanoTime() - start) / 1e9;
        maxHeap = heap[0];
        System.out.printf(Locale.ROOT, "FtM JSON lines: %,d records (%.1f MB) in %.2f s = %,.0f records/s, %,.0f statements/s, %.1f MB/s; "
                        + "max used heap during import %.0f MB of %.0f MB allowed%n", report.recordsRead(), size / 1e6, seconds,
                report.recordsRead() / seconds, store.statements / seconds, size / 1e6 / seconds, maxHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        assertThat(report.recordsQuarantined()).isZero();
    }

    @Test
    void ftmJsonLinesIntoH2() throws IOException {
        int entities = Integer.getInteger("gb.bench.records", 300_000) / 6;
        Path file = dir.resolve("h2.ftm.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entities; i++) {
                out.write("{\"id\":\"p" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Persoon " + i
                        + "\"],\"birthDate\":[\"1980-01-0" + (1 + i % 9) + "\"],\"nationality\":[\"nl\"],\"country\":[\"nl\",\"be\"],"
                        + "\"gender\":[\"male\"],\"description\":[\"description " + i + "\"]}}\n");
            }
        }
        try (StatementStore store = nl.gedeeldbeeld.store.StoreFactory.openStore(
                nl.gedeeldbeeld.store.StoreConfig.embedded(dir.resolve("data")))) {
            long start = System.nanoTime();
            ImportReport report = new Importer(store).importFile(
                    ImportRequest.builder("bench", "POLITIE", "WPG_ART9").file(file).build(), file, ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "FtM JSON lines into H2: %,d records, %,d statements in %.2f s = %,.0f records/s, %,.0f statements/s%n",
                    report.recordsRead(), report.statementsInserted(), seconds, report.recordsRead() / seconds,
                    report.statementsInserted() / seconds);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Counts what it is given and stores nothing, so only the importer is measured. */
    private static final class CountingStore implements StatementStore {
        long statements;
        private ImportRun run;

        void reset() {
            statements = 0;
            run = null;
        }

        @Override
        public nl.gedeeldbeeld.model.entity.EntityIdScheme entityIds() {
            return FakeStatementStore.IDS;
        }

        @Override
        public ImportRun beginRun(ImportRun proposed) {
            run = proposed;
            return proposed;
        }

        @Override
        public BatchResult commitBatch(ImportBatch batch, List<Statement> s, List<QuarantinedRecord> q) {
            statements += s.size();
            return new BatchResult(s.size(), 0, q.size());
        }

        @Override
        public void completeRun(String runId) {
        }

        @Override
        public Optional<ImportRun> run(String runId) {
            return Optional.ofNullable(run);
        }

        @Override
        public List<ImportRun> runs() {
            return List.of();
        }

        @Override
        public int committedBatches(String runId) {
            return 0;
        }

        @Override
        public List<Statement> statementsOf(String entityId) {
            return List.of();
        }

        @Override
        public Stream<Statement> streamAll() {
            return Stream.empty();
        }

        @Override
        public long countStatements() {
            return statements;
        }

        @Override
        public long countEntities() {
            return 0;
        }

        @Override
        public List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved) {
            return List.of();
        }

        @Override
        public void resolveQuarantined(String runId, List<Long> recordNumbers) {
        }

        @Override
        public void close() {
        }
    }
}
