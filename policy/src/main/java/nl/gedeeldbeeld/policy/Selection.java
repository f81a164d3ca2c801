package nl.gedeeldbeeld.policy;

import java.util.Set;

/**
 * Either every name or an explicit set of names (of schemata or properties). Explicit rather than "an
 * empty set means all", so that a list that happens to be empty can never widen access.
 */
public record Selection(boolean all, Set<String> names) {
    public static final Selection ALL = new Selection(true, Set.of());

    public Selection {
        names = Set.copyOf(names);
        if (all && !names.isEmpty()) {
            throw new IllegalArgumentException("a selection of all names lists no names");
        }
    }

    public static Selection only(Set<String> names) {
        return new Selection(false, names);
    }

    public boolean contains(String name) {
        return all || names.contains(name);
    }

    @Override
    public String toString() {
        return all ? "all" : names.stream().sorted().toList().toString();
    }
}
