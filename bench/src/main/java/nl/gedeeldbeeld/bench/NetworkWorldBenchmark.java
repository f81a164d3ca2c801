package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.Communities;
import nl.gedeeldbeeld.analytics.network.Coreness;
import nl.gedeeldbeeld.analytics.network.DegreeCentrality;
import nl.gedeeldbeeld.analytics.network.Facilitators;
import nl.gedeeldbeeld.analytics.network.Louvain;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.view.DerivedLink;
import nl.gedeeldbeeld.analytics.view.FacilitatorRole;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.GraphViewBuilder;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.analytics.view.KeyPlayerAnalysis;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Key players and facilitators in a synthetic world's party graph, against the planted networks
 * ({@code ground-truth/networks.json}: members with their role). The world is imported into a fresh store
 * and every party, relationship and shared thing becomes the "everything" view (all partners, all derived
 * links), built twice: with identities from the ground truth (records of one person are one node: this
 * measures the network analysis alone) and without resolution (each partner's record its own node: the
 * floor the resolution lifts). Reads the raw store: this measures the analytics, not the access policy.
 *
 * <p>Key players: recall of the planted KEY_PLAYERs among the top K, 2K and 5K persons of each ranking,
 * K = the number of planted key players in the view; and the top person of each community (Louvain, at
 * least five parties): how many of those are key players, and which share of the key players they are.
 * Three views: everything with true identities, person-to-person relations with true identities, and
 * the relations without resolution. Facilitators: the nodes {@link Facilitators} reports
 * with a role read from the data (company sector, port pass), against the planted financial, legal and
 * logistic facilitators — precision, recall, F1, and whether the role found is the planted one.
 *
 * <pre>bench/run network-world --world worlds/medium</pre>
 */
