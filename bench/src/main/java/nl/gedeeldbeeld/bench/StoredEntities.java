package nl.gedeeldbeeld.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * Every entity of a store as a view, in one pass over its statements (the store streams them grouped by
 * entity). Benchmarks read the raw store: they measure an algorithm, not the access policy.
 */
final class StoredEntities {
    private StoredEntities() {
    }

    static void forEach(StatementStore store, SchemaRegistry schemas, Consumer<EntityView> consumer) {
        try (Stream<Statement> all = store.streamAll()) {
            List<Statement> current = new ArrayList<>();
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (!current.isEmpty() && !current.get(0).entityId().equals(s.entityId())) {
                    EntityView.of(current.get(0).entityId(), current, schemas).ifPresent(consumer);
                    current = new ArrayList<>();
                }
                current.add(s);
            }
            if (!current.isEmpty()) {
                EntityView.of(current.get(0).entityId(), current, schemas).ifPresent(consumer);
            }
        }
    }
}
