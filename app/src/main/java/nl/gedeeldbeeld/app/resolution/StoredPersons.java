package nl.gedeeldbeeld.app.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.resolve.PersonLinks;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * Reads every Person in the store, with its address through its Address entity and the bank accounts and
 * companies relation entities link it to ({@link PersonLinks}), in one pass over the statements (the store
 * streams them grouped by entity). This is the platform's own processing for entity
 * resolution, not a user's read: the raw store is read, and what a user may later see of the result is
 * decided per request ({@link IdentityService}). Only Person and Address views, and the few values of the
 * links, are kept in memory.
 */
public final class StoredPersons {
    private StoredPersons() {
    }

    /** The persons, ordered by entity id so that a run over the same store gives the same record order. */
    public static List<StoredPerson> read(StatementStore store, SchemaRegistry schemas) {
        Map<String, EntityView> persons = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, EntityView> addresses = new HashMap<>();
        PersonLinks.Builder links = PersonLinks.builder();
        try (Stream<Statement> all = store.streamAll()) {
            List<Statement> current = new ArrayList<>();
            for (Statement s : (Iterable<Statement>) all::iterator) {
                if (!current.isEmpty() && !current.get(0).entityId().equals(s.entityId())) {
                    collect(current, schemas, persons, provenance, addresses, links);
                    current = new ArrayList<>();
                }
                current.add(s);
            }
            collect(current, schemas, persons, provenance, addresses, links);
        }
        PersonLinks linked = links.build();
        List<StoredPerson> out = new ArrayList<>(persons.size());
        for (EntityView p : persons.values()) {
            Provenance from = provenance.get(p.id());
            out.add(new StoredPerson(PersonRecords.of(p, id -> Optional.ofNullable(addresses.get(id)), linked),
                    from.dataset(), from.partner(), from.regime()));
        }
        out.sort(Comparator.comparing(StoredPerson::id));
        return out;
    }

    private static void collect(List<Statement> statements, SchemaRegistry schemas, Map<String, EntityView> persons,
                                Map<String, Provenance> provenance, Map<String, EntityView> addresses,
                                PersonLinks.Builder links) {
        if (statements.isEmpty()) {
            return;
        }
        EntityView.of(statements.get(0).entityId(), statements, schemas).ifPresent(v -> {
            if (v.schema().equals("Person")) {
                persons.put(v.id(), v);
                provenance.put(v.id(), statements.get(0).provenance());
                links.add(v);
            } else if (v.schema().equals("Address")) {
                addresses.put(v.id(), v);
            } else if (PersonLinks.relevant(v.schema())) {
                links.add(v);
            }
        });
    }
}
