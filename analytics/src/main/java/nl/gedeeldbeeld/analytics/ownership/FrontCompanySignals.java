package nl.gedeeldbeeld.analytics.ownership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Signals of front companies (frontbedrijven, brievenbusfirma's): companies that exist on paper to hide
 * who does business or to carry money. Three typologies from the RIEC/LIEC and FIOD casework:
 * <ul>
 * <li>many companies registered at one address (a trust office or a mailbox address);</li>
 * <li>short-lived companies, founded and dissolved within months ("snel opgerichte en opgeheven BV's");</li>
 * <li>nominee directors (katvangers, stromannen): persons directing many companies, or several companies
 * founded within a short span.</li>
 * </ul>
 * Each signal carries its figures and a sentence; per company the signals are combined into a score
 * (the number of kinds that touch it) — see {@link CompanySignals}. Turnover of young companies, the
 * fourth usual signal, needs financial data the registers do not carry and is not computed here.
 *
 * <p>Input: the registrations (the app fills them from FtM {@code Company}: incorporationDate,
 * dissolutionDate, addressEntity) and the directorships of an {@link OwnershipGraph} (FtM
 * {@code Directorship}: director, organization). Only directors who are persons count as nominees;
 * a company directed but not registered counts for its director without a founding date.
 * Results are computed once, on first use, and handed out unmodifiable.
 */
public final class FrontCompanySignals {
    private final List<CompanyRegistration> companies;
    private final OwnershipGraph graph;
    private final FrontCompanyRules rules;
    private Result result;

    private record Result(List<FrontSignal> signals, List<CompanySignals> perCompany) {
    }

    public FrontCompanySignals(List<CompanyRegistration> companies, OwnershipGraph graph, FrontCompanyRules rules) {
        this.companies = List.copyOf(companies);
        this.graph = Objects.requireNonNull(graph, "graph");
        this.rules = Objects.requireNonNull(rules, "rules");
        Set<String> seen = new java.util.HashSet<>();
        for (CompanyRegistration c : this.companies) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("company " + c.id() + " is registered twice; merge its records first");
            }
        }
    }

    public FrontCompanySignals(List<CompanyRegistration> companies, OwnershipGraph graph) {
        this(companies, graph, FrontCompanyRules.standard());
    }

    /** Every signal, by kind and then largest first. */
    public List<FrontSignal> signals() {
        return result().signals();
    }

    public List<FrontSignal> signals(FrontSignal.Kind kind) {
        return signals().stream().filter(s -> s.kind() == kind).toList();
    }

    /** The companies touched by at least one signal, highest score first. */
    public List<CompanySignals> companies() {
        return result().perCompany();
    }

    /** The companies with at least {@code minScore} kinds of signal. */
    public List<CompanySignals> companies(int minScore) {
        return companies().stream().filter(c -> c.score() >= minScore).toList();
    }

    private synchronized Result result() {
        if (result == null) {
            List<FrontSignal> all = new ArrayList<>();
            all.addAll(crowdedAddresses());
            all.addAll(shortLived());
            all.addAll(nominees());
            result = new Result(List.copyOf(all), perCompany(all));
        }
        return result;
    }

    private List<FrontSignal> crowdedAddresses() {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        for (CompanyRegistration c : companies) {
            c.address().ifPresent(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add(c.id()));
        }
        List<FrontSignal> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byAddress.entrySet()) {
            int count = e.getValue().size();
            if (count >= rules.companiesAtAddress()) {
                out.add(new FrontSignal(FrontSignal.Kind.CROWDED_ADDRESS, e.getKey(), sorted(e.getValue()), count,
                        count + " companies registered at address " + e.getKey() + " (signal from "
                        + rules.companiesAtAddress() + ")"));
            }
        }
        out.sort(Comparator.comparingInt((FrontSignal s) -> -s.count()).thenComparing(FrontSignal::subject));
        return out;
    }

    private List<FrontSignal> shortLived() {
        List<FrontSignal> out = new ArrayList<>();
        for (CompanyRegistration c : companies) {
            if (c.founded().isEmpty() || c.dissolved().isEmpty()) {
                continue;
            }
            LocalDate founded = c.founded().get();
            LocalDate dissolved = c.dissolved().get();
            if (!dissolved.isAfter(founded.plusMonths(rules.shortLivedMonths()))) {
                long months = ChronoUnit.MONTHS.between(founded, dissolved);
                long days = ChronoUnit.DAYS.between(founded, dissolved);
                out.add(new FrontSignal(FrontSignal.Kind.SHORT_LIVED, c.id(), List.of(c.id()), (int) days,
                        c.id() + " existed " + days + " days (" + months + " months, founded " + founded + ", dissolved "
                        + dissolved + "; signal within " + rules.shortLivedMonths() + " months)"));
            }
        }
        out.sort(Comparator.comparingInt(FrontSignal::count).thenComparing(FrontSignal::subject));
        return out;
    }

    private List<FrontSignal> nominees() {
        Map<String, Optional<LocalDate>> founded = new HashMap<>();
        for (CompanyRegistration c : companies) {
            founded.put(c.id(), c.founded());
        }
        List<FrontSignal> many = new ArrayList<>();
        List<FrontSignal> bursts = new ArrayList<>();
        for (int person = 0; person < graph.partyCount(); person++) {
            if (graph.kind(person) != PartyKind.PERSON
                    || graph.directsEnd(person) - graph.directsStart(person) < Math.min(rules.directorships(),
                    rules.burstCompanies())) {
                continue;
            }
            Set<String> directed = new LinkedHashSet<>();
            for (int p = graph.directsStart(person); p < graph.directsEnd(person); p++) {
                directed.add(graph.label(graph.directedCompany(graph.directsEdge(p))));
            }
            String who = graph.label(person);
            if (directed.size() >= rules.directorships()) {
                many.add(new FrontSignal(FrontSignal.Kind.MANY_DIRECTORSHIPS, who, sorted(directed), directed.size(),
                        who + " directs " + directed.size() + " companies (signal from " + rules.directorships() + ")"));
            }
            burst(who, directed, founded).ifPresent(bursts::add);
        }
        Comparator<FrontSignal> largest = Comparator.comparingInt((FrontSignal s) -> -s.count())
                .thenComparing(FrontSignal::subject);
        many.sort(largest);
        bursts.sort(largest);
        List<FrontSignal> out = new ArrayList<>(many);
        out.addAll(bursts);
        return out;
    }

    /** The largest set of the person's companies founded within the burst span (sliding window over dates). */
    private Optional<FrontSignal> burst(String who, Set<String> directed, Map<String, Optional<LocalDate>> founded) {
        List<Map.Entry<String, LocalDate>> dated = new ArrayList<>();
        for (String c : directed) {
            founded.getOrDefault(c, Optional.empty()).ifPresent(d -> dated.add(Map.entry(c, d)));
        }
        if (dated.size() < rules.burstCompanies()) {
            return Optional.empty();
        }
        dated.sort(Map.Entry.comparingByValue());
        int bestFrom = 0;
        int bestTo = 0;
        int to = 0;
        for (int from = 0; from < dated.size(); from++) {
            LocalDate limit = dated.get(from).getValue().plusMonths(rules.burstMonths());
            while (to < dated.size() && !dated.get(to).getValue().isAfter(limit)) {
                to++;
            }
            if (to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        int count = bestTo - bestFrom;
        if (count < rules.burstCompanies()) {
            return Optional.empty();
        }
        List<String> inBurst = dated.subList(bestFrom, bestTo).stream().map(Map.Entry::getKey).toList();
        return Optional.of(new FrontSignal(FrontSignal.Kind.DIRECTORSHIP_BURST, who, sorted(inBurst), count,
                who + " directs " + count + " companies founded between " + dated.get(bestFrom).getValue() + " and "
                + dated.get(bestTo - 1).getValue() + " (signal from " + rules.burstCompanies() + " within "
                + rules.burstMonths() + " months)"));
    }

    private static List<CompanySignals> perCompany(List<FrontSignal> signals) {
        Map<String, List<FrontSignal>> byCompany = new LinkedHashMap<>();
        Map<String, EnumSet<FrontSignal.Kind>> kinds = new HashMap<>();
        for (FrontSignal s : signals) {
            for (String c : s.companies()) {
                byCompany.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
                kinds.computeIfAbsent(c, k -> EnumSet.noneOf(FrontSignal.Kind.class)).add(s.kind());
            }
        }
        List<CompanySignals> out = new ArrayList<>();
        for (Map.Entry<String, List<FrontSignal>> e : byCompany.entrySet()) {
            EnumSet<FrontSignal.Kind> k = kinds.get(e.getKey());
            int score = (k.contains(FrontSignal.Kind.CROWDED_ADDRESS) ? 1 : 0)
                    + (k.contains(FrontSignal.Kind.SHORT_LIVED) ? 1 : 0)
                    + (k.contains(FrontSignal.Kind.MANY_DIRECTORSHIPS) || k.contains(FrontSignal.Kind.DIRECTORSHIP_BURST)
                    ? 1 : 0);
            out.add(new CompanySignals(e.getKey(), score, e.getValue()));
        }
        out.sort(Comparator.comparingInt((CompanySignals c) -> -c.score()).thenComparing(CompanySignals::company));
        return List.copyOf(out);
    }

    private static List<String> sorted(java.util.Collection<String> ids) {
        return ids.stream().sorted().toList();
    }
}
