package nl.gedeeldbeeld.analytics.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;

/** Entity views made by hand for view tests: one statement per property value, from one partner. */
final class Entities {
    static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();
    private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

    private Entities() {
    }

    static EntityView entity(String id, String schema, String partner, Map<String, String> properties) {
        Provenance provenance = new Provenance(partner + "-data", partner, partner.equals("fiu") ? "wwft" : "wpg-8",
                Reliability.UNGRADED, SEEN, LocalDate.of(2030, 1, 1), "batch-1");
        List<Statement> statements = new ArrayList<>();
        statements.add(statement(id, schema, Statement.ID_PROPERTY, id, provenance));
        properties.forEach((p, v) -> statements.add(statement(id, schema, p, v, provenance)));
        return EntityView.of(id, statements, SCHEMAS).orElseThrow();
    }

    private static Statement statement(String id, String schema, String property, String value, Provenance p) {
        return new Statement(Statement.makeId(p.dataset(), id, property, value), id, schema, property, value, value, p,
                SEEN, SEEN);
    }
}
