package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A joint case (gezamenlijke casus, e.g. a RIEC-casus): the organisations that work it together and, in
 * the register, the entities it concerns. Being in a joint case of the viewer's organisation is the
 * JOINT_CASE condition of sharing agreements.
 */
public record JointCase(String id, String title, Set<String> organisations, String openedBy, Instant openedAt) {
    public JointCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        organisations = Set.copyOf(organisations);
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        if (id.isBlank() || organisations.isEmpty()) {
            throw new IllegalArgumentException("a joint case has an id and at least one organisation");
        }
    }
}
