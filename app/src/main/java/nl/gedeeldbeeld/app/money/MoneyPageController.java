package nl.gedeeldbeeld.app.money;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.ownership.Chain;
import nl.gedeeldbeeld.analytics.view.TransactionViewBuilder.TransactionView;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.app.ownership.Ownerships;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.app.search.SearchService;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The money page ({@code /geld}): an account's money over time (per month, and a Sankey of where it came from
 * and went), fund tracing forward or backward with the allocation rule chosen, typology alerts with their
 * rule, figures and subgraph, the accounts the learned score flags (with their strongest features in Dutch
 * and the rules that fired; also on an account's own view), and the ownership chains and UBOs of a company with the share on every link.
 * Each answer comes from the same services as the API ({@link MoneyFlows}, {@link Ownerships}), under the
 * signed-in user's context and declared purpose, so the page shows nothing the API would not.
 */
@Controller
class MoneyPageController {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DIRECTIONS = Map.of("vooruit", "forward", "achteruit", "backward");
    private static final Map<String, String> ALLOCATIONS = Map.of("fifo", "fifo", "lifo", "lifo",
            "evenredig", "proportional");
    private final MoneyFlows flows;
    private final Ownerships ownerships;
    private final SearchService search;
    private final VisibleEntities entities;

    MoneyPageController(MoneyFlows flows, Ownerships ownerships, SearchService search, VisibleEntities entities) {
        this.flows = flows;
        this.ownerships = ownerships;
        this.search = search;
        this.entities = entities;
    }

    @GetMapping("/geld")
    String money(AccessContext ctx,
                 @RequestParam(name = "rekening", defaultValue = "") String account,
                 @RequestParam(name = "persoon", defaultValue = "") String person,
                 @RequestParam(name = "richting", defaultValue = "vooruit") String direction,
                 @RequestParam(name = "toewijzing", defaultValue = "fifo") String allocation,
                 @RequestParam(name = "diepte", defaultValue = "3") int depth,
                 @RequestParam(name = "van", defaultValue = "") String from,
                 @RequestParam(name = "tot", defaultValue = "") String to,
                 @RequestParam(name = "signalen", defaultValue = "false") boolean alerts,
                 @RequestParam(name = "typologie", defaultValue = "") String typology,
                 @RequestParam(name = "score", defaultValue = "false") boolean scores,
                 @RequestParam(name = "bedrijf", defaultValue = "") String company,
                 @RequestParam(name = "zoekbedrijf", defaultValue = "") String companyQuery,
                 Model model) {
        Bounds.atMost("rekening", account, Bounds.MAX_ID);
        Bounds.atMost("persoon", person, Bounds.MAX_ID);
        Bounds.atMost("bedrijf", company, Bounds.MAX_ID);
        Bounds.atMost("zoekbedrijf", companyQuery, 200);
        Bounds.atMost("typologie", typology, 40);
        Bounds.between("diepte", depth, 1, MoneyFlowController.MAX_DEPTH);
        String dir = Optional.ofNullable(DIRECTIONS.get(direction)).orElseThrow(() ->
                new UserInputException("Richting is 'vooruit' of 'achteruit', niet '" + direction + "'."));
        String alloc = Optional.ofNullable(ALLOCATIONS.get(allocation)).orElseThrow(() ->
                new UserInputException("Toewijzing is 'fifo', 'lifo' of 'evenredig', niet '" + allocation + "'."));
        var fromDate = ViewParameters.date("van", from);
        var toDate = ViewParameters.date("tot", to);
        model.addAttribute("rekening", account.trim());
        model.addAttribute("persoon", person.trim());
        model.addAttribute("richting", direction);
        model.addAttribute("toewijzing", allocation);
        model.addAttribute("diepte", depth);
        model.addAttribute("van", from);
        model.addAttribute("tot", to);
        model.addAttribute("typologie", typology);
        model.addAttribute("bedrijf", company.trim());
        model.addAttribute("zoekbedrijf", companyQuery);
        model.addAttribute("typologies", java.util.Arrays.stream(Typology.values()).map(Typology::label).toList());
        if (!person.isBlank()) {
            model.addAttribute("personAccounts", accountsOf(ctx, person.trim()));
        }
        if (!account.isBlank()) {
            TransactionView view = flows.view(ctx, fromDate, toDate);
            if (view.graph().account(account.trim()).isEmpty()) {
                throw new UserInputException("Rekening '" + account.trim() + "' heeft geen betalingen die u mag zien"
                        + (fromDate.isPresent() || toDate.isPresent() ? " in de gekozen periode" : "")
                        + ". Noem haar met IBAN (NL91ABNA0417164300) of entiteit-id.");
            }
            AccountFlows over = AccountFlows.of(view, account.trim());
            model.addAttribute("flows", over);
            model.addAttribute("flowsJson", json(flowChart(over)));
            FundTrace trace = flows.trace(ctx, account.trim(), ViewParameters.choice(FundTrace.Direction.class, "richting", dir),
                    ViewParameters.choice(Allocation.class, "toewijzing", alloc), depth, fromDate, toDate);
            model.addAttribute("trace", trace);
            model.addAttribute("traceJson", json(traceChart(view, trace)));
            model.addAttribute("captions", view.accountCaptions());
            flows.score(view, account.trim()).ifPresent(sc -> {
                model.addAttribute("accountScore", ScoreRow.of(sc));
                model.addAttribute("accountScoreBasis", basis(flows.scores(view, 0)));
            });
        }
        if (scores) {
            TransactionView view = flows.view(ctx, fromDate, toDate);
            MoneyFlows.Scores found = flows.scores(view, SCORES_SHOWN);
            model.addAttribute("scores", found);
            model.addAttribute("scoreBasis", basis(found));
            model.addAttribute("scoreRows", found.flagged().stream().map(ScoreRow::of).toList());
        }
        if (alerts) {
            Optional<Typology> only = typology.isBlank() ? Optional.empty() : Optional.of(Typology.byLabel(typology.trim())
                    .orElseThrow(() -> new UserInputException("Onbekende typologie '" + typology + "'.")));
            TransactionView view = flows.view(ctx, fromDate, toDate);
            MoneyFlows.Alerts found = flows.alerts(view, only);
            model.addAttribute("alerts", found);
            List<AlertRow> rows = new ArrayList<>();
            for (int i = 0; i < found.alerts().size(); i++) {
                Alert a = found.alerts().get(i);
                rows.add(AlertRow.of(a, found.tickDates().get(i), found.accountCaptions(), json(alertChart(view, a))));
            }
            model.addAttribute("alertRows", rows);
        }
        if (!companyQuery.isBlank() && company.isBlank()) {
            model.addAttribute("companyHits", search.search(ctx, companyQuery, Set.of("Company"), Set.of(), 0, 20).hits());
        }
        if (!company.isBlank()) {
            Ownerships.CaptionedUbo ubo = ownerships.uboWithCaptions(ctx, company.trim());
            model.addAttribute("ubo", ubo.report());
            model.addAttribute("uboCaptions", ubo.captions());
            model.addAttribute("uboJson", json(ownershipChart(ubo)));
        }
        return "geld";
    }

    /** Flagged accounts the page lists; the API gives more. */
    static final int SCORES_SHOWN = 50;

    /** What the scores rest on, in a sentence: the caller's visible payments, and the model's threshold. */
    private static String basis(MoneyFlows.Scores s) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
        return "Score " + MoneyFlows.BASIS + ": " + n.format(s.transactions()) + " betalingen tussen "
                + n.format(s.accounts()) + " rekeningen. Het model wijst een rekening aan vanaf score "
                + scoreText(s.threshold()) + "; het wijst er " + n.format(s.flaggedCount()) + " aan.";
    }

    /**
     * A score in Dutch notation, three decimals, cut rather than rounded: a model's 0.9999 shown as "1,00" would read
     * as certainty, which a learned score never is.
     */
    static String scoreText(double probability) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        f.setRoundingMode(java.math.RoundingMode.DOWN);
        return f.format(probability);
    }

    /**
     * A scored account as the page shows it: the score in Dutch notation, its strongest features in words, and
     * each rule that fired with its Dutch typology name (the rule sentence is put in Dutch by the template).
     */
    record ScoreRow(String account, String caption, String score, boolean flagged, List<String> reasons,
                    List<Map.Entry<String, String>> rules) {
        static ScoreRow of(MoneyFlows.AccountScore s) {
            return new ScoreRow(s.account(), s.caption(), scoreText(s.score()), s.flagged(),
                    s.reasons().stream().map(MoneyFlows.Reason::words).toList(),
                    s.rules().stream().map(r -> Map.entry(Typology.byLabel(r.typology()).map(t -> TYPOLOGY_NAMES.getOrDefault(t, r.typology()))
                            .orElse(r.typology()), r.rule())).toList());
        }
    }

    /** The Dutch names of the typologies; the rule text itself comes from the detector. */
    private static final Map<Typology, String> TYPOLOGY_NAMES = Map.of(
            Typology.FAN_IN, "Waaier in (veel rekeningen naar één)",
            Typology.FAN_OUT, "Waaier uit (één rekening naar veel)",
            Typology.CYCLE, "Kringloop (geld komt terug)",
            Typology.SCATTER_GATHER, "Verspreiden en verzamelen",
            Typology.GATHER_SCATTER, "Verzamelen en verspreiden",
            Typology.LAYERING_CHAIN, "Gelaagde keten",
            Typology.STRUCTURING, "Opknippen (onder meldgrenzen blijven)",
            Typology.PASS_THROUGH, "Doorsluizen",
            Typology.OFFSETTING, "Verrekenen (ondergronds bankieren)");

    /** The Dutch names of the detectors' figures; FtM-style English names stay in the title attribute of the API. */
    private static final Map<String, String> FIGURE_NAMES = Map.ofEntries(
            Map.entry("payers", "betalers"), Map.entry("payees", "ontvangers"), Map.entry("transactions", "betalingen"),
            Map.entry("sumCents", "totaal"), Map.entry("firstTick", "eerste dag"), Map.entry("spanTicks", "duur (dagen)"),
            Map.entry("episodes", "episodes"), Map.entry("firstCents", "eerste bedrag"), Map.entry("lastCents", "laatste bedrag"),
            Map.entry("gatheredCents", "verzameld"), Map.entry("gatheredRatio", "deel verzameld"), Map.entry("hops", "stappen"),
            Map.entry("inCents", "ontvangen"), Map.entry("outCents", "betaald"), Map.entry("intermediaries", "tussenrekeningen"),
            Map.entry("keptRatio", "deel gehouden"), Map.entry("longestDwellTicks", "langste verblijf (dagen)"),
            Map.entry("matches", "overeenkomsten"), Map.entry("mirroredCents", "gespiegeld"),
            Map.entry("mirroredRatio", "deel gespiegeld"), Map.entry("mostInOneWindow", "meeste in één venster"),
            Map.entry("outRatio", "deel doorbetaald"), Map.entry("receivedCents", "ontvangen"),
            Map.entry("residualRatio", "restdeel"), Map.entry("returnedRatio", "deel teruggekomen"),
            Map.entry("scatteredCents", "verspreid"), Map.entry("thresholdCents", "drempel"));

    /** An alert as the page shows it: figures in Dutch notation, accounts by caption, its subgraph for the chart. */
    record AlertRow(String typology, String name, String rule, List<String> figures, List<Map.Entry<String, String>> accounts,
                    int transactions, int occurrences, String chartJson) {
        static AlertRow of(Alert a, Map<String, java.time.LocalDate> dates, Map<String, String> captions, String chart) {
            List<String> figures = new ArrayList<>();
            a.figures().forEach((key, value) -> {
                String name = FIGURE_NAMES.getOrDefault(key, key);
                if (dates.containsKey(key)) {
                    figures.add(name + ": " + dates.get(key).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
                } else if (key.endsWith("Cents")) {
                    figures.add(name + ": " + euro(value.longValue()));
                } else {
                    figures.add(name + ": " + NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")).format(value));
                }
            });
            return new AlertRow(a.typology().label(), TYPOLOGY_NAMES.getOrDefault(a.typology(), a.typology().label()),
                    a.rule(), figures, a.accounts().stream().map(acc -> Map.entry(acc, captions.getOrDefault(acc, acc))).toList(),
                    a.transactions().size(), a.occurrences(), chart);
        }
    }

    /**
     * The IBANs of the bank accounts a person holds (an Ownership with the person as owner and the account as
     * asset, as FtM records account holders), as far as the caller may see both.
     */
    private List<String> accountsOf(AccessContext ctx, String person) {
        List<EntityView> visible = entities.of(ctx, Set.of("BankAccount", "Ownership"), "money-flow-view");
        Map<String, String> ibanById = new HashMap<>();
        visible.stream().filter(e -> e.schema().equals("BankAccount"))
                .forEach(a -> ibanById.put(a.id(), a.first("iban").orElse(a.id())));
        List<String> ibans = new ArrayList<>();
        for (EntityView ownership : visible) {
            if (ownership.schema().equals("Ownership") && ownership.values("owner").contains(person)) {
                ownership.values("asset").stream().map(ibanById::get).filter(java.util.Objects::nonNull)
                        .filter(iban -> !ibans.contains(iban)).forEach(ibans::add);
            }
        }
        return ibans;
    }

    /** In Dutch notation: "€ 1.234,56". */
    static String euro(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
        return f.format(cents / 100.0);
    }

    private static Map<String, Object> flowChart(AccountFlows f) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        String centre = f.caption();
        nodes.add(Map.of("name", centre));
        for (AccountFlows.Counterparty c : f.sources()) {
            String name = "van " + c.caption();
            nodes.add(Map.of("name", name));
            links.add(Map.of("source", name, "target", centre, "value", c.cents() / 100.0));
        }
        for (AccountFlows.Counterparty c : f.targets()) {
            String name = "naar " + c.caption();
            nodes.add(Map.of("name", name));
            links.add(Map.of("source", centre, "target", name, "value", c.cents() / 100.0));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("nodes", nodes);
        chart.put("links", links);
        chart.put("months", f.months().stream().map(AccountFlows.Month::month).toList());
        chart.put("in", f.months().stream().map(m -> m.inCents() / 100.0).toList());
        chart.put("out", f.months().stream().map(m -> m.outCents() / 100.0).toList());
        return chart;
    }

    /** The legs of the traced money: each flow's amount on each transaction of its chain, summed per pair. */
    private static Map<String, Object> traceChart(TransactionView view, FundTrace trace) {
        TransactionGraph g = view.graph();
        Map<String, Integer> byId = new HashMap<>();
        for (int tx = 0; tx < g.transactionCount(); tx++) {
            byId.put(g.transactionId(tx), tx);
        }
        Map<List<String>, Long> legs = new LinkedHashMap<>();
        for (FundTrace.Reached r : trace.accounts()) {
            for (FundTrace.Flow flow : r.flows()) {
                Integer last = flow.transactions().isEmpty() ? null : byId.get(flow.transactions().get(flow.transactions().size() - 1));
                if (last != null) {
                    legs.merge(List.of(g.label(g.from(last)), g.label(g.to(last))), flow.cents(), Long::sum);
                }
            }
        }
        return graphChart(view.accountCaptions(), legs, trace.start(), c -> euro(c));
    }

    private static Map<String, Object> alertChart(TransactionView view, Alert alert) {
        TransactionGraph g = view.graph();
        Set<String> wanted = new java.util.HashSet<>(alert.transactions());
        Map<List<String>, Long> legs = new LinkedHashMap<>();
        for (int tx = 0; tx < g.transactionCount(); tx++) {
            if (wanted.contains(g.transactionId(tx))) {
                legs.merge(List.of(g.label(g.from(tx)), g.label(g.to(tx))), g.cents(tx), Long::sum);
            }
        }
        return graphChart(view.accountCaptions(), legs, alert.accounts().get(0), c -> euro(c));
    }

    private static Map<String, Object> ownershipChart(Ownerships.CaptionedUbo ubo) {
        Map<List<String>, String> edges = new LinkedHashMap<>();
        for (var owner : ubo.report().owners()) {
            for (Chain chain : owner.chains()) {
                for (int i = 0; i < chain.shares().size(); i++) {
                    var share = chain.shares().get(i);
                    edges.putIfAbsent(List.of(chain.parties().get(i), chain.parties().get(i + 1)),
                            share.isPresent() ? percent(share.getAsDouble()) : "?");
                }
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        edges.keySet().forEach(k -> k.forEach(p -> names.putIfAbsent(p, ubo.captions().getOrDefault(p, p))));
        names.putIfAbsent(ubo.report().company(), ubo.captions().getOrDefault(ubo.report().company(), ubo.report().company()));
        chart.put("nodes", names.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name", e.getValue(),
                "start", e.getKey().equals(ubo.report().company()))).toList());
        chart.put("links", edges.entrySet().stream().map(e -> Map.of("source", e.getKey().get(0), "target",
                e.getKey().get(1), "label", e.getValue())).toList());
        return chart;
    }

    static String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.forLanguageTag("nl-NL"));
        f.setMaximumFractionDigits(2);
        return f.format(fraction);
    }

    private static Map<String, Object> graphChart(Map<String, String> captions, Map<List<String>, Long> legs, String start,
                                                  java.util.function.LongFunction<String> label) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(start, captions.getOrDefault(start, start));
        legs.keySet().forEach(k -> k.forEach(a -> names.putIfAbsent(a, captions.getOrDefault(a, a))));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("nodes", names.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name", e.getValue(),
                "start", e.getKey().equals(start))).toList());
        chart.put("links", legs.entrySet().stream().map(e -> Map.of("source", e.getKey().get(0), "target",
                e.getKey().get(1), "label", label.apply(e.getValue()))).toList());
        return chart;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler(UserInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(UserInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
