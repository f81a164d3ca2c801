package nl.gedeeldbeeld.app.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/entities/{id}}: an entity with every value and its provenance. */
@RestController
@RequestMapping("/api/v1/entities")
class EntityController {
    private final EntityService entities;

    EntityController(EntityService entities) {
        this.entities = entities;
    }

    @GetMapping("/{id}")
    EntityDocument get(@PathVariable String id, AccessContext ctx) {
        // TODO(issue 4): pass ctx to the service
        return entities.find(id).map(EntityDocument::of).orElseThrow(() -> new EntityNotFoundException(id));
    }

    /** The API's entity shape: FtM-like properties, each value a statement with provenance. */
    record EntityDocument(String id, String schema, String caption, Map<String, List<ValueDocument>> properties) {
        static EntityDocument of(EntityView view) {
            Map<String, List<ValueDocument>> props = new LinkedHashMap<>();
            view.properties().forEach((name, statements) -> props.put(name, statements.stream().map(ValueDocument::of).toList()));
            return new EntityDocument(view.id(), view.schema(), view.caption(), props);
        }
    }

    record ValueDocument(String value, String originalValue, String statementId, String dataset, String partner,
                         String regime, String reliability, Instant collectedAt, Instant firstSeen, Instant lastSeen,
                         LocalDate retainUntil, String batch) {
        static ValueDocument of(Statement s) {
            var p = s.provenance();
            return new ValueDocument(s.value(), s.originalValue(), s.id(), p.dataset(), p.partner(), p.regime(),
                    p.reliability().code(), p.collectedAt(), s.firstSeen(), s.lastSeen(), p.retainUntil(), p.batchId());
        }
    }
}
