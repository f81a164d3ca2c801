package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.decision.CaseMembership;
import nl.gedeeldbeeld.policy.decision.HitRegister;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;

/**
 * The registers the decision point's entity-dependent rules read: joint cases (JOINT_CASE), confirmed
 * hits (CONFIRMED_HIT) and protection flags (PROTECTED_PERSON). The store implements it; the set-valued
 * methods are what a search turns into filters, since a search does not know its entities in advance.
 * Callers outside the access layer must not hand these answers to users: flags are need-to-know.
 */
public interface PolicyRegisters extends CaseMembership, HitRegister, ProtectedPersons {

    /** Opens a case; opening one with an id that exists changes nothing. */
    void openCase(JointCase jointCase);

    /** Adds an entity to a case; adding it twice changes nothing. Unknown case: IllegalArgumentException. */
    void addToCase(String caseId, String entityId, String addedBy, Instant at);

    Optional<JointCase> findCase(String caseId);

    /** Cases the organisation takes part in, by id. */
    List<JointCase> casesOf(String organisation);

    Set<String> entitiesOfCase(String caseId);

    /** Entities in any joint case the organisation takes part in. */
    Set<String> jointCaseEntities(String organisation);

    /** Records a confirmed hit of the organisation on the entity; twice changes nothing. */
    void confirmHit(String entityId, String organisation, String confirmedBy, Instant at);

    Set<String> confirmedHitEntities(String organisation);

    /** Flags an entity as protected; flagging it again keeps the first flag. */
    void protect(ProtectionFlag flag);

    /** Lifts the flag on the entity and on the entities flagged as its cover; {@code liftedBy} approved it. */
    void lift(String entityId, String liftedBy, Instant at);

    /**
     * Records a request to lift the active flag on the entity, the first of four eyes; a second request
     * while one is open changes nothing. False when the entity has no active flag.
     */
    boolean requestLift(LiftRequest request);

    /** The open request to lift the entity's active flag, if any. */
    Optional<LiftRequest> liftRequestOf(String entityId);

    Optional<ProtectionFlag> protectionOf(String entityId);

    /** Every entity with an active flag. */
    Set<String> protectedEntities();

    /** Active flags owned by the organisation. */
    List<ProtectionFlag> flagsOwnedBy(String organisation);

    /**
     * The per-entity answers of the registers named in {@code kinds}, for all these entities at once. The
     * default asks per entity; a store answers with one query per register.
     */
    default RegisterFacts factsOf(Collection<String> entityIds, String organisation, Set<RegisterFacts.Kind> kinds) {
        Set<String> protectedIds = new HashSet<>();
        Set<String> inCase = new HashSet<>();
        Set<String> hits = new HashSet<>();
        for (String id : entityIds) {
            if (kinds.contains(RegisterFacts.Kind.PROTECTED) && isProtected(id)) {
                protectedIds.add(id);
            }
            if (kinds.contains(RegisterFacts.Kind.JOINT_CASE) && inJointCase(id, organisation)) {
                inCase.add(id);
            }
            if (kinds.contains(RegisterFacts.Kind.CONFIRMED_HIT) && hasConfirmedHit(id, organisation)) {
                hits.add(id);
            }
        }
        return new RegisterFacts(Set.copyOf(entityIds), kinds, protectedIds, inCase, hits);
    }

    @Override
    default boolean isProtected(String entityId) {
        return protectionOf(entityId).isPresent();
    }
}
