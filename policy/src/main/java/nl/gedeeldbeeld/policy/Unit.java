package nl.gedeeldbeeld.policy;

import java.util.Objects;

/** A unit inside a partner organisation (a team, a department, a regional office). */
public record Unit(String code, String name) {
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
