package nl.gedeeldbeeld.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What the databases can take against what our import gets out of them, in one run on one machine (issue 15,
 * item 3). The ceilings: a plain batched JDBC insert of 13-column statement rows (a random 24-character key as
 * primary key, one secondary index on the entity id, batches of 10,000, one commit per batch) into a fresh H2
 * file database, and PostgreSQL COPY of the same rows into a fresh table. Against them: our import of the
 * world's FtM files into a fresh H2 store and a fresh PostgreSQL store (each a new database), with and without
 * the search index. Rows/s, the ratio to the ceiling of the same database, and the peak heap of each phase.
 *
 * <pre>bench/run storage-ceiling [--world worlds/medium] [--store-pg jdbc:postgresql://HOST/DB?user=…] [--rows N]
 *     [--only h2|postgresql|h2-layout] [--index-breakdown]</pre>
 * {@code --store-pg} names a database to connect to; every PostgreSQL phase creates its own fresh database
 * next to it and drops it afterwards. {@code --rows} sets the ceilings' row count (default: as many as the H2
 * import stored, or 400,000 when that phase is not run).
 *
 * <p>Beside the issue's ceiling, one more PostgreSQL phase: COPY of the rows our import stored into an empty copy of
 * our own table (same key and indexes), in the same database right after the import. It tells apart what the
 * server needs for our rows and indexes from what the importer adds on top. {@code --index-breakdown} then times
 * the same COPY into tables with only some of our indexes (and with the ceiling's), to say what each one costs.
 * Every PostgreSQL phase starts after a CHECKPOINT ({@link FreshDatabase#checkpoint}).
 */
public final class StorageCeilingBenchmark {
    static final int CEILING_BATCH = 10_000;
    /** Not named "ceiling…": the issue's ceiling stays the one every PostgreSQL ratio is taken against. */
    private static final String OWN_ROWS = "COPY of our stored rows into our table";
    private static final String OWN_COLUMNS = "id, entity_id, schema, property, \"value\", original_value, dataset, partner,"
            + " regime, reliability, collected_at, first_seen, last_seen, retain_until, batch_id, not_normalised";
    private static final int BREAKDOWN_RUNS = 3;

    private record Phase(String name, String database, long rows, double seconds, long peakUsedMiB, long peakLiveMiB,
                         double cpuSeconds) {
        double rate() {
            return rows / seconds;
        }
    }

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/medium")), WorldSize.MEDIUM);
        Optional<String> pg = args.get("store-pg");
        String only = args.get("only", "");
        List<Phase> phases = new ArrayList<>();
        long rows = args.get("rows").map(Long::parseLong).orElse(-1L);
        if (only.equals("h2-layout")) {
            long n = rows < 0 ? 322_109 : rows;
            phases.add(h2Ceiling(n));
            phases.add(h2GroupedPrototype(n));
            report(phases);
            return;
        }
        if (!only.equals("postgresql")) {
            Phase plain = ourImport(world, Optional.empty(), false);
            phases.add(plain);
            phases.add(ourImport(world, Optional.empty(), true));
            if (rows < 0) {
                rows = plain.rows();
            }
            phases.add(h2Ceiling(rows));
        }
        if (rows < 0) {
            rows = 400_000;
        }
        if (pg.isPresent() && !only.equals("h2")) {
            phases.addAll(ourImportAndOwnRowsCeiling(world, pg.get(), args.flag("index-breakdown")));
            phases.add(ourImport(world, pg, true));
            phases.add(copyCeiling(pg.get(), rows));
        } else if (pg.isEmpty()) {
            System.out.println("(no --store-pg: the PostgreSQL phases are skipped)");
        }
        report(phases);
    }

    private static void report(List<Phase> phases) {
        System.out.printf(Locale.ROOT, "%n%-40s %10s %8s %10s %9s %10s %10s %8s%n", "phase", "rows", "s", "rows/s",
                "÷ceiling", "peak MiB", "live MiB", "JVM cpu s");
        for (Phase p : phases) {
            Optional<Phase> ceiling = phases.stream()
                    .filter(c -> c.database().equals(p.database()) && c.name().startsWith("ceiling")).findFirst();
            String ratio = ceiling.map(c -> String.format(Locale.ROOT, "%.2f", p.rate() / c.rate())).orElse("-");
            System.out.printf(Locale.ROOT, "%-40s %10d %8.1f %10.0f %9s %10d %10d %8.1f%n", p.name(), p.rows(), p.seconds(),
                    p.rate(), ratio, p.peakUsedMiB(), p.peakLiveMiB(), p.cpuSeconds());
        }
        for (String db : List.of("h2", "postgresql")) {
            Optional<Phase> plain = find(phases, db, "import " + db + " ");
            Optional<Phase> indexed = find(phases, db, "import " + db + " + search index");
            if (plain.isPresent() && indexed.isPresent()) {
                System.out.printf(Locale.ROOT, "%s: the search index costs %.0f%% of the rate (goal: at most 20%%)%n", db,
                        100 * (1 - indexed.get().rate() / plain.get().rate()));
            }
        }
        Optional<Phase> plainPg = find(phases, "postgresql", "import postgresql");
        Optional<Phase> own = find(phases, "postgresql", OWN_ROWS);
        if (plainPg.isPresent() && own.isPresent()) {
            System.out.printf(Locale.ROOT, "postgresql: our import runs at %.2f of a COPY of its own stored rows into its own table%n",
                    plainPg.get().rate() / own.get().rate());
        }
        System.out.printf(Locale.ROOT, "goals: H2 import ≥ 1.50 × its ceiling, PostgreSQL import ≥ 0.80 × COPY, heap < 512 MiB;"
                + " max heap %d MiB, %d cores%n", HeapWatch.maxHeapMiB(), Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of this JVM, all threads (the importer's, the commit thread's, the index feeder's); not the database server's. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static Optional<Phase> find(List<Phase> phases, String db, String name) {
        return phases.stream().filter(p -> p.database().equals(db) && p.name().equals(name.strip())).findFirst();
    }

    /** Our import, as {@code bench/run import} measures it, into a fresh store (a new database on PostgreSQL). */
    private static Phase ourImport(Path world, Optional<String> pg, boolean index) throws Exception {
        Optional<FreshDatabase> fresh = pg.map(FreshDatabase::create);
        try {
            return importInto(world, fresh, index);
        } finally {
            fresh.ifPresent(FreshDatabase::drop);
        }
    }

    /** Our import into a fresh H2 store (no database given) or into the given fresh PostgreSQL database, left in place. */
    private static Phase importInto(Path world, Optional<FreshDatabase> fresh, boolean index) throws Exception {
        String db = fresh.isPresent() ? "postgresql" : "h2";
        String name = "import " + db + (index ? " + search index" : "");
        System.err.println(name + " …");
        Path tmp = Files.createTempDirectory("gb-bench-ceiling");
        StoreConfig config = fresh.map(f -> StoreConfig.of(f.url(), tmp.resolve("index")))
                .orElse(StoreConfig.embedded(tmp));
        try (Storage storage = StoreFactory.open(config)) {
            Importer importer = index ? new Importer(storage.importTarget()) : new Importer(storage.store());
            List<ImportRequest> requests = ImportBenchmark.ftmRequests(world);
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            double cpuStarted = processCpuSeconds();
            long inserted = 0;
            for (ImportRequest request : requests) {
                for (ImportReport report : importer.importAll(request, ProgressListener.NONE)) {
                    inserted += report.statementsInserted();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = processCpuSeconds() - cpuStarted;
            heap.close();
            return new Phase(name, db, inserted, seconds, heap.peakUsedMiB(), heap.peakLiveMiB(), cpu);
        } finally {
            TempDirs.delete(tmp);
        }
    }

    /**
     * Our import into a fresh PostgreSQL store, then, in the same database, COPY of the very rows it stored into an
     * empty copy of our statements table (same columns, key and indexes), 10,000 rows a commit as the ceiling: what
     * the server can take of our own rows and table, without the importer's work. The rows go through a temporary
     * file, so the heap stays as flat as the import's.
     */
    private static List<Phase> ourImportAndOwnRowsCeiling(Path world, String pg, boolean indexBreakdown) throws Exception {
        List<Phase> phases = new ArrayList<>();
        FreshDatabase fresh = FreshDatabase.create(pg);
        Path tmp = Files.createTempDirectory("gb-bench-ceiling-own");
        try {
            phases.add(importInto(world, Optional.of(fresh), false));
            System.err.println(OWN_ROWS + " …");
            Path rowsFile = tmp.resolve("statements.copy");
            try (Connection c = DriverManager.getConnection(fresh.url())) {
                try (var out = Files.newOutputStream(rowsFile)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY statements (" + OWN_COLUMNS + ") TO STDOUT", out);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE own_rows_ceiling (LIKE statements INCLUDING ALL)");
                    FreshDatabase.checkpoint(st);
                }
                c.setAutoCommit(false);
                HeapWatch heap = HeapWatch.start();
                long started = System.nanoTime();
                double cpuStarted = processCpuSeconds();
                long rows = copyOwnRows(c, rowsFile, "own_rows_ceiling");
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpu = processCpuSeconds() - cpuStarted;
                heap.close();
                phases.add(new Phase(OWN_ROWS, "postgresql", rows, seconds,
                        heap.peakUsedMiB(), heap.peakLiveMiB(), cpu));
                if (indexBreakdown) {
                    indexBreakdown(c, rowsFile);
                }
            }
            return phases;
        } finally {
            TempDirs.delete(tmp);
            fresh.drop();
        }
    }

    /**
     * The same COPY of our stored rows into tables with our columns and only some of our indexes, each variant
     * {@link #BREAKDOWN_RUNS} times after a checkpoint, the fastest run printed: what each index costs the server.
     */
    private static void indexBreakdown(Connection c, Path rowsFile) throws SQLException {
        String key = "ALTER TABLE breakdown ADD PRIMARY KEY (entity_id, id)";
        String retain = "CREATE INDEX ON breakdown (retain_until)";
        String hash = "CREATE INDEX ON breakdown USING hash (\"value\")";
        var variants = new java.util.LinkedHashMap<String, List<String>>();
        variants.put("no index", List.of());
        variants.put("key (entity_id, id)", List.of(key));
        variants.put("key + retain_until", List.of(key, retain));
        variants.put("key + value hash", List.of(key, hash));
        variants.put("key + retain_until + value hash (ours)", List.of(key, retain, hash));
        variants.put("the ceiling's: key (id) + entity_id", List.of("ALTER TABLE breakdown ADD PRIMARY KEY (id)",
                "CREATE INDEX ON breakdown (entity_id)"));
        System.out.printf(Locale.ROOT, "%nCOPY of our stored rows, by index (fastest of %d runs):%n", BREAKDOWN_RUNS);
        for (var variant : variants.entrySet()) {
            double best = Double.MAX_VALUE;
            long rows = 0;
            for (int run = 0; run < BREAKDOWN_RUNS; run++) {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE IF EXISTS breakdown");
                    st.execute("CREATE TABLE breakdown (LIKE statements INCLUDING DEFAULTS)");
                    for (String ddl : variant.getValue()) {
                        st.execute(ddl);
                    }
                    c.commit();
                    st.execute("CHECKPOINT");
                }
                long started = System.nanoTime();
                rows = copyOwnRows(c, rowsFile, "breakdown");
                best = Math.min(best, (System.nanoTime() - started) / 1e9);
            }
            System.out.printf(Locale.ROOT, "  %-45s %6.2f s %10.0f rows/s%n", variant.getKey(), best, rows / best);
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS breakdown");
            c.commit();
        }
    }

    /** COPY of the rows file into a table, 10,000 rows a commit, as the ceiling; the number of rows. */
    private static long copyOwnRows(Connection c, Path rowsFile, String table) throws SQLException {
        long rows = 0;
        var pending = new java.io.ByteArrayOutputStream(CEILING_BATCH * 400);
        byte[] block = new byte[1 << 20];
        try (var in = Files.newInputStream(rowsFile)) {
            int inPending = 0;
            int n;
            while ((n = in.read(block)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n' && ++inPending == CEILING_BATCH) {
                        pending.write(block, from, i + 1 - from);
                        from = i + 1;
                        rows += copyOwnRows(c, table, pending, inPending);
                        inPending = 0;
                    }
                }
                pending.write(block, from, n - from);
            }
            rows += copyOwnRows(c, table, pending, inPending);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static long copyOwnRows(Connection c, String table, java.io.ByteArrayOutputStream rows, int count)
            throws SQLException {
        if (count == 0) {
            return 0;
        }
        copyAndCommit(c, "COPY " + table + " (" + OWN_COLUMNS + ") FROM STDIN", rows.toByteArray());
        rows.reset();
        return count;
    }

    /** One COPY of COPY-text rows and its commit: how every ceiling writes a batch. */
    private static void copyAndCommit(Connection c, String copy, byte[] rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        in.writeToCopy(rows, 0, rows.length);
        in.endCopy();
        c.commit();
    }

    /** Batched JDBC inserts of the ceiling rows into a fresh H2 file database with default settings. */
    private static Phase h2Ceiling(long rows) throws Exception {
        System.err.println("ceiling h2 (batched JDBC insert) …");
        Path tmp = Files.createTempDirectory("gb-bench-ceiling-h2");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("ceiling").toAbsolutePath(), "", "")) {
            createTable(c);
            c.setAutoCommit(false);
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            double cpuStarted = processCpuSeconds();
            CeilingRows source = new CeilingRows(rows);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ceiling VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                while (source.hasNext()) {
                    for (int i = 0; i < CEILING_BATCH && source.hasNext(); i++) {
                        String[] r = source.next();
                        for (int col = 0; col < 9; col++) {
                            ps.setString(col + 1, r[col]);
                        }
                        ps.setObject(10, source.collected);
                        ps.setObject(11, source.seen);
                        ps.setObject(12, source.seen);
                        ps.setString(13, r[9]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = processCpuSeconds() - cpuStarted;
            heap.close();
            return new Phase("ceiling h2 (JDBC batches of 10,000)", "h2", rows, seconds, heap.peakUsedMiB(),
                    heap.peakLiveMiB(), cpu);
        } finally {
            TempDirs.delete(tmp);
        }
    }

    /**
     * A prototype of the table layout the H2 goal would need, measured on the ceiling's rows: one row per entity
     * and batch (its statements' id, property and value packed in one text column) and the batch's provenance
     * once in a table of its own, instead of one 13-column row per statement. Keyed by (entity id, batch), with no
     * secondary index: what the read paths ask by entity is the key's prefix. Not measured here: the unique
     * statement id that makes a re-import idempotent (the layout would compare a batch with the entity's stored
     * rows instead), and every read path that would have to unpack the rows. Rates are in statements.
     */
    private static Phase h2GroupedPrototype(long rows) throws Exception {
        System.err.println("prototype h2 (one row per entity and batch) …");
        Path tmp = Files.createTempDirectory("gb-bench-ceiling-h2-grouped");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("grouped").toAbsolutePath(), "", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE batch_provenance (batch_no INT NOT NULL PRIMARY KEY, dataset VARCHAR(63) NOT NULL,"
                        + " partner VARCHAR(128) NOT NULL, regime VARCHAR(128) NOT NULL, reliability CHAR(2) NOT NULL,"
                        + " collected_at TIMESTAMP WITH TIME ZONE NOT NULL, first_seen TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " batch_id VARCHAR(400) NOT NULL)");
                st.execute("CREATE TABLE entity_batch (entity_id VARCHAR(1024) NOT NULL, batch_no INT NOT NULL,"
                        + " schema VARCHAR(128) NOT NULL, statements VARCHAR(1000000) NOT NULL, PRIMARY KEY (entity_id, batch_no))");
            }
            c.setAutoCommit(false);
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            double cpuStarted = processCpuSeconds();
            CeilingRows source = new CeilingRows(rows);
            int batchNo = 0;
            try (PreparedStatement provenance = c.prepareStatement("INSERT INTO batch_provenance VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO entity_batch VALUES (?, ?, ?, ?)")) {
                while (source.hasNext()) {
                    batchNo++;
                    String[] first = source.next();
                    provenance.setInt(1, batchNo);
                    for (int col = 5; col < 9; col++) {
                        provenance.setString(col - 3, first[col]);
                    }
                    provenance.setObject(6, source.collected);
                    provenance.setObject(7, source.seen);
                    provenance.setString(8, first[9]);
                    provenance.executeUpdate();
                    // The batch's statements, grouped by entity as the importer holds them (an entity's statements
                    // arrive together); an entity cut by the batch boundary gets a row in each batch.
                    StringBuilder packed = new StringBuilder();
                    String entity = first[1];
                    String schema = first[2];
                    int inBatch = 1;
                    pack(packed, first);
                    while (true) {
                        String[] r = inBatch < CEILING_BATCH && source.hasNext() ? source.next() : null;
                        if (r == null || !r[1].equals(entity)) {
                            ps.setString(1, entity);
                            ps.setInt(2, batchNo);
                            ps.setString(3, schema);
                            ps.setString(4, packed.toString());
                            ps.addBatch();
                            packed.setLength(0);
                            if (r == null) {
                                break;
                            }
                            entity = r[1];
                            schema = r[2];
                        }
                        pack(packed, r);
                        inBatch++;
                    }
                    ps.executeBatch();
                    c.commit();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = processCpuSeconds() - cpuStarted;
            heap.close();
            return new Phase("prototype h2: a row per entity and batch", "h2", rows, seconds, heap.peakUsedMiB(),
                    heap.peakLiveMiB(), cpu);
        } finally {
            TempDirs.delete(tmp);
        }
    }

    private static void pack(StringBuilder packed, String[] r) {
        packed.append(r[0]).append('\t').append(r[3]).append('\t').append(r[4]).append('\n');
    }

    /** PostgreSQL COPY (text format, through the driver's CopyManager) of the same rows, one commit per 10,000. */
    private static Phase copyCeiling(String pg, long rows) throws Exception {
        System.err.println("ceiling postgresql (COPY) …");
        FreshDatabase fresh = FreshDatabase.create(pg);
        try (Connection c = DriverManager.getConnection(fresh.url())) {
            createTable(c);
            c.setAutoCommit(false);
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            double cpuStarted = processCpuSeconds();
            CeilingRows source = new CeilingRows(rows);
            String collected = source.collected.toString();
            String seen = source.seen.toString();
            StringBuilder text = new StringBuilder(CEILING_BATCH * 256);
            while (source.hasNext()) {
                text.setLength(0);
                for (int i = 0; i < CEILING_BATCH && source.hasNext(); i++) {
                    String[] r = source.next();
                    // The generated values hold no tab, newline or backslash, so COPY text needs no escaping here.
                    for (int col = 0; col < 9; col++) {
                        text.append(r[col]).append('\t');
                    }
                    text.append(collected).append('\t').append(seen).append('\t').append(seen).append('\t')
                            .append(r[9]).append('\n');
                }
                copyAndCommit(c, "COPY ceiling FROM STDIN", text.toString().getBytes(StandardCharsets.UTF_8));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = processCpuSeconds() - cpuStarted;
            heap.close();
            return new Phase("ceiling postgresql (COPY, 10,000 a commit)", "postgresql", rows, seconds,
                    heap.peakUsedMiB(), heap.peakLiveMiB(), cpu);
        } finally {
            fresh.drop();
        }
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ceiling (id VARCHAR(24) NOT NULL PRIMARY KEY, entity_id VARCHAR(1024) NOT NULL,"
                    + " schema VARCHAR(128) NOT NULL, property VARCHAR(128) NOT NULL, \"value\" VARCHAR(100000) NOT NULL,"
                    + " dataset VARCHAR(63) NOT NULL, partner VARCHAR(128) NOT NULL, regime VARCHAR(128) NOT NULL,"
                    + " reliability CHAR(2) NOT NULL, collected_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " first_seen TIMESTAMP WITH TIME ZONE NOT NULL, last_seen TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " batch_id VARCHAR(400) NOT NULL)");
            st.execute("CREATE INDEX ceiling_entity_id ON ceiling (entity_id)");
        }
    }

    /**
     * Statement-like rows from a fixed seed: a random 24-character key, an entity id of 64 hex characters shared
     * by the entity's 4–8 statements (as our opaque ids), values of 6–40 characters, provenance as a world's.
     */
    private static final class CeilingRows {
        private static final String[] SCHEMATA = {"Person", "Company", "Address", "BankAccount", "Payment", "Vehicle"};
        private static final String[] PROPERTIES = {"name", "birthDate", "address", "iban", "amount", "country", "registrationNumber"};
        private static final char[] KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        final OffsetDateTime collected = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        final OffsetDateTime seen = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
        private final SplittableRandom random = new SplittableRandom(15);
        private final long total;
        private long made;
        private String entity = "";
        private String schema = "";
        private int left;

        CeilingRows(long total) {
            this.total = total;
        }

        boolean hasNext() {
            return made < total;
        }

        /** id, entity id, schema, property, value, dataset, partner, regime, reliability, batch id. */
        String[] next() {
            if (left == 0) {
                entity = text(HEX, 64);
                schema = SCHEMATA[random.nextInt(SCHEMATA.length)];
                left = 4 + random.nextInt(5);
            }
            left--;
            made++;
            return new String[] {text(KEY, 24), entity, schema, PROPERTIES[random.nextInt(PROPERTIES.length)],
                    text(KEY, 6 + random.nextInt(35)), "fiod", "FIOD", "AWR_ART_67", "B2",
                    "fiod-run-1#" + (made / CEILING_BATCH)};
        }

        private String text(char[] alphabet, int length) {
            char[] out = new char[length];
            for (int i = 0; i < length; i++) {
                out[i] = alphabet[random.nextInt(alphabet.length)];
            }
            return new String(out);
        }
    }

    /** A new, empty PostgreSQL database next to the one a URL names, dropped when the phase is done. */
    private record FreshDatabase(String adminUrl, String name, String url) {
        static FreshDatabase create(String url) {
            String name = "gb_ceiling_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
                checkpoint(st);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a fresh database next to " + url + ": " + e.getMessage(), e);
            }
            return new FreshDatabase(url, name, withDatabase(url, name));
        }

        /**
         * Writes out the dirty pages the phase before left, so that no phase pays for the one before it: without
         * it the same phase moved by a third from run to run on a quiet machine. Needs a superuser; without one
         * the phases run as they are, and say so.
         */
        static void checkpoint(Statement st) {
            try {
                st.execute("CHECKPOINT");
            } catch (SQLException e) {
                System.err.println("no CHECKPOINT before the phase (" + e.getMessage().strip() + "); rates may carry the phase before");
            }
        }

        static String withDatabase(String url, String database) {
            String rest = url.substring("jdbc:".length());
            URI uri = URI.create(rest);
            return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        void drop() {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop " + name + ": " + e.getMessage());
            }
        }
    }

    private StorageCeilingBenchmark() {
    }
}
