package nl.gedeeldbeeld.policy.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.AgreementRef;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.Selection;

/**
 * One grant (or prohibition) of an {@link AllowedSlices}, in a shape a query builder can translate:
 * {@code partner = ? AND regime IN (…) AND schema IN (…) AND property IN (…) AND property NOT IN (redacted)}
 * plus, for each entity-dependent condition, a join on the joint-case or hit register.
 *
 * @param schemata   concrete schema names (descendants already expanded), or all
 * @param conditions only entity-dependent conditions (JOINT_CASE, CONFIRMED_HIT); conditions on the viewer
 *                   (UNITS) are settled when the grant is built
 */
public record SliceGrant(String partner, Selection regimes, Selection schemata, Selection properties,
                         Set<String> redacted, List<Condition> conditions, DecisionRule rule,
                         Optional<AgreementRef> agreement) {
    /**
     * The partner of a grant from an agreement with {@code providers: all}: every partner, including one the
     * catalogue does not name. Only public regimes can be shared so (PolicyCatalogueValidator).
     */
    public static final String ANY_PARTNER = "*";

    public SliceGrant {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regimes, "regimes");
        Objects.requireNonNull(schemata, "schemata");
        Objects.requireNonNull(properties, "properties");
        redacted = Set.copyOf(redacted);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(agreement, "agreement");
    }

    /** Same partner, regime and schema; says nothing yet about the property. */
    public boolean covers(Slice slice) {
        return coversPartner(slice.partner()) && regimes.contains(slice.regime()) && schemata.contains(slice.schema());
    }

    public boolean coversPartner(String other) {
        return isForAnyPartner() || partner.equals(other);
    }

    public boolean isForAnyPartner() {
        return ANY_PARTNER.equals(partner);
    }

    /** The value of this property may be seen (the existence statement {@code id} always may). */
    public boolean allowsProperty(String property) {
        return Statement.ID_PROPERTY.equals(property)
                || properties.contains(property) && !redacted.contains(property);
    }

    public boolean redactsProperty(String property) {
        return redacted.contains(property);
    }

    public boolean isUnconditional() {
        return conditions.isEmpty();
    }
}
