package nl.gedeeldbeeld.policy.decision;

import java.time.Instant;
import java.util.Objects;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.User;

/**
 * Who asks, on behalf of which organisation, for which single declared purpose (doelbinding: every request
 * runs under exactly one), under which trace id, and at which moment; the moment picks the agreement
 * versions in force and the retention cut-off, so replaying a context gives the same decisions. Open one
 * with {@link PolicyDecisionPoint#open}, which also checks that the user's roles grant the purpose.
 */
public record AccessContext(User user, Organisation organisation, Purpose purpose, String traceId, Instant at) {
    public AccessContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(at, "at");
        if (traceId.isBlank()) {
            throw new IllegalArgumentException("a request needs a trace id");
        }
        if (!user.organisation().equals(organisation.code())) {
            throw new AccessRefusedException("user '" + user.id() + "' belongs to " + user.organisation()
                    + " and cannot act for " + organisation.code());
        }
    }
}
