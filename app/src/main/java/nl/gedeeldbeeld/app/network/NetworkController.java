package nl.gedeeldbeeld.app.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.analytics.disruption.DisruptionSimulation;
import nl.gedeeldbeeld.analytics.disruption.RemovalStrategy;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.Paths;
import nl.gedeeldbeeld.analytics.view.KeyPlayerAnalysis;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.LinkEvidence;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graph views in the API. {@code GET /api/v1/network/view} returns the caller's view (nodes, edges and the
 * evidence of each edge), narrowed by {@code schemata}, {@code derived}, {@code from}, {@code to},
 * {@code partners} and {@code maxSharers}. A view of more than {@code maxEdges} edges (default 5,000, at
 * most 50,000) is refused rather than cut: a silently cut network misleads more than none.
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
    private static final int MAX_EDGES = 50_000;
    private final NetworkViews views;

    NetworkController(NetworkViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/network/view")
    ViewDocument view(AccessContext ctx, @RequestParam(required = false) String schemata,
                      @RequestParam(required = false) String derived, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String partners,
                      @RequestParam(required = false) Integer maxSharers,
                      @RequestParam(defaultValue = "5000") int maxEdges) {
        if (maxEdges < 1 || maxEdges > MAX_EDGES) {
            throw new UserInputException("maxEdges must be between 1 and " + MAX_EDGES + ", got " + maxEdges);
        }
        GraphView view = views.view(ctx, ViewParameters.parse(schemata, derived, from, to, partners, maxSharers));
        if (view.graph().edgeCount() > maxEdges) {
            throw new UserInputException("the view holds " + view.graph().edgeCount() + " edges, more than maxEdges="
                    + maxEdges + "; narrow it by schemata, derived, partners or a time window");
        }
        return ViewDocument.of(view);
    }

    @GetMapping("/api/v1/network/key-players")
    KeyPlayerAnalysis.Result keyPlayers(AccessContext ctx, ViewOptions options,
                                        @RequestParam(defaultValue = "20") int top, @RequestParam(defaultValue = "5") int k) {
        if (top > 500 || k > 50) {
            throw new UserInputException("top may be at most 500 and k at most 50");
        }
        return new KeyPlayerAnalysis(options.view(views, ctx), top, k, 1L).result();
    }

    @GetMapping("/api/v1/network/paths")
    PathsDocument paths(AccessContext ctx, ViewOptions options, @RequestParam("source") String fromId,
                        @RequestParam("target") String toId, @RequestParam(defaultValue = "4") int maxHops,
                        @RequestParam(defaultValue = "20") int limit) {
        if (maxHops < 1 || maxHops > 8 || limit < 1 || limit > 200) {
            throw new UserInputException("maxHops must be 1-8 and limit 1-200");
        }
        GraphView view = options.view(views, ctx);
        int a = node(view, fromId);
        int b = node(view, toId);
        Paths.SimplePaths found = new Paths(view.graph()).simple(a, b, maxHops, limit);
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
        return new PathsDocument(fromId, toId, maxHops, found.capped(), paths);
    }

    @GetMapping("/api/v1/network/disruption")
    DisruptionDocument disruption(AccessContext ctx, ViewOptions options,
                                  @RequestParam(defaultValue = "betweenness") String strategy,
                                  @RequestParam(defaultValue = "5") int block, @RequestParam(defaultValue = "3") int steps,
                                  @RequestParam(defaultValue = "true") boolean recompute,
                                  @RequestParam(defaultValue = "1") long seed) {
        if (block < 1 || block > 100 || steps < 1 || steps > 50) {
            throw new UserInputException("block must be 1-100 and steps 1-50");
        }
        GraphView view = options.view(views, ctx);
        if (view.graph().nodeCount() > KeyPlayerAnalysis.EXACT_LIMIT) {
            throw new UserInputException("the view holds " + view.graph().nodeCount() + " nodes; a disruption run "
                    + "recomputes exact measures per step, so narrow it to at most " + KeyPlayerAnalysis.EXACT_LIMIT
                    + " (around=ID&hops=N, schemata, partners or a time window)");
        }
        RemovalStrategy removal = switch (strategy) {
            case "degree" -> RemovalStrategy.degree();
            case "betweenness" -> RemovalStrategy.betweenness();
            case "kpp" -> RemovalStrategy.keyPlayers();
            case "random" -> RemovalStrategy.random(seed);
            default -> throw new UserInputException("strategy must be degree, betweenness, kpp or random, got '"
                    + strategy + "'");
        };
        DisruptionSimulation.Curve curve = new DisruptionSimulation(view.graph(), removal, block, steps, recompute).run();
        return new DisruptionDocument(curve, curve.explanation());
    }

    private static int node(GraphView view, String id) {
        return view.graph().node(id).orElseThrow(() -> new UserInputException("'" + id
                + "' is not a party in this view: not visible to you, without links, or filtered out"));
    }

    /** The view options every network endpoint takes, bound from the query string. */
    record ViewOptions(String schemata, String derived, String from, String to, String partners, Integer maxSharers,
                       String around, Integer hops) {
        GraphView view(NetworkViews views, AccessContext ctx) {
            GraphView view = views.view(ctx, ViewParameters.parse(schemata, derived, from, to, partners, maxSharers));
            return around == null || around.isBlank() ? view : view.around(around, hops == null ? 2 : hops);
        }
    }

    record PathsDocument(String from, String to, int maxHops, boolean capped, List<List<HopDocument>> paths) {
    }

    record HopDocument(String from, String fromCaption, String to, String toCaption, List<EvidenceDocument> evidence) {
    }

    record DisruptionDocument(DisruptionSimulation.Curve curve, String explanation) {
    }

    record ViewDocument(int nodeCount, int edgeCount, List<ViewNode> nodes, List<EdgeDocument> edges, List<String> notes) {
        static ViewDocument of(GraphView view) {
            Graph g = view.graph();
            List<EdgeDocument> edges = new ArrayList<>(g.edgeCount());
            for (int e = 0; e < g.edgeCount(); e++) {
                edges.add(new EdgeDocument(g.label(g.edgeSource(e)), g.label(g.edgeTarget(e)),
                        view.evidence(e).size(), view.evidence(e).stream().map(EvidenceDocument::of).toList()));
            }
            return new ViewDocument(g.nodeCount(), g.edgeCount(), view.nodes(), edges, view.notes());
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
