package nl.gedeeldbeeld.policy.decision;

/**
 * Answers the CONFIRMED_HIT condition: has a hit/no-hit check by the organisation on this entity been
 * confirmed? Hit/no-hit means the recipient first only learns that the provider knows the entity; the
 * details follow once the hit is confirmed and recorded here.
 */
@FunctionalInterface
public interface HitRegister {
    boolean hasConfirmedHit(String entityId, String organisation);

    HitRegister NONE = (entityId, organisation) -> false;
}
