package nl.gedeeldbeeld.policy.decision;

import java.util.Objects;
import nl.gedeeldbeeld.model.statement.Statement;

/** The policy-relevant coordinates of a statement: whose, under which regime, which schema and property. */
public record Slice(String partner, String regime, String schema, String property) {
    public Slice {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
    }

    public static Slice of(Statement statement) {
        return new Slice(statement.provenance().partner(), statement.provenance().regime(), statement.schema(),
                statement.property());
    }

    public PartnerRegime partnerRegime() {
        return new PartnerRegime(partner, regime);
    }
}
