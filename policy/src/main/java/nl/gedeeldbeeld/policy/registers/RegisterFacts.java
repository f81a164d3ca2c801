package nl.gedeeldbeeld.policy.registers;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the registers say about a set of entities for one viewing organisation: which are protected, which
 * are in a joint case the organisation takes part in, and which it has a confirmed hit on. Asked in one
 * question for all entities of a request, instead of a question per entity and rule.
 *
 * @param asked the entities the question was about; an entity outside it has no answer here
 * @param kinds the registers that were asked; the sets of the others are empty, not answers
 */
public record RegisterFacts(Set<String> asked, Set<Kind> kinds, Set<String> protectedIds, Set<String> jointCaseIds,
                            Set<String> confirmedHitIds) {
    /** One register; a request asks only those its grants depend on. */
    public enum Kind { PROTECTED, JOINT_CASE, CONFIRMED_HIT }

    public RegisterFacts {
        asked = Set.copyOf(asked);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        protectedIds = Set.copyOf(protectedIds);
        jointCaseIds = Set.copyOf(jointCaseIds);
        confirmedHitIds = Set.copyOf(confirmedHitIds);
    }
}
