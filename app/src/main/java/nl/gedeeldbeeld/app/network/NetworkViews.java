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
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.access.AccessLayer;
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

    private final AccessLayer access;
    private final StatementStore store;
    private final JudgementLedger ledger;
    private final SchemaRegistry schemas;
    private final Set<String> candidateSchemata;

    public NetworkViews(AccessLayer access, StatementStore store, JudgementLedger ledger, SchemaRegistry schemas) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
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

    public GraphView view(AccessContext ctx, GraphViewRequest request) {
        List<String> candidates = store.entitiesOfSchemata(candidateSchemata);
        VisibleStatements visible = access.entities().statements(ctx, candidates, "network-view");
        Map<String, String> canonical = new HashMap<>();
        for (List<String> identity : Judgements.of(ledger.all()).identities(visible.entityIds())) {
            identity.forEach(member -> canonical.put(member, identity.get(0)));
        }
        GraphViewBuilder builder = new GraphViewBuilder(schemas, request, id -> canonical.getOrDefault(id, id));
        for (String id : visible.entityIds()) {
            EntityView.of(id, visible.statementsOf(id), schemas).ifPresent(builder::add);
        }
        return builder.build();
    }
}
