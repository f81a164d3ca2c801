package nl.gedeeldbeeld.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.view.GraphViewBuilder;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.analytics.view.TransactionViewBuilder;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Writes what the Spark analytics jobs read, for a synthetic world: its party graph as an edge list
 * ({@code source,target,weight}: the world imported into a fresh store, every entity's statements made an
 * {@link EntityView} and the views given to {@link GraphViewBuilder} with {@link GraphViewRequest#everything()}
 * and identity canonical ids, the edges in edge-id order) and the FIOD partner's {@code Payment} entities
 * from the same store as transactions, mapped by the product's {@code TransactionViewBuilder}
 * ({@link FiodPayments}). {@code bench/run spark-analytics} runs this and then
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
        Path data = Files.createTempDirectory("gb-bench-analytics");
        SchemaRegistry schemas = SchemaRegistry.standard();
        GraphViewBuilder parties = new GraphViewBuilder(schemas, GraphViewRequest.everything(), Function.identity());
        TransactionViewBuilder payments = FiodPayments.builder();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            ImportBenchmark.importWorld(storage, world);
            StoredEntities.forEach(storage.store(), schemas, v -> {
                parties.add(v);
                FiodPayments.addIfFiod(payments, v);
            });
        } finally {
            TempDirs.delete(data);
        }
        Graph graph = parties.build().graph();
        writeEdges(graph, edges);
        System.err.printf(Locale.ROOT, "wrote the party graph of %s (%d nodes, %d edges) to %s in %.1f s%n",
                world.getFileName(), graph.nodeCount(), graph.edgeCount(), edges, (System.nanoTime() - t) / 1e9);
        TransactionViewBuilder.TransactionView view = payments.build();
        int cash = writeTransactions(view.graph(), transactions);
        System.err.printf(Locale.ROOT, "wrote %d FIOD payments (%d cash deposits) to %s; %s%n",
                view.graph().transactionCount(), cash, transactions, view.notes());
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
     * The transactions as the Spark job's rows ({@code id, from, to, cents, tick, cash, from_jurisdiction,
     * to_jurisdiction}), in graph order: accounts by their labels (IBANs), a cash deposit from its depositor
     * (the {@code cash:} source node without its prefix), ticks as days; returns the number of cash deposits.
     */
    static int writeTransactions(TransactionGraph g, Path out) throws IOException {
        int cash = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id,from,to,cents,tick,cash,from_jurisdiction,to_jurisdiction\n");
            for (int tx = 0; tx < g.transactionCount(); tx++) {
                boolean deposit = g.isCashDeposit(tx);
                cash += deposit ? 1 : 0;
                String from = g.label(g.from(tx));
                w.write(String.join(",", csv(g.transactionId(tx)),
                        csv(deposit ? from.substring(from.indexOf(':') + 1) : from), csv(g.label(g.to(tx))),
                        Long.toString(g.cents(tx)), Integer.toString(g.time(tx)), Boolean.toString(deposit),
                        deposit ? "" : g.jurisdiction(g.from(tx)).orElse(""), g.jurisdiction(g.to(tx)).orElse(""))
                        + "\n");
            }
        }
        return cash;
    }
}
