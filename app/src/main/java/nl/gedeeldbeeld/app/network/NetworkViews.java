package nl.gedeeldbeeld.app.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.GraphViewBuilder;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.resolve.Judgements;
import tech.followthemoney.model.Schema;

/**
 * Builds a request's graph view from the store, always through the access policy: the store only names the
 * candidate entities (relationships, parties and the things parties share), the access layer reads what
 * the request may see of them and audits the read as one "network-view" event, and the view is built
 * from those statements alone. Records are merged into identities by the judgement ledger, but only
 * through judgements between records the request sees, so an invisible record never joins two visible
 * ones.
 */
public final class NetworkViews {
    private static final Set<String> THINGS = Set.of("Address", "Vehicle", "BankAccount");

    private final VisibleEntities entities;
    private final JudgementLedger ledger;
    private final Set<String> candidateSchemata;
    private final ProjectionMemo<GraphViewRequest, GraphView> views = new ProjectionMemo<>(16);
    private final ProjectionMemo<Ego, GraphView> egos = new ProjectionMemo<>(64);

    public NetworkViews(VisibleEntities entities, JudgementLedger ledger) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        SchemaRegistry schemas = entities.schemas();
        Schema legalEntity = schemas.require("LegalEntity");
        Set<String> candidates = new TreeSet<>(THINGS);
        for (String name : schemas.schemaNames()) {
            Schema s = schemas.require(name);
            if (s.isEdge() || s.isA(legalEntity)) {
                candidates.add(name);
            }
        }
        this.candidateSchemata = Set.copyOf(candidates);
    }

    /**
     * The view for this request: built once per slice projection and request parameters (the views are kept
     * beside the projection they came from, see {@link ProjectionMemo}); the read itself is audited every time.
     */
    public GraphView view(AccessContext ctx, GraphViewRequest request) {
        List<EntityView> visible = entities.of(ctx, candidateSchemata, "network-view");
        return views.get(visible, request, () -> build(visible, request));
    }

    /** The ego network in a view ({@link EgoNetwork}), kept beside the view it was cut from. */
    GraphView around(GraphView view, String centre, int hops, List<String> expanded) {
        return egos.get(view, new Ego(centre, hops, List.copyOf(expanded)), () -> EgoNetwork.of(view, centre, hops, expanded));
    }

    private record Ego(String centre, int hops, List<String> expanded) {
    }

    private GraphView build(List<EntityView> visible, GraphViewRequest request) {
        List<String> ids = visible.stream().map(EntityView::id).toList();
        Map<String, String> canonical = new HashMap<>();
        for (List<String> identity : Judgements.of(ledger.all()).identities(ids)) {
            identity.forEach(member -> canonical.put(member, identity.get(0)));
        }
        GraphViewBuilder builder = new GraphViewBuilder(entities.schemas(), request, id -> canonical.getOrDefault(id, id));
        visible.forEach(builder::add);
        return builder.build();
    }
}
