package nl.gedeeldbeeld.app.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.AccountFeatures;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.FundTracer;
import nl.gedeeldbeeld.analytics.money.MoneyFlowModel;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TypologyScan;
import nl.gedeeldbeeld.analytics.view.TransactionViewBuilder;
import nl.gedeeldbeeld.app.network.ProjectionMemo;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;

/**
 * Money-flow questions on the payments a request may see: typology alerts (fan-in, cycles, structuring,
 * underground-banking offsets …) and fund tracing from one account. The transaction graph is built per
 * request from visible Payment and BankAccount entities (one audited "money-flow-view" read), so an alert
 * can never rest on a payment the caller may not see. The learned score ({@link MoneyFlowModel}, the shipped model)
 * is computed the same way: on the graph of the caller's visible payments only, so neither a score nor its
 * explanation rests on what the caller may not see, and another slice gets scores of its own.
 */
public final class MoneyFlows {
    private static final Set<String> SCHEMATA = Set.of("Payment", "BankAccount");
    private final VisibleEntities entities;
    private final ProjectionMemo<java.util.List<Optional<LocalDate>>, TransactionViewBuilder.TransactionView> views =
            new ProjectionMemo<>(16);
    private final ProjectionMemo<Boolean, TypologyScan.Result> scans = new ProjectionMemo<>(16);
    /**
     * The learned score of every account of a view, kept beside the view like the scan. Fewer entries: each
     * holds the feature rows of all the view's accounts (40 doubles per account).
     */
    private final ProjectionMemo<Boolean, Scored> scorings = new ProjectionMemo<>(6);

