package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.view.GraphViewBuilder;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Writes what the Spark analytics jobs read, for a synthetic world: its party graph as an edge list
 * ({@code source,target,weight}: the world imported into a fresh store, every entity's statements made an
 * {@link EntityView} and the views given to {@link GraphViewBuilder} with {@link GraphViewRequest#everything()}
 * and identity canonical ids, the edges in edge-id order) and the FIOD file's {@code Payment} entities as
 * transactions ({@link Payments}). {@code bench/run spark-analytics} runs this and then
 * {@code nl.gedeeldbeeld.spark.CompareAnalyticsWithSingleMachine} on the two files (Spark stays off this
 * module's class path).
 *
 * <pre>AnalyticsExport --world worlds/medium --edges edges.csv --transactions transactions.csv</pre>
 */
public final class AnalyticsExport {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        Path edges = Path.of(args.get("edges").orElseThrow(() -> new IllegalArgumentException("--edges FILE is required")));
        Path transactions = Path.of(args.get("transactions")
                .orElseThrow(() -> new IllegalArgumentException("--transactions FILE is required")));
        long t = System.nanoTime();
        Graph graph = partyGraph(world);
        writeEdges(graph, edges);
        System.err.printf(Locale.ROOT, "wrote the party graph of %s (%d nodes, %d edges) to %s in %.1f s%n",
                world.getFileName(), graph.nodeCount(), graph.edgeCount(), edges, (System.nanoTime() - t) / 1e9);
        Payments payments = Payments.read(world.resolve("fiod/fiod.ftm.json"));
        payments.write(transactions);
        System.err.printf(Locale.ROOT, "wrote %d FIOD payments (%d cash deposits; %d without a receiving account"
                        + " skipped) to %s%n", payments.rows().size(), payments.cash(), payments.skipped(), transactions);
    }

    /** The world's party graph: every visible link, every derived link, identities as the records themselves. */
    static Graph partyGraph(Path world) throws Exception {
        Path data = Files.createTempDirectory("gb-bench-analytics");
        SchemaRegistry schemas = SchemaRegistry.standard();
        GraphViewBuilder builder = new GraphViewBuilder(schemas, GraphViewRequest.everything(), Function.identity());
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            ImportBenchmark.importWorld(storage, world);
            try (Stream<Statement> all = storage.store().streamAll()) {
                List<Statement> current = new ArrayList<>();
                for (Statement s : (Iterable<Statement>) all::iterator) {
                    if (!current.isEmpty() && !current.get(0).entityId().equals(s.entityId())) {
                        EntityView.of(current.get(0).entityId(), current, schemas).ifPresent(builder::add);
                        current = new ArrayList<>();
                    }
                    current.add(s);
                }
                if (!current.isEmpty()) {
                    EntityView.of(current.get(0).entityId(), current, schemas).ifPresent(builder::add);
                }
            }
        } finally {
            TempDirs.delete(data);
        }
        return builder.build().graph();
    }

    static void writeEdges(Graph graph, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("source,target,weight\n");
            double[] weights = new double[graph.edgeCount()];
            for (int v = 0; v < graph.nodeCount(); v++) {
                for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                    weights[graph.edgeId(p)] = graph.weight(p);
                }
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                w.write(csv(graph.label(graph.edgeSource(e))) + "," + csv(graph.label(graph.edgeTarget(e))) + ","
                        + weights[e] + "\n");
            }
        }
    }

    private static String csv(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            throw new IllegalStateException("node label with a comma or quote: " + value);
        }
        return value;
    }

    /**
     * FtM {@code Payment} entities of a JSON-lines file as transaction rows ({@code id, from, to, cents, tick,
     * cash, from_jurisdiction, to_jurisdiction}), in file order: from the payer's account to the
     * beneficiary's, the amount in cents, the day as days since 1970-01-01, the accounts' jurisdictions
     * from their {@code BankAccount} country. A payment without a payer account is a cash deposit by its
     * payer (the depositor); one without a beneficiary account moves no money between accounts and is skipped.
     */
    record Payments(List<String[]> rows, int cash, int skipped) {
        static final String HEADER = "id,from,to,cents,tick,cash,from_jurisdiction,to_jurisdiction";

        static Payments read(Path ftm) throws IOException {
            ObjectMapper json = new ObjectMapper();
            Map<String, String> country = new HashMap<>();
            List<JsonNode> payments = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(ftm, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode entity = json.readTree(line);
                    String schema = entity.path("schema").asText();
                    if (schema.equals("BankAccount")) {
                        country.put(entity.path("id").asText(), first(entity, "country"));
                    } else if (schema.equals("Payment")) {
                        payments.add(entity);
                    }
                }
            }
            List<String[]> rows = new ArrayList<>();
            int cash = 0;
            int skipped = 0;
            for (JsonNode p : payments) {
                String to = first(p, "beneficiaryAccount");
                String from = first(p, "payerAccount");
                String amount = first(p, "amount");
                String date = first(p, "date");
                if (to.isEmpty() || amount.isEmpty() || date.isEmpty()) {
                    skipped++;
                    continue;
                }
                boolean deposit = from.isEmpty();
                if (deposit) {
                    cash++;
                    from = first(p, "payer");
                }
                long cents = new BigDecimal(amount).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
                rows.add(new String[] {p.path("id").asText(), from, to, String.valueOf(cents),
                        String.valueOf(LocalDate.parse(date.substring(0, 10)).toEpochDay()), String.valueOf(deposit),
                        deposit ? "" : country.getOrDefault(from, ""), country.getOrDefault(to, "")});
            }
            return new Payments(rows, cash, skipped);
        }

        private static String first(JsonNode entity, String property) {
            JsonNode values = entity.path("properties").path(property);
            return values.isArray() && !values.isEmpty() ? values.get(0).asText() : "";
        }

        void write(Path out) throws IOException {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(HEADER + "\n");
                for (String[] row : rows) {
                    for (String field : row) {
                        if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0) {
                            throw new IllegalStateException("payment field with a comma or quote: " + field);
                        }
                    }
                    w.write(String.join(",", row) + "\n");
                }
            }
        }
    }
}
