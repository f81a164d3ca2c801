package nl.gedeeldbeeld.policy.write;

import java.util.Objects;
import java.util.Set;

/**
 * One write rule of the catalogue: who may perform an action, and what happens when the data is not only
 * the actor's organisation's own. Every rule is "own data first": the owners of the data (the partners
 * whose statements it is) must be the actor's organisation alone; {@link #foreign} says what happens
 * otherwise.
 *
 * @param id           the rule id the audit log names for every write it allowed or refused
 * @param roles        roles of which the actor must hold one; empty for any
 * @param purposes     purposes of which the request must declare one; empty for any
 * @param owningUnit   the actor must be a member of the unit that owns the object (a protection flag)
 * @param secondPerson the actor must not be the person who took the first step (four eyes)
 */
public record WriteRule(String id, WriteAction action, Set<String> roles, Set<String> purposes, ForeignData foreign,
                        boolean owningUnit, boolean secondPerson, String description) {
    public WriteRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        roles = Set.copyOf(roles);
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(foreign, "foreign");
        Objects.requireNonNull(description, "description");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a write rule has an id");
        }
    }
}
