package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert to the unit that owns a protection flag: someone's request touched the protected entity. It
 * names who, for which organisation and purpose, under which trace id, so the unit can follow up; the
 * searcher is not told.
 */
public record ProtectionAlert(String id, String entityId, String ownerOrganisation, String ownerUnit,
                              AlertTrigger trigger, String actor, String actorOrganisation, String purpose,
                              String traceId, Instant at, Optional<String> acknowledgedBy,
                              Optional<Instant> acknowledgedAt) {
    public ProtectionAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(ownerOrganisation, "ownerOrganisation");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorOrganisation, "actorOrganisation");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }

    public boolean acknowledged() {
        return acknowledgedAt.isPresent();
    }
}
