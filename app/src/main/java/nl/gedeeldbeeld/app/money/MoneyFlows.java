package nl.gedeeldbeeld.app.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.FundTracer;
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
 * can never rest on a payment the caller may not see.
 */
public final class MoneyFlows {
    private static final Set<String> SCHEMATA = Set.of("Payment", "BankAccount");
    private final VisibleEntities entities;
    private final ProjectionMemo<java.util.List<Optional<LocalDate>>, TransactionViewBuilder.TransactionView> views =
            new ProjectionMemo<>(16);
    private final ProjectionMemo<Boolean, TypologyScan.Result> scans = new ProjectionMemo<>(16);

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
        TypologyScan.Result result = scans.get(view, Boolean.TRUE, () -> TypologyScan.withDefaults().scan(view.graph()));
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
