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
    /** One entry per kept projection: the access layer keeps three slices by default, each with its five or six schema sets. */
    private final ProjectionMemo<Boolean, List<EntityView>> views = new ProjectionMemo<>(18);

    public VisibleEntities(AccessLayer access, StatementStore store, SchemaRegistry schemas) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    /**
     * The views of every entity of these schemata the request may see. The read is the slice's cached projection
     * ({@code EntityAccess.statementsOfSchemata}: audited per request, recomputed after any write), and the views
     * built from it are kept beside it, so a second request of the same slice builds nothing. The list is shared
     * between those requests: unmodifiable.
     */
    public List<EntityView> of(AccessContext ctx, Set<String> schemata, String activity) {
        VisibleStatements visible = access.entities().statementsOfSchemata(ctx, schemata, activity);
        return views.get(visible, Boolean.TRUE, () -> {
            List<EntityView> built = new ArrayList<>(visible.entityIds().size());
            for (String id : visible.entityIds()) {
                EntityView.of(id, visible.statementsOf(id), schemas).ifPresent(built::add);
            }
            return List.copyOf(built);
        });
    }

    public SchemaRegistry schemas() {
        return schemas;
    }
}
