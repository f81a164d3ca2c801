package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A protection flag (stelsel bewaken en beveiligen): the owning unit marks a person as protected, and with
 * it the addresses and vehicles that would lead to them ({@code coverOf} names the person such an entity
 * is flagged for). Flags are need-to-know: only the owning organisation may see that a flag exists;
 * everyone else just sees nothing of the entity from other partners.
 *
 * @param purpose the purpose under which the owning unit placed it (empty for flags from before it was kept)
 */
public record ProtectionFlag(String entityId, String ownerOrganisation, String ownerUnit, String reason,
                             String flaggedBy, String purpose, Instant flaggedAt, Optional<String> coverOf) {
    public ProtectionFlag {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(ownerOrganisation, "ownerOrganisation");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flaggedBy, "flaggedBy");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
        Objects.requireNonNull(coverOf, "coverOf");
    }
}
