package nl.gedeeldbeeld.analytics.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.BurtConstraint;
import nl.gedeeldbeeld.analytics.network.ClosenessCentrality;
import nl.gedeeldbeeld.analytics.network.Communities;
import nl.gedeeldbeeld.analytics.network.Coreness;
import nl.gedeeldbeeld.analytics.network.Facilitators;
import nl.gedeeldbeeld.analytics.network.KeyPlayers;
import nl.gedeeldbeeld.analytics.network.Louvain;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;

/**
 * Who matters in a view, and why: the question "which key players and facilitators do we target jointly"
 * (seed 004) answered on a caller's {@link GraphView}. Nodes are ranked by betweenness (being on the
 * shortest paths between others is what makes a person hard to replace), each with its other measures and
 * the kinds of evidence behind its links; Borgatti's key-player sets say which few to remove to break the
 * network (KPP-Neg) and whom to approach to reach most of it (KPP-Pos); facilitators are nodes with a
 * financial, legal or logistic role whose neighbours lie in several communities.
 *
 * <p>Cost decides the method, and each result says which was used: betweenness is exact up to
 * {@link #EXACT_LIMIT} nodes and sampled (with its Hoeffding bound) beyond; closeness is only computed up to
 * that size; key-player sets only up to {@link #KPP_LIMIT} nodes (their swap search is quadratic) — narrow
 * a larger view with {@link GraphView#around}.
 */
public final class KeyPlayerAnalysis {
    public static final int EXACT_LIMIT = 5_000;
    public static final int KPP_LIMIT = 2_000;
    private static final int PIVOTS = 1_000;

    /** One node with its measures and an explanation in Dutch. */
    public record RankedNode(int rank, String id, String caption, String schema, int degree, double betweenness,
                             double closeness, double pageRank, int coreness, int community, double constraint,
                             Set<FacilitatorRole> roles, Map<String, Integer> evidenceKinds, String explanation) {
        public RankedNode {
            roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
            evidenceKinds = java.util.Collections.unmodifiableMap(new TreeMap<>(evidenceKinds));
        }
    }

    /** A facilitator: its roles and where they come from, and the communities it connects. */
    public record FacilitatorNode(String id, String caption, Set<FacilitatorRole> roles, List<String> roleReasons,
                                  List<Integer> communities, double participation, String explanation) {
        public FacilitatorNode {
            roles = java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
            roleReasons = List.copyOf(roleReasons);
            communities = List.copyOf(communities);
        }
    }

    /** A key-player set with its score against the intact network. */
    public record PlayerSet(List<String> ids, List<String> captions, String measure, double score, double baseline,
                            String explanation) {
        public PlayerSet {
            ids = List.copyOf(ids);
            captions = List.copyOf(captions);
        }
    }

    /** {@code complete} is false when the time budget cut the key-player search short (the notes say how). */
    public record Result(int nodes, int edges, int components, int communities, double modularity,
                         String betweennessMethod, List<RankedNode> ranked, Optional<PlayerSet> fragmentation,
                         Optional<PlayerSet> reach, List<FacilitatorNode> facilitators, List<String> notes,
                         boolean complete) {
        public Result {
            ranked = List.copyOf(ranked);
            facilitators = List.copyOf(facilitators);
            notes = List.copyOf(notes);
        }
    }

    private final GraphView view;
    private final int top;
    private final int k;
    private final long seed;
    private final Budget budget;
    private volatile Result result;

    /**
     * @param top how many ranked nodes to return
     * @param k   the size of the key-player sets
     */
    public KeyPlayerAnalysis(GraphView view, int top, int k, long seed) {
        this(view, top, k, seed, Budget.unlimited());
    }

    /**
     * An analysis whose key-player search stops when the budget is spent: the measures are computed in full
     * (their cost is bounded by the view's size limits), the swap search answers with what it found by then,
     * and the result says so.
     */
    public KeyPlayerAnalysis(GraphView view, int top, int k, long seed, Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.view = Objects.requireNonNull(view, "view");
        if (top < 1) {
            throw new nl.gedeeldbeeld.model.UserInputException("top must be at least 1, was " + top);
        }
        if (k < 1) {
            throw new nl.gedeeldbeeld.model.UserInputException("k must be at least 1, was " + k);
        }
        this.top = top;
        this.k = k;
        this.seed = seed;
    }

    public synchronized Result result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    /** Betweenness per node on the scale of {@link BetweennessCentrality#normalised}, and how it was found. */
    public static Scores betweenness(Graph graph, long seed) {
        if (graph.nodeCount() <= EXACT_LIMIT) {
            return new Scores(BetweennessCentrality.normalised(graph).scores(), "exact (Brandes)");
        }
        SampledBetweenness sampled = new SampledBetweenness(graph, PIVOTS, 0.1, seed);
        double[] s = new double[graph.nodeCount()];
        for (int v = 0; v < s.length; v++) {
            s[v] = sampled.normalisedScore(v);
        }
        return new Scores(s, "sampled: " + sampled.bound());
    }

    /** Scores with the method that produced them. */
    public record Scores(double[] values, String method) {
    }