    public MoneyFlows(VisibleEntities entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /**
     * The transaction view of the payments the request may see in the period; built once per slice projection
     * and period (the read is audited every time, see {@link VisibleEntities#of}).
     */
    public TransactionViewBuilder.TransactionView view(AccessContext ctx, Optional<LocalDate> from, Optional<LocalDate> to) {
        java.util.List<nl.gedeeldbeeld.model.entity.EntityView> visible = entities.of(ctx, SCHEMATA, "money-flow-view");
        return views.get(visible, java.util.List.of(from, to), () -> {
            TransactionViewBuilder builder = new TransactionViewBuilder(from, to);
            visible.forEach(builder::add);
            return builder.build();
        });
    }

    /**
     * Alerts with the captions of their accounts and what the view left out. Ticks are days here (see
     * {@link TransactionViewBuilder}); {@code tickDates} gives each alert's tick figures as dates, so a
     * reader need not count days since 1970.
     */
    public record Alerts(int transactions, int accounts, List<nl.gedeeldbeeld.analytics.money.Alert> alerts,
                         List<java.util.Map<String, LocalDate>> tickDates, java.util.Map<String, String> accountCaptions,
                         List<String> notes) {
    }

    public Alerts alerts(AccessContext ctx, Optional<LocalDate> from, Optional<LocalDate> to,
                         Optional<nl.gedeeldbeeld.analytics.money.Typology> only) {
        return alerts(view(ctx, from, to), only);
    }

    /** Alerts on a view already read (a page that also draws the alerts' subgraphs reads it once). */
    public Alerts alerts(TransactionViewBuilder.TransactionView view, Optional<nl.gedeeldbeeld.analytics.money.Typology> only) {
        // The scan is the costly part; kept beside the view it ran on (a view of another slice or period, or
        // after a write, is another object).
        TypologyScan.Result result = scan(view);
        List<nl.gedeeldbeeld.analytics.money.Alert> alerts = only.map(result::of).orElse(result.alerts());
        java.util.Map<String, String> captions = new java.util.TreeMap<>();
        alerts.forEach(a -> a.accounts().forEach(acc -> captions.put(acc, view.accountCaptions().getOrDefault(acc, acc))));
        List<java.util.Map<String, LocalDate>> dates = alerts.stream().map(MoneyFlows::tickDates).toList();
        return new Alerts(view.graph().transactionCount(), view.graph().accountCount(), alerts, dates, captions,
                view.notes());
    }

    /** The figures named "…Tick" as dates; spans ("…Ticks") stay numbers of days. */
    private static java.util.Map<String, LocalDate> tickDates(nl.gedeeldbeeld.analytics.money.Alert alert) {
        java.util.Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();
        alert.figures().forEach((name, value) -> {
            if (name.endsWith("Tick")) {
                dates.put(name, LocalDate.ofEpochDay(value.longValue()));
            }
        });
        return dates;
    }

    /** Said on every screen and answer that shows the learned score. */
    static final String BASIS = "berekend op de betalingen die u mag zien";
    /** Features named per account, as in {@code gb analyse money}. */
    static final int REASONS = 3;

    /**
     * One feature's part in an account's score.
     *
     * @param feature the feature's id (as in the model file)
     * @param words   what it says about the account, in Dutch, with the account's value
     * @param part    what it added to the log-odds of the score
     */
    public record Reason(String feature, String words, double part) {
    }

    /**
     * A typology rule whose alert includes the account.
     *
     * @param typology the typology's label (fan-in, cycle …)
     * @param rule     the rule as the detector states it (the screens say it in Dutch)
     */
    public record FiredRule(String typology, String rule) {
    }

    /**
     * The learned score of one account.
     *
     * @param account the account's label (IBAN or entity id)
     * @param caption how the screens name it
     * @param score   the model's probability (0-1) on the visible payments
     * @param flagged whether the score reaches the model's threshold
     * @param reasons the features that raised the score most, strongest first (none when nothing raised it)
     * @param rules   the typology rules that fired on the account
     */
    public record AccountScore(String account, String caption, double score, boolean flagged, List<Reason> reasons,
                               List<FiredRule> rules) {
        public AccountScore {
            reasons = List.copyOf(reasons);
            rules = List.copyOf(rules);
        }
    }

    /**
     * The accounts the learned score flags among the caller's visible payments.
     *
     * @param basis        what the scores were computed on ({@value #BASIS})
     * @param transactions visible payments in the view
     * @param accounts     accounts in the view
     * @param threshold    the model's threshold
     * @param flaggedCount how many accounts the model flags
     * @param flagged      the flagged accounts, highest score first, at most the limit asked
     * @param notes        what the view left out
     */
    public record Scores(String basis, int transactions, int accounts, double threshold, int flaggedCount,
                         List<AccountScore> flagged, List<String> notes) {
        public Scores {
            flagged = List.copyOf(flagged);
            notes = List.copyOf(notes);
        }
    }

    /** One view's scores: kept once computed; the flagged accounts are explained up front. */
    private record Scored(AccountFeatures features, double[] scores, List<AccountScore> flagged,
                          java.util.Map<String, List<FiredRule>> rules) {
    }

    /** The accounts the learned score flags on a view of the payments the request may see ({@link #view}). */
    public Scores scores(TransactionViewBuilder.TransactionView view, int limit) {
        Scored s = scored(view);
        return new Scores(BASIS, view.graph().transactionCount(), view.graph().accountCount(),
                MoneyFlowModel.shipped().threshold(), s.flagged().size(),
                s.flagged().subList(0, Math.min(Math.max(0, limit), s.flagged().size())), view.notes());
    }

    /**
     * One account's score and explanation on the visible payments, flagged or not; empty when the account has no
     * payment in the view.
     */
    public Optional<AccountScore> score(TransactionViewBuilder.TransactionView view, String account) {
        TransactionGraph g = view.graph();
        java.util.OptionalInt found = g.account(account);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int v = found.getAsInt();
        Scored s = scored(view);
        MoneyFlowModel model = MoneyFlowModel.shipped();
        return Optional.of(accountScore(view, g.label(v), s.scores()[v], flags(model, g, s.scores(), v),
                model.strongest(s.features(), v, REASONS), s.rules()));
    }

    private Scored scored(TransactionViewBuilder.TransactionView view) {
        return scorings.get(view, Boolean.TRUE, () -> {
            TransactionGraph g = view.graph();
            MoneyFlowModel model = MoneyFlowModel.shipped();
            AccountFeatures features = new AccountFeatures(g);
            double[] scores = model.scores(features);
            java.util.Map<String, List<FiredRule>> rules = firedRules(scan(view));
            List<Integer> flagged = new java.util.ArrayList<>();
            for (int v = 0; v < g.accountCount(); v++) {
                if (flags(model, g, scores, v)) {
                    flagged.add(v);
                }
            }
            flagged.sort(java.util.Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparing(g::label));
            int[] order = flagged.stream().mapToInt(Integer::intValue).toArray();
            List<List<MoneyFlowModel.Part>> parts = model.strongest(features, order, REASONS);
            List<AccountScore> explained = new java.util.ArrayList<>(order.length);
            for (int i = 0; i < order.length; i++) {
                explained.add(accountScore(view, g.label(order[i]), scores[order[i]], true, parts.get(i), rules));
            }
            return new Scored(features, scores, List.copyOf(explained), rules);
        });
    }

    /** Whether the model flags the account; a cash account stands for many people, so a score on it flags nobody (as in gb analyse money). */
    private static boolean flags(MoneyFlowModel model, TransactionGraph g, double[] scores, int v) {
        return scores[v] >= model.threshold() && !g.isCash(v);
    }

    private static AccountScore accountScore(TransactionViewBuilder.TransactionView view, String label, double score,
                                             boolean flagged, List<MoneyFlowModel.Part> parts,
                                             java.util.Map<String, List<FiredRule>> rules) {
        List<Reason> reasons = parts.stream().map(p -> new Reason(p.feature(), DutchFeatures.words(p), p.part())).toList();
        return new AccountScore(label, view.accountCaptions().getOrDefault(label, label), score, flagged,
                reasons, rules.getOrDefault(label, List.of()));
    }

    /** Per account, the first alert of each typology that includes it (as {@code gb analyse money} lists them). */
    private static java.util.Map<String, List<FiredRule>> firedRules(TypologyScan.Result result) {
        java.util.Map<String, java.util.Map<nl.gedeeldbeeld.analytics.money.Typology, FiredRule>> by = new java.util.HashMap<>();
        for (nl.gedeeldbeeld.analytics.money.Alert a : result.alerts()) {
            for (String account : a.accounts()) {
                by.computeIfAbsent(account, k -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(a.typology(), new FiredRule(a.typology().label(), a.rule()));
            }
        }
        java.util.Map<String, List<FiredRule>> rules = new java.util.HashMap<>();
        by.forEach((account, m) -> rules.put(account, List.copyOf(m.values())));
        return java.util.Map.copyOf(rules);
    }

    private TypologyScan.Result scan(TransactionViewBuilder.TransactionView view) {
        return scans.get(view, Boolean.TRUE, () -> TypologyScan.withDefaults().scan(view.graph()));
    }

    public FundTrace trace(AccessContext ctx, String account, FundTrace.Direction direction, Allocation allocation,
                           int maxDepth, Optional<LocalDate> from, Optional<LocalDate> to) {
        TransactionViewBuilder.TransactionView view = view(ctx, from, to);
        if (view.graph().account(account).isEmpty()) {
            throw new UserInputException("account '" + account + "' has no payments you may see"
                    + (from.isPresent() || to.isPresent() ? " in the chosen period" : "")
                    + "; name it by IBAN (NL91ABNA0417164300) or by entity id");
        }
        FundTracer tracer = new FundTracer(view.graph(), allocation, maxDepth, FundTracer.DEFAULT_FLOOR_CENTS);
        return direction == FundTrace.Direction.FORWARD ? tracer.forward(account) : tracer.backward(account);
    }
}
