package nl.gedeeldbeeld.policy.decision;

import java.util.Objects;

/**
 * A (partner, legal regime) pair: the coarsest dimension of a grant, and what the search index filters on
 * (the store maps it onto its {@code SearchFilter.PartnerRegime}; policy cannot depend on store).
 */
public record PartnerRegime(String partner, String regime) {
    public PartnerRegime {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
    }
}
