package nl.gedeeldbeeld.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.analytics.disruption.DisruptionSimulation;
import nl.gedeeldbeeld.analytics.disruption.RemovalStrategy;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.EdgeListReader;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.BurtConstraint;
import nl.gedeeldbeeld.analytics.network.ClosenessCentrality;
import nl.gedeeldbeeld.analytics.network.Communities;
import nl.gedeeldbeeld.analytics.network.Coreness;
import nl.gedeeldbeeld.analytics.network.HarmonicCentrality;
import nl.gedeeldbeeld.analytics.network.Louvain;
import nl.gedeeldbeeld.analytics.network.NodeScores;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import nl.gedeeldbeeld.model.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Network analytics on an edge-list file, without the store: {@code gb analyse network} writes per-node
 * metrics, {@code gb analyse disrupt} simulates removing nodes block by block. The edge list is
 * {@code source target [weight]} a line, separated by tabs, commas, semicolons or spaces, with or without a
 * header line (the rule that tells them apart is {@link EdgeListReader}'s). A summary goes to standard error so
 * that standard output can be piped as CSV.
 */
@Command(name = "analyse", description = "Analyse networks, money flows and ownership: on an edge-list file (network, disrupt) or on the store as a user with a purpose.",
        subcommands = {AnalyseCommand.Network.class, AnalyseCommand.Disrupt.class, AnalyseStoreCommands.KeyPlayers.class,
            AnalyseStoreCommands.Alerts.class, AnalyseStoreCommands.Trace.class, AnalyseStoreCommands.Ubo.class,
            AnalyseStoreCommands.Fronts.class, AnalyseMoneyCommands.Money.class, AnalyseMoneyCommands.MoneyTrain.class})
final class AnalyseCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final String EDGES_HELP = "Edge list, one 'source target [weight]' a line, separated by tabs, commas, "
            + "semicolons or spaces; an optional first line names the columns (source,target[,weight]; also from,to or "
            + "van,naar). Pairs listed twice are one edge (weights summed).";

    @Command(name = "network", description = {"Per-node metrics: node,degree,betweenness,closeness,harmonic_closeness,pagerank,coreness,community,constraint.",
            "Betweenness and closeness count hops (weights ignored); closeness is taken within the node's component,"
                    + " harmonic closeness over the whole network; community by Louvain; constraint is Burt's."})
    static final class Network implements Callable<Integer> {
        @Option(names = "--edges", required = true, paramLabel = "FILE", description = EDGES_HELP)
        Path edges;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the metrics here (default: standard output).")
        Path out;

        @Option(names = "--sample", paramLabel = "K", description = "Estimate betweenness from K sampled sources (large graphs); "
                + "the error bound is printed with the summary.")
        Integer sample;

        @Option(names = "--seed", defaultValue = "42", description = "Seed for Louvain's node order and the betweenness sample (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--weighted", description = "Use the edge weights in PageRank, Louvain and constraint (default: every tie counts 1).")
        boolean weighted;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (sample != null && sample < 1) {
                throw new UserInputException("--sample must be at least 1, was " + sample);
            }
            Graph graph = EdgeListReader.read(edges);
            PrintWriter err = spec.commandLine().getErr();
            NodeScores betweenness;
            String method;
            if (sample != null) {
                SampledBetweenness sampled = new SampledBetweenness(graph, sample, 0.1, seed);
                betweenness = sampled;
                method = "sampled betweenness: " + sampled.bound();
            } else {
                betweenness = BetweennessCentrality.of(graph);
                method = "exact betweenness (Brandes)";
            }
            ClosenessCentrality closeness = new ClosenessCentrality(graph);
            HarmonicCentrality harmonic = new HarmonicCentrality(graph);
            PageRank pageRank = new PageRank(graph, PageRank.DEFAULT_DAMPING, 1000, 1e-10, weighted);
            Coreness coreness = new Coreness(graph);
            Communities communities = new Louvain(graph, weighted, seed).communities();
            BurtConstraint constraint = new BurtConstraint(graph, weighted);
            try (Writer w = writer(out, spec)) {
                w.write("node,degree,betweenness,closeness,harmonic_closeness,pagerank,coreness,community,constraint\n");
                for (int v = 0; v < graph.nodeCount(); v++) {
                    w.write(csv(graph.label(v)) + "," + graph.degree(v) + "," + number(betweenness.score(v)) + ","
                            + number(closeness.score(v)) + "," + number(harmonic.score(v)) + "," + number(pageRank.score(v)) + ","
                            + coreness.coreness(v) + "," + communities.of(v) + "," + number(constraint.score(v)) + "\n");
                }
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            Components components = Components.of(graph);
            err.printf(Locale.ROOT, "%s: %d nodes, %d edges, %d components (largest %d), %d communities, modularity %.4f (%s); %s%n",
                    edges, graph.nodeCount(), graph.edgeCount(), components.count(), components.largestSize(), communities.count(),
                    communities.modularity(), communities.method(), method);
            if (out != null) {
                err.println("wrote " + graph.nodeCount() + " nodes to " + out);
            }
            err.flush();
            return 0;
        }
    }

    @Command(name = "disrupt", description = {"Remove nodes block by block and follow the largest component: step,removed,lcc,lcc_fraction,components,efficiency.",
            "lcc_fraction is relative to the largest component of the intact network; efficiency is Latora-Marchiori's global efficiency."})
    static final class Disrupt implements Callable<Integer> {
        @Option(names = "--edges", required = true, paramLabel = "FILE", description = EDGES_HELP)
        Path edges;

        @Option(names = "--strategy", required = true, paramLabel = "NAME",
                description = "degree, betweenness, kpp (Borgatti's KPP-Neg set of each block's size) or random.")
        String strategy;

        @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of blocks to remove.")
        int steps;

        @Option(names = "--block", defaultValue = "5", paramLabel = "B", description = "Nodes per block (default: ${DEFAULT-VALUE}).")
        int block;

        @Option(names = "--no-recompute", description = "Rank once on the intact network instead of after every block.")
        boolean noRecompute;

        @Option(names = "--seed", defaultValue = "1", description = "Seed for --strategy random (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the curve here (default: standard output).")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (steps < 1) {
                throw new UserInputException("--steps must be at least 1, was " + steps);
            }
            if (block < 1) {
                throw new UserInputException("--block must be at least 1, was " + block);
            }
            RemovalStrategy removal = switch (strategy.toLowerCase(Locale.ROOT)) {
                case "degree" -> RemovalStrategy.degree();
                case "betweenness" -> RemovalStrategy.betweenness();
                case "kpp" -> RemovalStrategy.keyPlayers();
                case "random" -> RemovalStrategy.random(seed);
                default -> throw new UserInputException("--strategy must be degree, betweenness, kpp or random, got '" + strategy + "'");
            };
            Graph graph = EdgeListReader.read(edges);
            DisruptionSimulation.Curve curve = new DisruptionSimulation(graph, removal, block, steps, !noRecompute).run();
            try (Writer w = writer(out, spec)) {
                w.write("step,removed,lcc,lcc_fraction,components,efficiency\n");
                for (DisruptionSimulation.Step s : curve.steps()) {
                    w.write(s.step() + "," + csv(String.join(";", s.removed())) + "," + s.lcc() + "," + number(s.lccFraction()) + ","
                            + s.components() + "," + number(s.efficiency()) + "\n");
                }
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(edges + ": " + graph.nodeCount() + " nodes, " + graph.edgeCount() + " edges; " + curve.explanation());
            err.flush();
            return 0;
        }
    }

    /** The output file, or standard output kept open (only flushed) when there is none. */
    static Writer writer(Path out, CommandLine.Model.CommandSpec spec) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            return new java.io.FilterWriter(stdout) {
                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    /** Eight significant digits, no exponent; empty for an undefined value (e.g. the constraint of an isolated node). */
    static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "";
        }
        if (x == 0) {
            return "0";
        }
        return new BigDecimal(x).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
