package nl.gedeeldbeeld.app.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.access.AccessLayer;

/**
 * The entities of some schemata as one request may see them: the store only names the candidates, the
 * access layer reads what the request may see of them and audits it as one event under the activity. The
 * input of every analysis view (network, money flows, ownership), so no analysis reads around the policy.
 */
public final class VisibleEntities {
    private final AccessLayer access;
    private final StatementStore store;
    private final SchemaRegistry schemas;

    public VisibleEntities(AccessLayer access, StatementStore store, SchemaRegistry schemas) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    public List<EntityView> of(AccessContext ctx, Set<String> schemata, String activity) {
        VisibleStatements visible = access.entities().statements(ctx, store.entitiesOfSchemata(schemata), activity);
        List<EntityView> views = new ArrayList<>(visible.entityIds().size());
        for (String id : visible.entityIds()) {
            EntityView.of(id, visible.statementsOf(id), schemas).ifPresent(views::add);
        }
        return views;
    }

    public SchemaRegistry schemas() {
        return schemas;
    }
}
