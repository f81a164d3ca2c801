package nl.gedeeldbeeld.app.entity;

import java.util.Optional;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.EntityProfile;
import nl.gedeeldbeeld.store.access.Neighbourhood;
import org.springframework.stereotype.Service;

/** Entity profiles and neighbours, as the request's context may see them (policy, alerts, audit in the access layer). */
@Service
public class EntityService {
    private final AccessLayer access;

    EntityService(AccessLayer access) {
        this.access = access;
    }

    public Optional<EntityProfile> find(AccessContext ctx, String id) {
        return access.entities().profile(ctx, id);
    }

    /** The entity a record of the caller's own dataset became, by its source id (see EntityAccess.bySourceId). */
    public Optional<EntityProfile> bySource(AccessContext ctx, String dataset, String sourceId) {
        return access.entities().bySourceId(ctx, dataset, sourceId);
    }

    public Neighbourhood neighbours(AccessContext ctx, String id) {
        return access.entities().neighbours(ctx, id);
    }
}
