package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;

/**
 * Companies that own each other, directly or round a longer loop: one strongly connected component of the
 * shareholdings with more than one company. {@code cycles} are the simple cycles inside it (each a list of
 * companies where every one holds shares in the next and the last in the first), at most as many as asked;
 * {@code links} all shareholdings between its members.
 */
public record OwnershipRing(List<String> companies, List<List<String>> cycles, List<RingLink> links,
        boolean cyclesTruncated, String explanation) {
    public OwnershipRing {
        companies = List.copyOf(companies);
        cycles = cycles.stream().map(List::copyOf).toList();
        links = List.copyOf(links);
        Objects.requireNonNull(explanation, "explanation");
    }
}
