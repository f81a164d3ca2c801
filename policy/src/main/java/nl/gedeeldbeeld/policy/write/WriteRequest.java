package nl.gedeeldbeeld.policy.write;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a write is about, as far as the rules need to know: the owners of the data it acts on (the partners
 * whose statements it is), the unit that owns the object when it has one (a protection flag's unit), and
 * the person who took the first step when this is the second (four eyes).
 */
public record WriteRequest(WriteAction action, Set<String> owners, Optional<String> owningUnit,
                           Optional<String> firstPerson) {
    public WriteRequest {
        Objects.requireNonNull(action, "action");
        owners = Set.copyOf(owners);
        Objects.requireNonNull(owningUnit, "owningUnit");
        Objects.requireNonNull(firstPerson, "firstPerson");
    }

    public static WriteRequest on(WriteAction action, Set<String> owners) {
        return new WriteRequest(action, owners, Optional.empty(), Optional.empty());
    }

    public WriteRequest ownedByUnit(String unit) {
        return new WriteRequest(action, owners, Optional.of(unit), firstPerson);
    }

    public WriteRequest after(String firstPersonId) {
        return new WriteRequest(action, owners, owningUnit, Optional.of(firstPersonId));
    }
}
