package nl.gedeeldbeeld.policy.decision;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory implementations of the condition registers, for tests and the demo. Thread-safe; entries are
 * (entity id, organisation) pairs.
 */
public final class InMemoryRegisters implements CaseMembership, HitRegister, ProtectedPersons {
    private final Set<String> jointCases = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmedHits = ConcurrentHashMap.newKeySet();
    private final Set<String> protectedPersons = ConcurrentHashMap.newKeySet();

    public InMemoryRegisters addToJointCase(String entityId, String organisation) {
        jointCases.add(key(entityId, organisation));
        return this;
    }

    public InMemoryRegisters confirmHit(String entityId, String organisation) {
        confirmedHits.add(key(entityId, organisation));
        return this;
    }

    public InMemoryRegisters protect(String entityId) {
        protectedPersons.add(entityId);
        return this;
    }

    @Override
    public boolean inJointCase(String entityId, String organisation) {
        return jointCases.contains(key(entityId, organisation));
    }

    @Override
    public boolean hasConfirmedHit(String entityId, String organisation) {
        return confirmedHits.contains(key(entityId, organisation));
    }

    @Override
    public boolean isProtected(String entityId) {
        return protectedPersons.contains(entityId);
    }

    private static String key(String entityId, String organisation) {
        return entityId + '\u001f' + organisation;
    }
}
