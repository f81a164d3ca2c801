package nl.gedeeldbeeld.analytics.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TransactionGraphBuilder;
import nl.gedeeldbeeld.model.entity.EntityView;

/**
 * Builds the caller's transaction graph from visible FtM {@code Payment} and {@code BankAccount} entities,
 * for typology scans and fund tracing. Like {@link GraphViewBuilder} it never reads a store: what it gets is
 * what the caller may see.
 *
 * <p>Choices, and why:
 * <ul>
 *   <li>An account is its IBAN when a visible statement gives one ({@code NL91ABNA…}), else its entity id:
 *       two partners' records of one account then are one node, without waiting for resolution.</li>
 *   <li>A Payment with a payer but no payer account is a cash deposit by that payer.</li>
 *   <li>Ticks are days (epoch days of the payment date), the resolution partners report in.</li>
 *   <li>Only euro amounts are taken; a payment in another currency, without an amount, date or beneficiary
 *       account, is left out and counted in the notes, never guessed.</li>
 * </ul>
 * The transaction id is the Payment's entity id, so an alert's transactions lead straight to the statements.
 */
public final class TransactionViewBuilder {
    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;
    private final Map<String, EntityView> accounts = new HashMap<>();
    private final List<EntityView> payments = new ArrayList<>();

    public TransactionViewBuilder(Optional<LocalDate> from, Optional<LocalDate> to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** The built graph, with a caption per account label and what was left out. */
    public record TransactionView(TransactionGraph graph, Map<String, String> accountCaptions, List<String> notes) {
        public TransactionView {
            Objects.requireNonNull(graph, "graph");
            accountCaptions = java.util.Collections.unmodifiableMap(new TreeMap<>(accountCaptions));
            notes = List.copyOf(notes);
        }
    }

    public TransactionViewBuilder add(EntityView view) {
        switch (view.schema()) {
            case "BankAccount" -> accounts.put(view.id(), view);
            case "Payment" -> payments.add(view);
            default -> { }
        }
        return this;
    }

    public TransactionView build() {
        TransactionGraphBuilder graph = new TransactionGraphBuilder();
        Map<String, String> captions = new HashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int outside = 0;
        payments.sort(java.util.Comparator.comparing(EntityView::id));
        for (EntityView p : payments) {
            Optional<LocalDate> date = p.first("date").flatMap(d -> GraphViewBuilder.parseDate(d, true));
            Optional<Long> cents = p.first("amount").flatMap(TransactionViewBuilder::cents);
            Optional<String> currency = p.first("currency");
            Optional<String> beneficiary = p.first("beneficiaryAccount").map(id -> account(id, graph, captions));
            if (date.isEmpty() || cents.isEmpty() || beneficiary.isEmpty()) {
                skipped.merge(date.isEmpty() ? "zonder datum" : cents.isEmpty() ? "zonder bedrag"
                        : "zonder rekening van de begunstigde", 1, Integer::sum);
                continue;
            }
            if (currency.isPresent() && !currency.get().equalsIgnoreCase("EUR")) {
                skipped.merge("in een andere valuta dan euro", 1, Integer::sum);
                continue;
            }
            if (from.isPresent() && date.get().isBefore(from.get()) || to.isPresent() && date.get().isAfter(to.get())) {
                outside++;
                continue;
            }
            int day = (int) date.get().toEpochDay();
            Optional<String> payer = p.first("payerAccount").map(id -> account(id, graph, captions));
            if (payer.isPresent()) {
                graph.transfer(p.id(), payer.get(), beneficiary.get(), cents.get(), day);
            } else {
                graph.cashDeposit(p.id(), p.first("payer"), beneficiary.get(), cents.get(), day);
            }
        }
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, n) -> notes.add(n + " betalingen " + why + " niet meegenomen"));
        if (outside > 0) {
            notes.add(outside + " betalingen vallen buiten de gekozen periode");
        }
        return new TransactionView(graph.build(), captions, notes);
    }

    private String account(String entityId, TransactionGraphBuilder graph, Map<String, String> captions) {
        EntityView account = accounts.get(entityId);
        if (account == null) {
            graph.account(entityId);
            captions.putIfAbsent(entityId, entityId);
            return entityId;
        }
        Optional<String> iban = account.first("iban");
        String label = iban.orElse(entityId);
        graph.account(label, account.first("country").orElse(""));
        captions.putIfAbsent(label, iban.map(i -> i + account.first("bankName").map(b -> " (" + b + ")").orElse(""))
                .orElse(account.caption()));
        return label;
    }

    /** "1234.56" or "1234,56" euros to cents; empty when it is no positive amount. */
    static Optional<Long> cents(String amount) {
        try {
            BigDecimal euros = new BigDecimal(amount.trim().replace(',', '.'));
            long c = euros.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            return c > 0 ? Optional.of(c) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TransactionViewBuilder[%d payments, %d accounts]", payments.size(),
                accounts.size());
    }
}
