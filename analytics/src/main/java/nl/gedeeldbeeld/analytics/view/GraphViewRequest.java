package nl.gedeeldbeeld.analytics.view;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which links a graph view holds: relationship schemata (empty: every FtM edge schema between parties),
 * derived links, a time window on the links' dates, and partners (empty: every partner the caller may
 * see). A link with no date at all stays in a windowed view; its evidence shows it has no date.
 *
 * @param maxSharers a shared thing with more parties than this (an office building, a bank's pooled
 *                   account) makes no derived links: a clique of hundreds would drown every metric. The
 *                   view lists such things in its notes.
 */
public record GraphViewRequest(Set<String> schemata, Set<DerivedLink> derived, Optional<LocalDate> from,
                               Optional<LocalDate> to, Set<String> partners, int maxSharers) {
    public static final int DEFAULT_MAX_SHARERS = 25;

    public GraphViewRequest {
        schemata = Set.copyOf(schemata);
        derived = Set.copyOf(derived);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        partners = Set.copyOf(partners);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new nl.gedeeldbeeld.model.UserInputException("time window ends (" + to.get() + ") before it starts ("
                    + from.get() + ")");
        }
        if (maxSharers < 2) {
            throw new nl.gedeeldbeeld.model.UserInputException("maxSharers must be at least 2, was " + maxSharers);
        }
    }

    /** Every relationship and every derived link, at all times, from every partner. */
    public static GraphViewRequest everything() {
        return new GraphViewRequest(Set.of(), Set.of(DerivedLink.values()), Optional.empty(), Optional.empty(), Set.of(),
                DEFAULT_MAX_SHARERS);
    }

    public GraphViewRequest withSchemata(Set<String> chosen) {
        return new GraphViewRequest(chosen, derived, from, to, partners, maxSharers);
    }

    public GraphViewRequest withDerived(Set<DerivedLink> chosen) {
        return new GraphViewRequest(schemata, chosen, from, to, partners, maxSharers);
    }

    public GraphViewRequest between(Optional<LocalDate> start, Optional<LocalDate> end) {
        return new GraphViewRequest(schemata, derived, start, end, partners, maxSharers);
    }

    public GraphViewRequest fromPartners(Set<String> chosen) {
        return new GraphViewRequest(schemata, derived, from, to, chosen, maxSharers);
    }

    boolean dateInWindow(LocalDate start, LocalDate end) {
        return (from.isEmpty() || !end.isBefore(from.get())) && (to.isEmpty() || !start.isAfter(to.get()));
    }

    boolean partnerIncluded(String partner) {
        return partners.isEmpty() || partners.contains(partner);
    }
}
