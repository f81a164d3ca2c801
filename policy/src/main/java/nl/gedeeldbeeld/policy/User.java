package nl.gedeeldbeeld.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who signs in: member of one organisation (and optionally one of its units), holding roles. */
public record User(String id, String name, String organisation, Optional<String> unit, Set<String> roles) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(unit, "unit");
        roles = Set.copyOf(roles);
    }
}
