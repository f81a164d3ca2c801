package nl.gedeeldbeeld.app.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.access.EntityProfile;
import nl.gedeeldbeeld.store.access.Neighbour;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/entities/{id}}: an entity with every value the caller may see and its provenance, and
 * the properties it may only know exist ("afgeschermd"); {@code GET /api/v1/entities/{id}/neighbours}: the
 * visible entities one step away; {@code GET /api/v1/entities/by-source?dataset=…&id=…}: the entity a record
 * of the caller's own dataset became, found by its source id (BVH number, plate, IBAN …). An entity of which
 * the caller may see nothing is 404, exactly like one that does not exist; so is a source id of another
 * partner's dataset, since the source key is that partner's to see.
 */
@RestController
@RequestMapping("/api/v1/entities")
class EntityController {
    private final EntityService entities;

    EntityController(EntityService entities) {
        this.entities = entities;
    }

    @GetMapping("/{id}")
    EntityDocument get(AccessContext ctx, @PathVariable String id) {
        return entities.find(ctx, id).map(EntityDocument::of).orElseThrow(() -> new EntityNotFoundException(id));
    }

    @GetMapping("/by-source")
    EntityDocument bySource(AccessContext ctx, @RequestParam(name = "dataset") String dataset,
                            @RequestParam(name = "id") String sourceId) {
        if (dataset.isBlank() || sourceId.isBlank()) {
            throw new UserInputException("give both 'dataset' and 'id' (the record's id in its source file)");
        }
        return entities.bySource(ctx, dataset, sourceId).map(EntityDocument::of)
                .orElseThrow(() -> new EntityNotFoundException("no record with that source id in dataset '" + dataset
                        + "' that you may see", true));
    }

    @GetMapping("/{id}/neighbours")
    NeighbourPage neighbours(AccessContext ctx, @PathVariable String id) {
        var neighbourhood = entities.neighbours(ctx, id);
        return new NeighbourPage(id, neighbourhood.neighbours());
    }

    record NeighbourPage(String id, List<Neighbour> neighbours) {
    }

    /** The API's entity shape: FtM-like properties, each value a statement with provenance. */
    record EntityDocument(String id, String schema, String caption, Map<String, List<ValueDocument>> properties,
                          List<RedactedDocument> redacted) {
        static EntityDocument of(EntityProfile profile) {
            var view = profile.view();
            Map<String, List<ValueDocument>> props = new LinkedHashMap<>();
            view.properties().forEach((name, statements) -> props.put(name, statements.stream().map(ValueDocument::of).toList()));
            return new EntityDocument(view.id(), view.schema(), view.caption(), props,
                    profile.redacted().stream().map(RedactedDocument::of).toList());
        }
    }

    record ValueDocument(String value, String originalValue, String statementId, String dataset, String partner,
                         String regime, String reliability, Instant collectedAt, Instant firstSeen, Instant lastSeen,
                         LocalDate retainUntil, String batch, boolean notNormalised) {
        /** {@code notNormalised}: the value is the source's text, which its property's format could not read. */
        static ValueDocument of(Statement s) {
            var p = s.provenance();
            return new ValueDocument(s.value(), s.originalValue(), s.id(), p.dataset(), p.partner(), p.regime(),
                    p.reliability().code(), p.collectedAt(), s.firstSeen(), s.lastSeen(), p.retainUntil(), p.batchId(),
                    s.notNormalised());
        }
    }

    /** A property the caller may know exists but not see: where it comes from, so they can ask that partner. */
    record RedactedDocument(String schema, String property, String dataset, String partner, String regime) {
        static RedactedDocument of(RedactedProperty p) {
            return new RedactedDocument(p.schema(), p.property(), p.dataset(), p.partner(), p.regime());
        }
    }
}
