package nl.gedeeldbeeld.analytics.money;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One finding of a typology detector, explained: which rule fired (in words, with the thresholds filled in),
 * the figures that made it fire (counts, sums in cents, time span in ticks, ratios), and the subgraph it
 * rests on (account labels and transaction ids), so an analyst can check it against the statements.
 *
 * @param typology     the pattern
 * @param rule         the rule in words, with its thresholds
 * @param figures      named figures in the order the rule uses them; amounts end in {@code Cents}
 * @param accounts     labels of the accounts in the pattern, the centre (if any) first
 * @param transactions ids of the transactions that carry the pattern
 * @param occurrences  how many raw findings were merged into this alert (1 when none)
 */
public record Alert(Typology typology, String rule, Map<String, Number> figures, List<String> accounts,
                    List<String> transactions, int occurrences) {
    public Alert {
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(rule, "rule");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        accounts = List.copyOf(accounts);
        transactions = List.copyOf(transactions);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("an alert needs at least one account");
        }
        if (occurrences < 1) {
            throw new IllegalArgumentException("occurrences must be at least 1, was " + occurrences);
        }
    }

    /** A figure by name; fails if the detector did not report it (a programming error in the caller). */
    public long figure(String name) {
        Number n = figures.get(name);
        if (n == null) {
            throw new IllegalArgumentException("alert " + typology.label() + " has no figure " + name + "; it has "
                    + figures.keySet());
        }
        return n.longValue();
    }

    public double ratio(String name) {
        Number n = figures.get(name);
        if (n == null) {
            throw new IllegalArgumentException("alert " + typology.label() + " has no figure " + name);
        }
        return n.doubleValue();
    }

    /** One line for a report: typology, rule, figures and the size of the subgraph. */
    public String explain() {
        String f = figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return typology.label() + ": " + rule + " [" + f + "] on " + accounts.size() + " accounts, "
                + transactions.size() + " transactions";
    }
}
