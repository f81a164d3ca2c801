package nl.gedeeldbeeld.app.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.analytics.graph.Graph;
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
