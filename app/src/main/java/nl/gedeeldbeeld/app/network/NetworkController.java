package nl.gedeeldbeeld.app.network;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.analytics.Budget;
import nl.gedeeldbeeld.analytics.disruption.DisruptionSimulation;
import nl.gedeeldbeeld.analytics.disruption.RemovalStrategy;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.Paths;
import nl.gedeeldbeeld.analytics.view.KeyPlayerAnalysis;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.LinkEvidence;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import org.springdoc.core.annotations.ParameterObject;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graph views in the API. {@code GET /api/v1/network/view} returns the caller's view (nodes, edges and the
 * evidence of each edge), narrowed by {@code schemata}, {@code derived}, {@code from}, {@code to},
 * {@code partners} and {@code maxSharers}; with {@code measures=true} each node also gets its community (Louvain)
 * and betweenness on that view, which the web UI's network explorer colours and sizes by. A view of more than {@code maxEdges} edges (default 5,000, at
 * most 50,000) is refused rather than cut: a silently cut network misleads more than none. Every parameter
 * has a bound (the constants below); the searches (key-player sets, paths, disruption) have a time budget
 * after the view is built and answer with what they found, marked {@code complete: false}, when it runs out.
 *
 * <p>Analyses on the same view (each narrowed to the ego network of {@code around} within {@code hops}
 * when given), every answer explained:
 * <ul>
 *   <li>{@code GET /api/v1/network/key-players?top=&k=}: nodes ranked by betweenness with their measures
 *       and evidence, key-player sets (KPP-Neg, KPP-Pos) and facilitators with their roles;</li>
 *   <li>{@code GET /api/v1/network/paths?source=&target=&maxHops=&limit=}: the chains between two parties, each
 *       hop with its evidence;</li>
 *   <li>{@code GET /api/v1/network/disruption?strategy=degree|betweenness|kpp|random&block=&steps=&recompute=}:
 *       the largest component, components and efficiency after each removal step.</li>
 * </ul>
 */
@RestController
class NetworkController {
    // The bounds of the network endpoints, in one place (finding 14): each refusal names its bound, and the
    // OpenAPI document repeats them. key-players?top=500&k=50 took 25 s and disruption?strategy=kpp&block=100
    // &steps=50 40 s; a key-player set of ten is already more than an operation can act on, and twenty blocks
    // of fifty show the whole curve of any view a person reads.
    static final int MAX_EDGES = 50_000;
    static final int MAX_TOP = 100;
    static final int MAX_K = 10;
    static final int MAX_PATH_HOPS = 6;
    static final int MAX_PATHS = 100;
    static final int MAX_BLOCK = 50;
    static final int MAX_STEPS = 20;
    static final int MAX_AROUND_HOPS = 4;
    static final int MAX_SHARERS = 1_000;
    static final int MAX_OPTION_LENGTH = 500;
    static final int MAX_EXPANDED = 100;
    static final int MAX_EXPANDED_LENGTH = MAX_EXPANDED * (Bounds.MAX_ID + 1);
    /**
     * The time an analysis may search after its view is built; a search cut short answers with what it found
     * and says so ({@code complete: false} and a note), rather than keep a person waiting or a core busy.
     */
    static final Duration ANALYSIS_BUDGET = Duration.ofSeconds(1);
    private final NetworkViews views;
    // Derived from a view, kept beside it while it is kept (ProjectionMemo: identity of the view, so a view of
    // another slice or of an older store generation never finds them).
    private final ProjectionMemo<Boolean, ViewDocument> documents = new ProjectionMemo<>(32);
    private final ProjectionMemo<Boolean, List<NodeMeasures>> nodeMeasures = new ProjectionMemo<>(32);
    private final ProjectionMemo<List<Integer>, KeyPlayerAnalysis.Result> keyPlayers = new ProjectionMemo<>(32);