    private Result compute() {
        Graph g = view.graph();
        int n = g.nodeCount();
        List<String> notes = new ArrayList<>();
        if (n == 0) {
            return new Result(0, 0, 0, 0, 0, "none", List.of(), Optional.empty(), Optional.empty(), List.of(),
                    List.of("de weergave bevat geen verbanden"), true);
        }
        Scores betweenness = betweenness(g, seed);
        double[] closeness = new double[n];
        if (n <= EXACT_LIMIT) {
            closeness = new ClosenessCentrality(g).scores();
        } else {
            java.util.Arrays.fill(closeness, Double.NaN);
            notes.add("closeness niet berekend: meer dan " + EXACT_LIMIT + " knopen (vernauw de weergave)");
        }
        double[] pageRank = new PageRank(g).scores();
        Coreness coreness = new Coreness(g);
        double[] constraint = new BurtConstraint(g, true).scores();
        Communities communities = new Louvain(g, true, seed).communities();
        Components components = Components.of(g);

        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        double[] b = betweenness.values();
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -b[v])
                .thenComparingInt(v -> -g.degree(v)).thenComparingInt(v -> v));
        List<RankedNode> ranked = new ArrayList<>();
        for (int r = 0; r < Math.min(top, n); r++) {
            int v = order[r];
            ViewNode node = view.node(v);
            Map<String, Integer> kinds = evidenceKinds(v);
            String explanation = String.format(Locale.ROOT,
                    "%s: betweenness %.4f (rang %d van %d), %d buren (bewijs: %s), PageRank %.4f, k-core %d, "
                            + "gemeenschap %d, constraint %.3f%s",
                    node.caption(), b[v], r + 1, n, g.degree(v), describe(kinds), pageRank[v], coreness.coreness(v),
                    communities.of(v), constraint[v], node.roles().isEmpty() ? ""
                            : "; rol " + node.roles().stream().map(FacilitatorRole::dutch).collect(Collectors.joining("/")));
            ranked.add(new RankedNode(r + 1, node.id(), node.caption(), node.schema(), g.degree(v), b[v], closeness[v],
                    pageRank[v], coreness.coreness(v), communities.of(v), constraint[v], node.roles(), kinds,
                    explanation));
        }
        Optional<PlayerSet> fragmentation = Optional.empty();
        Optional<PlayerSet> reach = Optional.empty();
        if (n <= KPP_LIMIT && k < n && budget.exhausted()) {
            notes.add("sleutelspelersets niet berekend: het tijdsbudget van " + budget.describe()
                    + " was op na de maten (vraag een kleinere k of vernauw de weergave)");
        } else if (n <= KPP_LIMIT && k < n) {
            KeyPlayers.Result negative = KeyPlayers.negative(g, k, false, budget).result();
            KeyPlayers.Result positive = KeyPlayers.reach(g, k, 2, budget).result();
            fragmentation = Optional.of(set(negative));
            reach = Optional.of(set(positive));
            if (!negative.complete() || !positive.complete()) {
                notes.add("sleutelspelersets binnen het tijdsbudget van " + budget.describe()
                        + " gezocht en niet afgemaakt: bruikbaar, maar mogelijk niet de beste (zie de uitleg per set)");
            }
        } else {
            notes.add("sleutelspelersets niet berekend: " + n + " knopen, meer dan " + KPP_LIMIT
                    + " (vernauw de weergave rond een persoon)");
        }
        return new Result(n, g.edgeCount(), components.count(), communities.count(), communities.modularity(),
                betweenness.method(), ranked, fragmentation, reach, facilitators(communities), notes,
                !budget.wasExhausted());
    }

    private List<FacilitatorNode> facilitators(Communities communities) {
        Graph g = view.graph();
        Map<String, String> roles = new java.util.HashMap<>();
        for (ViewNode node : view.nodes()) {
            if (!node.roles().isEmpty()) {
                roles.put(node.id(), node.roles().stream().map(FacilitatorRole::name).collect(Collectors.joining(",")));
            }
        }
        List<FacilitatorNode> out = new ArrayList<>();
        for (Facilitators.Facilitator f : new Facilitators(g, communities, roles, 2).all()) {
            if (f.role().isEmpty()) {
                continue;
            }
            ViewNode node = view.node(f.node());
            String explanation = String.format(Locale.ROOT, "%s (%s) verbindt %d gemeenschappen %s, participatie %.3f; %s",
                    node.caption(), node.roles().stream().map(FacilitatorRole::dutch).collect(Collectors.joining("/")),
                    f.communities().size(), f.communities(), f.participation(), String.join("; ", node.roleReasons()));
            out.add(new FacilitatorNode(node.id(), node.caption(), node.roles(), node.roleReasons(), f.communities(),
                    f.participation(), explanation));
            if (out.size() >= top) {
                break;
            }
        }
        return out;
    }

    private PlayerSet set(KeyPlayers.Result r) {
        List<String> captions = r.nodes().stream().map(v -> view.node(v).caption()).toList();
        return new PlayerSet(r.labels(), captions, r.measure().name(), r.score(), r.baseline(), r.explanation());
    }

    private Map<String, Integer> evidenceKinds(int v) {
        Graph g = view.graph();
        Map<String, Integer> kinds = new TreeMap<>();
        for (int p = g.rowStart(v); p < g.rowEnd(v); p++) {
            for (LinkEvidence e : view.evidence(g.edgeId(p))) {
                kinds.merge(e.kind(), 1, Integer::sum);
            }
        }
        return kinds;
    }

    private static String describe(Map<String, Integer> kinds) {
        return kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
