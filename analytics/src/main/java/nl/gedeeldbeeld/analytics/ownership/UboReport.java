package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;

/**
 * The ultimate beneficial owners of one company and how they were found.
 *
 * <p>{@code owners} are the UBOs (by ownership, or the directors as pseudo-UBO when no person passes the
 * threshold); {@code unresolved} are the links where the search stopped (foreign company, unknown share,
 * unknown owner). The accounting of the company's shares: {@code unaccounted} is the part no registered
 * shareholder holds (shares of 60% and 30% leave 10%), {@code circularResidue} the part still running round
 * a ring of companies without an outside owner when the walk stopped; {@code overallocated} names the
 * companies whose registered shares add up to more than 100%. {@code chainsTruncated} says that the chains
 * shown are not all chains (the rules cap them). {@code explanation} says all of it in one paragraph.
 */
public record UboReport(String company, double threshold, UboBasis basis, List<BeneficialOwner> owners,
        List<UnresolvedLink> unresolved, double unaccounted, double circularResidue, List<String> overallocated,
        boolean chainsTruncated, String explanation) {
    public UboReport {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(basis, "basis");
        owners = List.copyOf(owners);
        unresolved = List.copyOf(unresolved);
        overallocated = List.copyOf(overallocated);
        Objects.requireNonNull(explanation, "explanation");
    }
}
