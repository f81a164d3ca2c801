package nl.gedeeldbeeld.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner organisation. Its {@code code} is the value statements carry as {@code Provenance.partner}, so
 * the police's statements ({@code partner = POLITIE}) belong to the organisation with code POLITIE.
 */
public record Organisation(String code, String name, OrganisationKind kind, List<Unit> units) {
    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        units = List.copyOf(units);
    }

    public Optional<Unit> unit(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }
}
