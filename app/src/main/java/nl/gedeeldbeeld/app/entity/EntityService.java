package nl.gedeeldbeeld.app.entity;

import java.util.Optional;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import org.springframework.stereotype.Service;

/**
 * Entity profiles: an entity as the view over its statements.
 * TODO(issue 4): the access-policy decision point and audit go in here, before anything is returned.
 */
@Service
public class EntityService {
    private final Storage storage;
    private final SchemaRegistry schemas;

    EntityService(Storage storage, SchemaRegistry schemas) {
        this.storage = storage;
        this.schemas = schemas;
    }

    public Optional<EntityView> find(String id) {
        return EntityView.of(id, storage.store().statementsOf(id), schemas);
    }
}
