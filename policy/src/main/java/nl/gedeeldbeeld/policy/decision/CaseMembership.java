package nl.gedeeldbeeld.policy.decision;

/**
 * Answers the JOINT_CASE condition: is the entity part of a joint case (gezamenlijke casus, e.g. a
 * RIEC-casus) in which the organisation takes part? Implemented by the cases module over its store; must
 * answer from the same state for the whole request so decisions stay consistent.
 */
@FunctionalInterface
public interface CaseMembership {
    boolean inJointCase(String entityId, String organisation);

    CaseMembership NONE = (entityId, organisation) -> false;
}
