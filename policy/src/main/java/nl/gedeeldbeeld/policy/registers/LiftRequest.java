package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Objects;

/**
 * A request by a member of the owning unit to lift a protection flag: the first pair of eyes. The flag
 * stays until a second, different member of that unit approves; the approver is the flag's {@code liftedBy}.
 */
public record LiftRequest(String entityId, String requestedBy, Instant requestedAt, String reason) {
    public LiftRequest {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a request to lift a protection flag states its reason");
        }
    }
}
