package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A natural person found as ultimate beneficial owner (UBO) of a company, with what made them one.
 *
 * <p>For {@link UboBasis#OWNERSHIP}: {@code share} is the integrated share (all chains, circular holdings
 * included), {@code chains} the simple chains that carry it (largest first, at most as many as the rules
 * allow) and {@code circularPart} what the chains do not show because it runs round a ring of companies
 * that own each other. For {@link UboBasis#PSEUDO_UBO}: no share; {@code directorChains} say how the person
 * directs the company.
 */
public record BeneficialOwner(String person, UboBasis basis, OptionalDouble share, double circularPart,
        List<Chain> chains, List<DirectorChain> directorChains, String reason) {
    public BeneficialOwner {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(share, "share");
        chains = List.copyOf(chains);
        directorChains = List.copyOf(directorChains);
        Objects.requireNonNull(reason, "reason");
    }
}
