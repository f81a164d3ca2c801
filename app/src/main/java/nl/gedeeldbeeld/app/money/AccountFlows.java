package nl.gedeeldbeeld.app.money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.view.TransactionViewBuilder.TransactionView;

/**
 * One account's money over time, from a transaction view the caller may see: what came in and went out per
 * month, and from whom and to whom most of it went (the counterparties of a Sankey diagram, the rest summed as
 * "overige"). Ticks of the view are days since 1970 ({@link nl.gedeeldbeeld.analytics.view.TransactionViewBuilder}).
 */
public record AccountFlows(String account, String caption, List<Month> months, List<Counterparty> sources,
                           List<Counterparty> targets, long inCents, long outCents, int transactions) {
    /** How many counterparties each side names before the rest is summed. */
    static final int TOP = 10;

    public record Month(String month, long inCents, long outCents) {
    }

    /** {@code account} is empty for the sum of the smaller counterparties. */
    public record Counterparty(String account, String caption, long cents, int transactions) {
    }

    public static AccountFlows of(TransactionView view, String account) {
        TransactionGraph g = view.graph();
        int a = g.account(account).orElseThrow();
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        Map<Integer, long[]> in = new HashMap<>();
        Map<Integer, long[]> out = new HashMap<>();
        long inTotal = 0;
        long outTotal = 0;
        for (int p = g.inStart(a); p < g.inEnd(a); p++) {
            long cents = g.inCents(p);
            byMonth.computeIfAbsent(month(g.inTime(p)), m -> new long[2])[0] += cents;
            long[] c = in.computeIfAbsent(g.inPeer(p), k -> new long[2]);
            c[0] += cents;
            c[1]++;
            inTotal += cents;
        }
        for (int p = g.outStart(a); p < g.outEnd(a); p++) {
            long cents = g.outCents(p);
            byMonth.computeIfAbsent(month(g.outTime(p)), m -> new long[2])[1] += cents;
            long[] c = out.computeIfAbsent(g.outPeer(p), k -> new long[2]);
            c[0] += cents;
            c[1]++;
            outTotal += cents;
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, v) -> months.add(new Month(m.toString(), v[0], v[1])));
        return new AccountFlows(account, view.accountCaptions().getOrDefault(account, account), months,
                top(view, in), top(view, out), inTotal, outTotal, g.inEnd(a) - g.inStart(a) + g.outEnd(a) - g.outStart(a));
    }

    private static YearMonth month(int day) {
        return YearMonth.from(LocalDate.ofEpochDay(day));
    }

    private static List<Counterparty> top(TransactionView view, Map<Integer, long[]> peers) {
        TransactionGraph g = view.graph();
        List<Map.Entry<Integer, long[]>> sorted = new ArrayList<>(peers.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<Integer, long[]> e) -> -e.getValue()[0])
                .thenComparing(e -> g.label(e.getKey())));
        List<Counterparty> top = new ArrayList<>();
        long restCents = 0;
        int restCount = 0;
        for (int i = 0; i < sorted.size(); i++) {
            var e = sorted.get(i);
            if (i < TOP) {
                String label = g.label(e.getKey());
                top.add(new Counterparty(label, view.accountCaptions().getOrDefault(label, label), e.getValue()[0],
                        (int) e.getValue()[1]));
            } else {
                restCents += e.getValue()[0];
                restCount += (int) e.getValue()[1];
            }
        }
        if (restCount > 0) {
            top.add(new Counterparty("", "overige (" + (sorted.size() - TOP) + ")", restCents, restCount));
        }
        return top;
    }
}