public final class NetworkWorldBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        long seed = Long.parseLong(args.get("seed", "1"));
        SchemaRegistry schemas = SchemaRegistry.standard();
        Map<String, String> trueIdOf;
        Truth truth = Truth.read(world.resolve("ground-truth/networks.json"));
        Path data = Files.createTempDirectory("gb-bench-network");
        List<EntityView> views = new ArrayList<>();
        long started = System.nanoTime();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            ImportBenchmark.importWorld(storage, world);
            trueIdOf = trueIds(world, storage.store().entityIds());
            StoredEntities.forEach(storage.store(), schemas, views::add);
        }
        System.out.printf(Locale.ROOT, "world=%s entities=%d import_and_read_seconds=%.1f planted_networks=%d "
                        + "key_players=%d facilitators=%d%n", world.getFileName(), views.size(),
                (System.nanoTime() - started) / 1e9, truth.networks, truth.keyPlayers.size(), truth.facilitators.size());
        GraphViewRequest everything = GraphViewRequest.everything();
        GraphViewRequest relations = everything.withSchemata(Set.of("Associate", "Family", "UnknownLink"))
                .withDerived(Set.of(DerivedLink.SHARED_PHONE, DerivedLink.SHARED_VEHICLE, DerivedLink.SHARED_ADDRESS));
        Function<String, String> oracle = id -> trueIdOf.getOrDefault(id, id);
        run("true identities, everything", everything, views, schemas, oracle, id -> id, truth, seed);
        run("true identities, person relations (Associate, Family, UnknownLink, shared phone/vehicle/address)",
                relations, views, schemas, oracle, id -> id, truth, seed);
        run("no resolution, person relations", relations, views, schemas, Function.identity(), oracle, truth, seed);
    }

    /**
     * @param canonical record id to node id for the view
     * @param truthOf   node id to true id for scoring
     */
    private static void run(String name, GraphViewRequest request, List<EntityView> views, SchemaRegistry schemas,
                            Function<String, String> canonical, Function<String, String> truthOf, Truth truth,
                            long seed) {
        long t0 = System.nanoTime();
        GraphViewBuilder builder = new GraphViewBuilder(schemas, request, canonical);
        views.forEach(builder::add);
        GraphView view = builder.build();
        Graph g = view.graph();
        double viewSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        KeyPlayerAnalysis.Scores betweenness = KeyPlayerAnalysis.betweenness(g, seed);
        double betweennessSeconds = (System.nanoTime() - t0) / 1e9;
        double[] degree = DegreeCentrality.degree(g).scores();
        double[] pageRank = new PageRank(g).scores();
        double[] coreness = new Coreness(g).scores();
        t0 = System.nanoTime();
        Communities communities = new Louvain(g, true, seed).communities();
        double louvainSeconds = (System.nanoTime() - t0) / 1e9;
        Components components = Components.of(g);
        System.out.printf(Locale.ROOT, "%n[%s] view: %d nodes, %d edges, %d components (largest %d), built in %.1f s; "
                        + "betweenness %.1f s, %s; Louvain %.1f s: %d communities, modularity %.3f%n",
                name, g.nodeCount(), g.edgeCount(), components.count(), components.largestSize(),
                viewSeconds, betweennessSeconds, betweenness.method(), louvainSeconds, communities.count(),
                communities.modularity());

        // Several records of one person can be nodes without resolution: a key player counts as found when
        // any of its nodes is in the top K.
        List<String> trueOfNode = new ArrayList<>(g.nodeCount());
        for (int v = 0; v < g.nodeCount(); v++) {
            trueOfNode.add(truthOf.apply(view.node(v).id()));
        }
        Set<String> present = new HashSet<>(trueOfNode);
        Set<String> keyPlayers = new HashSet<>(truth.keyPlayers);
        keyPlayers.retainAll(present);
        int k = keyPlayers.size();
        System.out.printf(Locale.ROOT, "key players in the view: %d of %d planted%n", k, truth.keyPlayers.size());
        boolean[] person = new boolean[g.nodeCount()];
        for (int v = 0; v < person.length; v++) {
            person[v] = view.node(v).schema().equals("Person");
        }
        System.out.println("| ranking (persons only) | recall@K | recall@2K | recall@5K | K | community tops: key players / tops | recall |");
        for (var ranking : List.of(Map.entry("betweenness", betweenness.values()), Map.entry("degree", degree),
                Map.entry("PageRank", pageRank), Map.entry("coreness", coreness))) {
            Integer[] order = order(ranking.getValue(), person);
            Set<String> tops = communityTops(ranking.getValue(), person, communities, trueOfNode);
            long topHits = tops.stream().filter(keyPlayers::contains).count();
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d / %d | %.3f |%n", ranking.getKey(),
                    recall(order, trueOfNode, keyPlayers, k), recall(order, trueOfNode, keyPlayers, 2 * k),
                    recall(order, trueOfNode, keyPlayers, 5 * k), k, topHits, tops.size(),
                    k == 0 ? 0 : (double) topHits / k);
        }

        Map<String, String> roles = new HashMap<>();
        for (ViewNode node : view.nodes()) {
            if (!node.roles().isEmpty()) {
                roles.put(node.id(), node.roles().iterator().next().name());
            }
        }
        Set<String> found = new HashSet<>();
        int roleRight = 0;
        int roleChecked = 0;
        for (Facilitators.Facilitator f : new Facilitators(g, communities, roles, 2).all()) {
            if (f.role().isEmpty()) {
                continue;
            }
            String trueId = trueOfNode.get(f.node());
            if (view.node(f.node()).schema().equals("Person") && found.add(trueId)) {
                String planted = truth.facilitators.get(trueId);
                if (planted != null) {
                    roleChecked++;
                    roleRight += view.node(f.node()).roles().contains(FacilitatorRole.valueOf(planted)) ? 1 : 0;
                }
            }
        }
        Set<String> plantedPresent = new HashSet<>(truth.facilitators.keySet());
        plantedPresent.retainAll(present);
        long tp = found.stream().filter(truth.facilitators::containsKey).count();
        double p = found.isEmpty() ? 0 : (double) tp / found.size();
        double r = plantedPresent.isEmpty() ? 0 : (double) tp / plantedPresent.size();
        System.out.printf(Locale.ROOT, "facilitators (persons with a role from the data linking >= 2 communities): "
                        + "found %d, planted in view %d (of %d), true positives %d | P=%.3f R=%.3f F1=%.3f | "
                        + "role right %d of %d%n", found.size(), plantedPresent.size(), truth.facilitators.size(), tp,
                p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), roleRight, roleChecked);
    }

    /** Persons by descending score. */
    private static Integer[] order(double[] scores, boolean[] person) {
        Integer[] order = java.util.stream.IntStream.range(0, scores.length).filter(v -> person[v]).boxed()
                .toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparingInt(v -> v));
        return order;
    }

    /**
     * The highest-scoring person of each community of at least {@link #MIN_COMMUNITY} parties: how an analyst
     * reads "who leads this group" when the view holds many groups.
     */
    private static Set<String> communityTops(double[] scores, boolean[] person, Communities communities,
                                             List<String> trueOfNode) {
        Set<String> tops = new HashSet<>();
        for (List<Integer> members : communities.members()) {
            if (members.size() < MIN_COMMUNITY) {
                continue;
            }
            int best = -1;
            for (int v : members) {
                if (person[v] && (best < 0 || scores[v] > scores[best])) {
                    best = v;
                }
            }
            if (best >= 0) {
                tops.add(trueOfNode.get(best));
            }
        }
        return tops;
    }

    private static final int MIN_COMMUNITY = 5;

    private static double recall(Integer[] order, List<String> trueOfNode, Set<String> wanted, int k) {
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> hit = new HashSet<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            String t = trueOfNode.get(order[i]);
            if (wanted.contains(t)) {
                hit.add(t);
            }
        }
        return (double) hit.size() / wanted.size();
    }

    /** Store id of each source record to its true id. */
    private static Map<String, String> trueIds(Path world, nl.gedeeldbeeld.model.entity.EntityIdScheme ids)
            throws java.io.IOException {
        Map<String, String> out = new HashMap<>();
        for (TrueIdentities row : TrueIdentities.read(world)) {
            out.put(row.storeId(ids), row.trueId());
        }
        return out;
    }

    /** The planted key players and facilitators (true id to planted role). */
    private record Truth(int networks, List<String> keyPlayers, Map<String, String> facilitators) {
        static Truth read(Path file) throws java.io.IOException {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<String> keys = new ArrayList<>();
            Map<String, String> facilitators = new HashMap<>();
            int networks = 0;
            for (JsonNode net : root.get("networks")) {
                networks++;
                for (JsonNode m : net.get("members")) {
                    String role = m.get("role").asText();
                    String id = m.get("trueId").asText();
                    switch (role) {
                        case "KEY_PLAYER" -> keys.add(id);
                        case "FINANCIAL_FACILITATOR" -> facilitators.put(id, "FINANCIAL");
                        case "LEGAL_FACILITATOR" -> facilitators.put(id, "LEGAL");
                        case "LOGISTIC_FACILITATOR" -> facilitators.put(id, "LOGISTIC");
                        default -> { }
                    }
                }
            }
            return new Truth(networks, keys, facilitators);
        }
    }
}
