package nl.gedeeldbeeld.policy.decision;

/**
 * The register of protected persons (stelsel bewaken en beveiligen: threatened judges, prosecutors,
 * lawyers, journalists, crown witnesses). Statements about them never reach another partner, whatever an
 * agreement says: being visible in a shared picture is itself a risk to them.
 */
@FunctionalInterface
public interface ProtectedPersons {
    boolean isProtected(String entityId);

    ProtectedPersons NONE = entityId -> false;
}
