package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;

/**
 * How a person directs a company: {@code parties.get(0)} is director ({@code roles.get(0)}) of
 * {@code parties.get(1)}, which may itself be a corporate director of the next, down to the company.
 */
public record DirectorChain(List<String> parties, List<String> roles) {
    public DirectorChain {
        parties = List.copyOf(parties);
        roles = List.copyOf(roles);
        if (parties.size() != roles.size() + 1 || roles.isEmpty()) {
            throw new IllegalArgumentException("a chain of " + parties.size() + " parties needs "
                    + (parties.size() - 1) + " roles, got " + roles.size());
        }
    }

    /** E.g. {@code "D directs M (bestuurder), which directs C (bestuurder)"}. */
    public String describe() {
        StringBuilder b = new StringBuilder(parties.get(0));
        for (int i = 0; i < roles.size(); i++) {
            b.append(i == 0 ? " directs " : ", which directs ").append(parties.get(i + 1));
            if (!roles.get(i).isEmpty()) {
                b.append(" (").append(roles.get(i)).append(')');
            }
        }
        return b.toString();
    }
}
