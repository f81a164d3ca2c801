package nl.gedeeldbeeld.analytics.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.gedeeldbeeld.analytics.ownership.CompanyRegistration;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraph;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraphBuilder;
import nl.gedeeldbeeld.analytics.ownership.PartyKind;
import nl.gedeeldbeeld.analytics.ownership.Validity;
import nl.gedeeldbeeld.model.entity.EntityView;

/**
 * Builds the caller's ownership graph and company registrations from visible FtM entities: {@code Ownership}
 * (owner, asset, percentage, startDate, endDate), {@code Directorship} (director, organization, role, dates),
 * and the parties they name. A company with a {@code jurisdiction} or {@code country} other than the
 * Netherlands is a foreign company: Dutch registers do not say who stands behind it. An Ownership of an
 * asset that is no company (a bank account, a vehicle) is not a shareholding and is left out.
 */
public final class OwnershipViewBuilder {
    private final Map<String, EntityView> views = new TreeMap<>();

    public OwnershipViewBuilder add(EntityView view) {
        views.put(view.id(), view);
        return this;
    }

    /** The graph and the companies' registrations, for UBO, ring and front-company analyses. */
    public record OwnershipView(OwnershipGraph graph, List<CompanyRegistration> companies, Map<String, String> captions) {
        public OwnershipView {
            Objects.requireNonNull(graph, "graph");
            companies = List.copyOf(companies);
            captions = java.util.Collections.unmodifiableMap(new TreeMap<>(captions));
        }
    }

    public OwnershipView build() {
        OwnershipGraphBuilder graph = new OwnershipGraphBuilder();
        Map<String, String> captions = new TreeMap<>();
        List<CompanyRegistration> companies = new ArrayList<>();
        for (EntityView v : views.values()) {
            switch (v.schema()) {
                case "Ownership" -> {
                    for (String owner : v.values("owner")) {
                        for (String asset : v.values("asset")) {
                            if (kind(asset).isCompany() || kind(asset) == PartyKind.FOREIGN_COMPANY) {
                                party(graph, captions, owner);
                                party(graph, captions, asset);
                                OptionalDouble share = v.first("percentage").map(OwnershipViewBuilder::percentage)
                                        .orElse(OptionalDouble.empty());
                                graph.ownership(owner, asset, share, validity(v));
                            }
                        }
                    }
                }
                case "Directorship" -> {
                    for (String director : v.values("director")) {
                        for (String company : v.values("organization")) {
                            party(graph, captions, director);
                            party(graph, captions, company);
                            graph.directorship(director, company, v.first("role").orElse("bestuurder"), validity(v));
                        }
                    }
                }
                default -> {
                    if (kind(v.id()).isCompany()) {
                        Optional<LocalDate> founded = date(v, "incorporationDate", true);
                        // a dissolution before the founding is a data error; the founding date is kept
                        Optional<LocalDate> dissolved = date(v, "dissolutionDate", false)
                                .filter(d -> founded.map(f -> !d.isBefore(f)).orElse(true));
                        companies.add(new CompanyRegistration(v.id(), v.caption(), v.first("addressEntity"), founded,
                                dissolved));
                    }
                }
            }
        }
        return new OwnershipView(graph.build(), companies, captions);
    }

    private void party(OwnershipGraphBuilder graph, Map<String, String> captions, String id) {
        graph.party(id, kind(id));
        EntityView v = views.get(id);
        captions.putIfAbsent(id, v == null ? id : v.caption());
    }

    private PartyKind kind(String id) {
        EntityView v = views.get(id);
        if (v == null) {
            return PartyKind.UNKNOWN;
        }
        return switch (v.schema()) {
            case "Person" -> PartyKind.PERSON;
            case "Company", "Organization", "LegalEntity", "PublicBody" -> foreign(v) ? PartyKind.FOREIGN_COMPANY
                    : PartyKind.COMPANY;
            default -> PartyKind.UNKNOWN;
        };
    }

    private static boolean foreign(EntityView v) {
        for (String property : List.of("jurisdiction", "country")) {
            for (String value : v.values(property)) {
                if (!value.equalsIgnoreCase("nl")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Validity validity(EntityView v) {
        Optional<LocalDate> start = date(v, "startDate", true);
        Optional<LocalDate> end = date(v, "endDate", false);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            return new Validity(start, Optional.empty());
        }
        return new Validity(start, end);
    }

    private static Optional<LocalDate> date(EntityView v, String property, boolean start) {
        return v.first(property).flatMap(d -> GraphViewBuilder.parseDate(d, start));
    }

    private static OptionalDouble percentage(String text) {
        try {
            double p = Double.parseDouble(text.trim().replace(',', '.').replace("%", ""));
            return p >= 0 && p <= 100 ? OptionalDouble.of(p) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
