package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the subgraph and figures of one finding in account and transaction numbers, then labels them. */
final class Finding {
    private final Set<Integer> accounts = new LinkedHashSet<>();
    private final Set<Integer> transactions = new LinkedHashSet<>();
    private final Map<String, Number> figures = new LinkedHashMap<>();

    Finding account(int a) {
        accounts.add(a);
        return this;
    }

    /** Adds a transaction and both its ends. */
    Finding transaction(TransactionGraph g, int tx) {
        transactions.add(tx);
        accounts.add(g.from(tx));
        accounts.add(g.to(tx));
        return this;
    }

    Finding figure(String name, Number value) {
        figures.put(name, value);
        return this;
    }

    Alert toAlert(TransactionGraph g, Typology typology, String rule) {
        List<String> a = new ArrayList<>(accounts.size());
        for (int v : accounts) {
            a.add(g.label(v));
        }
        List<String> t = new ArrayList<>(transactions.size());
        for (int tx : transactions) {
            t.add(g.transactionId(tx));
        }
        return new Alert(typology, rule, figures, a, t, 1);
    }

    /** Figures every finding reports: how many transactions, their sum, and the span they cover. */
    Finding totals(TransactionGraph g) {
        long sum = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int tx : transactions) {
            sum += g.cents(tx);
            first = Math.min(first, g.time(tx));
            last = Math.max(last, g.time(tx));
        }
        figures.put("transactions", transactions.size());
        figures.put("sumCents", sum);
        figures.put("firstTick", transactions.isEmpty() ? 0 : first);
        figures.put("spanTicks", transactions.isEmpty() ? 0 : last - first);
        return this;
    }
}
