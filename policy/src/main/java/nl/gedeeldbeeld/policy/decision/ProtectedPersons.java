package nl.gedeeldbeeld.policy.decision;

/**
 * The register of protected persons (stelsel bewaken en beveiligen: threatened judges, prosecutors,
 * lawyers, journalists, crown witnesses). Statements about them never reach another partner, whatever an
 * agreement says: being visible in a shared picture is itself a risk to them.
 */
@FunctionalInterface
public interface ProtectedPersons {
    boolean isProtected(String entityId);

    /**
     * Whether protection hides this statement of another partner from a viewer of this organisation: its
     * entity is flagged, or — where the register knows more than flags — covered by a flag (a link that names
     * a protected person, the same address or vehicle under another id) or a reference to such an entity.
     * The decision point asks this after OWN_DATA, so a partner's own statements are never hidden from it.
     */
    default boolean hides(nl.gedeeldbeeld.model.statement.Statement statement, String viewerOrganisation) {
        return isProtected(statement.entityId());
    }

    ProtectedPersons NONE = entityId -> false;
}
