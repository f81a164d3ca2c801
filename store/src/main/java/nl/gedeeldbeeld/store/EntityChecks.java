package nl.gedeeldbeeld.store;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;

/**
 * What the policy registers say about one entity of a request: the part of a decision that
 * {@link nl.gedeeldbeeld.policy.decision.AllowedSlices} leaves out because it depends on the entity, not on
 * the slice. A policy-filtered read asks these for the entities it was given before it builds its SQL, so
 * per-entity answers become bind parameters too.
 *
 * <p>Pass the same registers the request's {@link PolicyDecisionPoint} was built with; the decision point
 * does not hand out its protected-persons register, hence the explicit argument.
 */
public interface EntityChecks {

    /** A protected person (bewaken en beveiligen): other partners never see a statement on it. */
    boolean isProtected(String entityId);

    /** Which entity-dependent conditions (JOINT_CASE, CONFIRMED_HIT) hold for this entity and the viewer. */
    Predicate<Condition> conditionsFor(String entityId);

    /**
     * About to ask for these entities: checks that can answer many entities in one question do so now.
     * Changes no answer, only how many questions reach the registers.
     */
    default void prefetch(Collection<String> entityIds) {
    }

    /** Conditions answered by the decision point's registers for this context: conditional grants apply where they hold. */
    static EntityChecks of(PolicyDecisionPoint decisionPoint, AccessContext context, ProtectedPersons protectedPersons) {
        Objects.requireNonNull(decisionPoint, "decisionPoint");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(protectedPersons, "protectedPersons");
        return new EntityChecks() {
            @Override
            public boolean isProtected(String entityId) {
                return protectedPersons.isProtected(entityId);
            }

            @Override
            public Predicate<Condition> conditionsFor(String entityId) {
                return decisionPoint.conditionCheck(context, entityId);
            }
        };
    }

    /**
     * No entity-dependent condition holds, so grants with conditions add nothing: the narrowest reading, for
     * callers that have no registers at hand (e.g. a search listing) and decide conditional statements per
     * entity through the decision point afterwards. Never wider than {@link #of}.
     */
    static EntityChecks unconditional(ProtectedPersons protectedPersons) {
        Objects.requireNonNull(protectedPersons, "protectedPersons");
        return new EntityChecks() {
            @Override
            public boolean isProtected(String entityId) {
                return protectedPersons.isProtected(entityId);
            }

            @Override
            public Predicate<Condition> conditionsFor(String entityId) {
                return condition -> false;
            }
        };
    }
}
