package nl.gedeeldbeeld.policy;

import java.util.Objects;
import java.util.Set;

/** A role a user holds; it grants the purposes the user may declare for a request. */
public record Role(String code, String name, Set<String> purposes) {
    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        purposes = Set.copyOf(purposes);
    }
}
