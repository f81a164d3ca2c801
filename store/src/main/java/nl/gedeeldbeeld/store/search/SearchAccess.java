package nl.gedeeldbeeld.store.search;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;

/**
 * What one search request may see, in the form the index turns into filters: the request's allowed slices
 * (from {@code PolicyDecisionPoint.allowedSlices(ctx)}) and the register answers the slices leave out
 * because they depend on the entity. A search has no list of entities to ask the registers about, so the
 * caller hands over the registers' contents instead: the entities in a joint case of the viewer's
 * organisation, those with a confirmed hit for it, and every protected person. With these the index
 * agrees with {@code PolicyDecisionPoint.decide} statement by statement.
 *
 * <p>There is deliberately no default for the sets: a forgotten protected-persons set would widen access.
 *
 * @param jointCaseEntities    entities in a joint case in which the viewer's organisation takes part
 * @param confirmedHitEntities entities with a confirmed hit for the viewer's organisation
 * @param protectedEntities    all protected persons (other partners' statements on them are never shown)
 */
public record SearchAccess(AllowedSlices slices, Set<String> jointCaseEntities, Set<String> confirmedHitEntities,
                           Set<String> protectedEntities) {
    public SearchAccess {
        Objects.requireNonNull(slices, "slices");
        jointCaseEntities = Set.copyOf(jointCaseEntities);
        confirmedHitEntities = Set.copyOf(confirmedHitEntities);
        protectedEntities = Set.copyOf(protectedEntities);
    }

    public static SearchAccess of(AllowedSlices slices, Set<String> jointCaseEntities, Set<String> confirmedHitEntities,
                                  Set<String> protectedEntities) {
        return new SearchAccess(slices, jointCaseEntities, confirmedHitEntities, protectedEntities);
    }

    /** The viewer's organisation: its own statements are seen whatever the registers say. */
    public String organisation() {
        return slices.organisation();
    }

    /** The request's date: statements retained until before it are seen by no one. */
    public LocalDate asOf() {
        return slices.asOf();
    }

    /**
     * The entities for which all these entity-dependent conditions hold; empty means the grant reaches no
     * entity. Absent when there are no conditions, i.e. every entity qualifies. A condition the index cannot
     * answer (anything but JOINT_CASE and CONFIRMED_HIT; the decision point settles the others before it
     * builds the grant) is taken as failing, so an unexpected grant narrows rather than widens.
     */
    Optional<Set<String>> qualifying(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        Set<String> result = null;
        for (Condition c : conditions) {
            Set<String> holds;
            if (c instanceof Condition.JointCase) {
                holds = jointCaseEntities;
            } else if (c instanceof Condition.ConfirmedHit) {
                holds = confirmedHitEntities;
            } else {
                return Optional.of(Set.of());
            }
            if (result == null) {
                result = new HashSet<>(holds);
            } else {
                result.retainAll(holds);
            }
        }
        return Optional.of(Set.copyOf(result));
    }
}
