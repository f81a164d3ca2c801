package nl.gedeeldbeeld.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.disruption.DisruptionSimulation;
import nl.gedeeldbeeld.analytics.disruption.RemovalStrategy;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.EdgeListReader;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.Communities;
import nl.gedeeldbeeld.analytics.network.KeyPlayers;
import nl.gedeeldbeeld.analytics.network.Louvain;

/**
 * Reproduces the disruption experiment of Cavallaro et al. (2020), "Disrupting resilient criminal networks
 * through data analysis: the case of Sicilian Mafia", PLoS ONE 15(8), on the Montagna meetings and phone-call
 * networks: blocks of 5 nodes removed by betweenness and by degree, recomputed after each block, unweighted;
 * the largest connected component after each block as a fraction of the intact network's, next to the
 * paper's figures. Also sequential removal (blocks of 1) and one initial ranking, and a key-player summary of
 * the other published criminal networks.
 *
 * <pre>bench/run montagna [--dir ../shared/data/networks] [--blocks 6]</pre>
 */
public final class MontagnaBenchmark {
    private static final double[] PAPER_MEETINGS = {0.84, 0.26, 0.12};
    private static final double[] PAPER_PHONECALLS = {0.33, 0.06, 0.03};

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        Path dir = Path.of(args.get("dir", "../shared/data/networks"));
        int blocks = Integer.parseInt(args.get("blocks", "6"));
        run("meetings", EdgeListReader.read(dir.resolve("montagna_meetings.tsv")), PAPER_MEETINGS, blocks);
        run("phonecalls", EdgeListReader.read(dir.resolve("montagna_phonecalls.tsv")), PAPER_PHONECALLS, blocks);
        System.out.println();
        System.out.println("# key players of the other published criminal networks (unweighted, directed ties read as undirected)");
        keyPlayers("montagna meetings", EdgeListReader.read(dir.resolve("montagna_meetings.tsv")));
        keyPlayers("montagna phonecalls", EdgeListReader.read(dir.resolve("montagna_phonecalls.tsv")));
        keyPlayers("morselli siren", AdjacencyMatrix.read(dir.resolve("morselli_siren.csv")));
        keyPlayers("morselli togo", AdjacencyMatrix.read(dir.resolve("morselli_togo.csv")));
        keyPlayers("natarajan cocaine", AdjacencyMatrix.read(dir.resolve("natarajan_cocaine.csv")));
    }

    private static void run(String name, Graph graph, double[] paper, int blocks) {
        Components components = Components.of(graph);
        System.out.printf(Locale.ROOT, "%n# montagna %s: %d nodes, %d edges, %d components, largest %d%n", name, graph.nodeCount(),
                graph.edgeCount(), components.count(), components.largestSize());
        List<String> rows = new ArrayList<>();
        for (String strategy : List.of("betweenness", "degree")) {
            for (boolean recompute : List.of(true, false)) {
                long t0 = System.nanoTime();
                DisruptionSimulation.Curve curve = new DisruptionSimulation(graph, strategy(strategy), 5, blocks, recompute).run();
                long t1 = System.nanoTime();
                DisruptionSimulation.Curve sequential = new DisruptionSimulation(graph, strategy(strategy), 1, 5 * blocks, recompute).run();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s %-9s block5 lcc/lcc0:", strategy,
                        recompute ? "recompute" : "initial"));
                StringBuilder whole = new StringBuilder("   lcc/n:");
                StringBuilder seq = new StringBuilder(String.format(Locale.ROOT, "%-11s %-9s 1-by-1 lcc/lcc0:", strategy,
                        recompute ? "recompute" : "initial"));
                for (int b = 1; b < curve.steps().size(); b++) {
                    DisruptionSimulation.Step s = curve.steps().get(b);
                    line.append(String.format(Locale.ROOT, " %.3f", s.lccFraction()));
                    whole.append(String.format(Locale.ROOT, " %.3f", (double) s.lcc() / graph.nodeCount()));
                    seq.append(String.format(Locale.ROOT, " %.3f", sequential.steps().get(5 * b).lccFraction()));
                }
                rows.add(line + whole.toString() + String.format(Locale.ROOT, "   (%.0f ms)", (t1 - t0) / 1e6));
                rows.add(seq.toString());
                if (recompute) {
                    StringBuilder removed = new StringBuilder("            removed per block:");
                    for (int b = 1; b < Math.min(4, curve.steps().size()); b++) {
                        removed.append(" ").append(curve.steps().get(b).removed());
                    }
                    rows.add(removed.toString());
                    StringBuilder eff = new StringBuilder("            efficiency:");
                    for (DisruptionSimulation.Step s : curve.steps()) {
                        eff.append(String.format(Locale.ROOT, " %.4f", s.efficiency()));
                    }
                    rows.add(eff.toString());
                }
            }
        }
        StringBuilder paperLine = new StringBuilder(String.format(Locale.ROOT, "%-11s %-9s block5 lcc/lcc0:", "paper", "betweenness"));
        for (double p : paper) {
            paperLine.append(String.format(Locale.ROOT, " %.2f ", p));
        }
        System.out.println(paperLine);
        rows.forEach(System.out::println);
    }

    private static RemovalStrategy strategy(String name) {
        return name.equals("degree") ? RemovalStrategy.degree() : RemovalStrategy.betweenness();
    }

    private static void keyPlayers(String name, Graph graph) {
        Components components = Components.of(graph);
        Communities communities = new Louvain(graph).communities();
        BetweennessCentrality bc = BetweennessCentrality.normalised(graph);
        List<String> top = IntStream.range(0, graph.nodeCount()).boxed().sorted(Comparator.comparingDouble((Integer v) -> -bc.score(v))
                .thenComparingInt(v -> v)).limit(3).map(v -> String.format(Locale.ROOT, "%s(%.3f)", graph.label(v), bc.score(v))).toList();
        long t0 = System.nanoTime();
        KeyPlayers.Result neg = KeyPlayers.negative(graph, 3, false).result();
        KeyPlayers.Result pos = KeyPlayers.reach(graph, 3, 1).result();
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT,
                "%-20s n=%d m=%d components=%d lcc=%d modularity=%.3f (%d communities) top betweenness %s%n"
                        + "%-20s KPP-Neg k=3 %s F %.3f -> %.3f; KPP-Pos k=3 %s 1-reach %.3f (%.0f ms)%n",
                name, graph.nodeCount(), graph.edgeCount(), components.count(), components.largestSize(), communities.modularity(),
                communities.count(), top, "", neg.labels(), neg.baseline(), neg.score(), pos.labels(), pos.score(), (t1 - t0) / 1e6);
    }
}