    NetworkController(NetworkViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/network/view")
    ViewDocument view(AccessContext ctx, @ParameterObject ViewOptions options,
                      @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_EDGES, defaultValue = "5000"))
                      @RequestParam(defaultValue = "5000") int maxEdges,
                      @Parameter(description = "Add each node's community (Louvain) and betweenness on this view")
                      @RequestParam(defaultValue = "false") boolean measures) {
        Bounds.between("maxEdges", maxEdges, 1, MAX_EDGES);
        GraphView view = options.view(views, ctx);
        if (view.graph().edgeCount() > maxEdges) {
            throw new UserInputException("the view holds " + view.graph().edgeCount() + " edges, more than maxEdges="
                    + maxEdges + "; narrow it by schemata, derived, partners or a time window");
        }
        ViewDocument document = documents.get(view, Boolean.TRUE, () -> ViewDocument.of(view));
        return measures ? document.withMeasures(nodeMeasures.get(view, Boolean.TRUE, () -> NodeMeasures.of(view))) : document;
    }

    @GetMapping("/api/v1/network/key-players")
    KeyPlayerAnalysis.Result keyPlayers(AccessContext ctx, @ParameterObject ViewOptions options,
                                        @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_TOP, defaultValue = "20"))
                                        @RequestParam(defaultValue = "20") int top,
                                        @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_K, defaultValue = "5"))
                                        @RequestParam(defaultValue = "5") int k) {
        Bounds.between("top", top, 1, MAX_TOP);
        Bounds.between("k", k, 1, MAX_K);
        GraphView view = options.view(views, ctx);
        // Kept per view (itself kept per slice projection): the same question on the same answer is answered
        // as the first time, also when the time budget cut that one short (it says so in its notes).
        return keyPlayers.get(view, List.of(top, k), () -> new KeyPlayerAnalysis(view, top, k, 1L,
                Budget.of(ANALYSIS_BUDGET)).result());
    }

    @GetMapping("/api/v1/network/paths")
    PathsDocument paths(AccessContext ctx, @ParameterObject ViewOptions options,
                        @Parameter(schema = @Schema(maxLength = Bounds.MAX_ID)) @RequestParam("source") String fromId,
                        @Parameter(schema = @Schema(maxLength = Bounds.MAX_ID)) @RequestParam("target") String toId,
                        @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_PATH_HOPS, defaultValue = "4"))
                        @RequestParam(defaultValue = "4") int maxHops,
                        @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_PATHS, defaultValue = "20"))
                        @RequestParam(defaultValue = "20") int limit) {
        Bounds.id("source", fromId);
        Bounds.id("target", toId);
        Bounds.between("maxHops", maxHops, 1, MAX_PATH_HOPS);
        Bounds.between("limit", limit, 1, MAX_PATHS);
        GraphView view = options.view(views, ctx);
        int a = node(view, fromId);
        int b = node(view, toId);
        Paths.SimplePaths found = new Paths(view.graph()).simple(a, b, maxHops, limit, Budget.of(ANALYSIS_BUDGET));
        List<List<HopDocument>> paths = new ArrayList<>();
        for (List<Integer> path : found.paths()) {
            List<HopDocument> hops = new ArrayList<>();
            for (int i = 0; i + 1 < path.size(); i++) {
                ViewNode x = view.node(path.get(i));
                ViewNode y = view.node(path.get(i + 1));
                hops.add(new HopDocument(x.id(), x.caption(), y.id(), y.caption(),
                        view.evidenceBetween(path.get(i), path.get(i + 1)).stream().map(EvidenceDocument::of).toList()));
            }
            paths.add(hops);
        }
        return new PathsDocument(fromId, toId, maxHops, found.capped(), found.complete(), paths, found.complete() ? List.of()
                : List.of("stopped by the time budget of " + ANALYSIS_BUDGET.toMillis() + " ms: the paths found so far, "
                        + "shortest first; ask fewer maxHops or narrow the view for the rest"));
    }

    @GetMapping("/api/v1/network/disruption")
    DisruptionDocument disruption(AccessContext ctx, @ParameterObject ViewOptions options,
                                  @Parameter(schema = @Schema(allowableValues = {"degree", "betweenness", "kpp", "random"},
                                          defaultValue = "betweenness"))
                                  @RequestParam(defaultValue = "betweenness") String strategy,
                                  @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_BLOCK, defaultValue = "5"))
                                  @RequestParam(defaultValue = "5") int block,
                                  @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_STEPS, defaultValue = "3"))
                                  @RequestParam(defaultValue = "3") int steps,
                                  @RequestParam(defaultValue = "true") boolean recompute,
                                  @RequestParam(defaultValue = "1") long seed) {
        Bounds.between("block", block, 1, MAX_BLOCK);
        Bounds.between("steps", steps, 1, MAX_STEPS);
        Bounds.atMost("strategy", strategy, 20);
        GraphView view = options.view(views, ctx);
        if (view.graph().nodeCount() > KeyPlayerAnalysis.EXACT_LIMIT) {
            throw new UserInputException("the view holds " + view.graph().nodeCount() + " nodes; a disruption run "
                    + "recomputes exact measures per step, so narrow it to at most " + KeyPlayerAnalysis.EXACT_LIMIT
                    + " (around=ID&hops=N, schemata, partners or a time window)");
        }
        Budget budget = Budget.of(ANALYSIS_BUDGET);
        RemovalStrategy removal = switch (strategy) {
            case "degree" -> RemovalStrategy.degree();
            case "betweenness" -> RemovalStrategy.betweenness();
            case "kpp" -> RemovalStrategy.keyPlayers(budget);
            case "random" -> RemovalStrategy.random(seed);
            default -> throw new UserInputException("strategy must be degree, betweenness, kpp or random, got '"
                    + strategy + "'");
        };
        DisruptionSimulation.Curve curve = new DisruptionSimulation(view.graph(), removal, block, steps, recompute, true,
                budget).run();
        return new DisruptionDocument(curve, curve.complete(), curve.explanation());
    }

    private static int node(GraphView view, String id) {
        return view.graph().node(id).orElseThrow(() -> new UserInputException("'" + id
                + "' is not a party in this view: not visible to you, without links, or filtered out"));
    }

    /** The view options every network endpoint takes, bound from the query string, each checked against its bound. */
    record ViewOptions(
            @Parameter(description = "Comma-separated schemata of relationships (Family,Associate …)",
                    schema = @Schema(maxLength = MAX_OPTION_LENGTH)) String schemata,
            @Parameter(description = "Derived links: all, none, or a comma-separated list",
                    schema = @Schema(maxLength = MAX_OPTION_LENGTH)) String derived,
            @Parameter(schema = @Schema(format = "date", maxLength = 10)) String from,
            @Parameter(schema = @Schema(format = "date", maxLength = 10)) String to,
            @Parameter(schema = @Schema(maxLength = MAX_OPTION_LENGTH)) String partners,
            @Parameter(schema = @Schema(minimum = "2", maximum = "" + MAX_SHARERS)) Integer maxSharers,
            @Parameter(description = "Narrow to the ego network of this entity", schema = @Schema(maxLength = Bounds.MAX_ID))
            String around,
            @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_AROUND_HOPS, defaultValue = "2")) Integer hops,
            @Parameter(description = "With around: comma-separated entities whose direct neighbours join the ego network "
                    + "(the explorer's hop-by-hop expansion), at most " + MAX_EXPANDED,
                    schema = @Schema(maxLength = MAX_EXPANDED_LENGTH)) String expanded) {
        GraphView view(NetworkViews views, AccessContext ctx) {
            Bounds.atMost("schemata", schemata, MAX_OPTION_LENGTH);
            Bounds.atMost("derived", derived, MAX_OPTION_LENGTH);
            Bounds.atMost("from", from, 10);
            Bounds.atMost("to", to, 10);
            Bounds.atMost("partners", partners, MAX_OPTION_LENGTH);
            Bounds.atMost("around", around, Bounds.MAX_ID);
            Bounds.atMost("expanded", expanded, MAX_EXPANDED_LENGTH);
            if (maxSharers != null) {
                Bounds.between("maxSharers", maxSharers, 2, MAX_SHARERS);
            }
            if (hops != null) {
                Bounds.between("hops", hops, 1, MAX_AROUND_HOPS);
            }
            GraphView view = views.view(ctx, ViewParameters.parse(schemata, derived, from, to, partners, maxSharers));
            if (around == null || around.isBlank()) {
                return view;
            }
            List<String> extra = expanded == null || expanded.isBlank() ? List.of()
                    : java.util.Arrays.stream(expanded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (extra.size() > MAX_EXPANDED) {
                throw new UserInputException("expanded names " + extra.size() + " entities, at most " + MAX_EXPANDED);
            }
            // An expanded party the filters now leave out simply adds nothing; the centre must be there.
            return views.around(view, nodeOf(view, around.trim()).orElseThrow(() -> new UserInputException("'"
                            + around.trim() + "' is not a party in this view: not visible to you, without links, or filtered out")),
                    hops == null ? 2 : hops, extra.stream().flatMap(id -> nodeOf(view, id).stream()).toList());
        }

        /** A node by its id or by the id of one of the records it stands for (as far as the caller sees them). */
        private static java.util.Optional<String> nodeOf(GraphView view, String id) {
            if (view.graph().node(id).isPresent()) {
                return java.util.Optional.of(id);
            }
            return view.nodes().stream().filter(n -> n.members().contains(id)).map(ViewNode::id).findFirst();
        }
    }

    /** {@code complete} is false when the time budget stopped the search; {@code notes} then say so. */
    record PathsDocument(String from, String to, int maxHops, boolean capped, boolean complete,
                         List<List<HopDocument>> paths, List<String> notes) {
    }

    record HopDocument(String from, String fromCaption, String to, String toCaption, List<EvidenceDocument> evidence) {
    }

    record DisruptionDocument(DisruptionSimulation.Curve curve, boolean complete, String explanation) {
    }

    record ViewDocument(int nodeCount, int edgeCount, List<ViewNode> nodes, List<EdgeDocument> edges, List<String> notes,
                        List<NodeMeasures> measures) {
        ViewDocument withMeasures(List<NodeMeasures> measures) {
            return new ViewDocument(nodeCount, edgeCount, nodes, edges, notes, measures);
        }

        static ViewDocument of(GraphView view) {
            Graph g = view.graph();
            List<EdgeDocument> edges = new ArrayList<>(g.edgeCount());
            for (int e = 0; e < g.edgeCount(); e++) {
                edges.add(new EdgeDocument(g.label(g.edgeSource(e)), g.label(g.edgeTarget(e)),
                        view.evidence(e).size(), view.evidence(e).stream().map(EvidenceDocument::of).toList()));
            }
            return new ViewDocument(g.nodeCount(), g.edgeCount(), view.nodes(), edges, view.notes(), List.of());
        }
    }

    /** A node's community (Louvain, weighted, seed 1) and normalised betweenness on the view it came with. */
    record NodeMeasures(String id, int community, double betweenness) {
        static List<NodeMeasures> of(GraphView view) {
            Graph g = view.graph();
            if (g.nodeCount() == 0) {
                return List.of();
            }
            double[] betweenness = KeyPlayerAnalysis.betweenness(g, 1L).values();
            nl.gedeeldbeeld.analytics.network.Communities communities =
                    new nl.gedeeldbeeld.analytics.network.Louvain(g, true, 1L).communities();
            List<NodeMeasures> measures = new ArrayList<>(g.nodeCount());
            for (int v = 0; v < g.nodeCount(); v++) {
                measures.add(new NodeMeasures(g.label(v), communities.of(v), betweenness[v]));
            }
            return measures;
        }
    }

    record EdgeDocument(String source, String target, int weight, List<EvidenceDocument> evidence) {
    }

    record EvidenceDocument(String kind, String via, String from, String to, String description, String partner,
                            String dataset, String regime, String reliability, LocalDate date) {
        static EvidenceDocument of(LinkEvidence e) {
            return new EvidenceDocument(e.kind(), e.via(), e.from(), e.to(), e.description(), e.partner(), e.dataset(),
                    e.regime(), e.reliability(), e.date().orElse(null));
        }
    }
}
