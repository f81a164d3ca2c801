package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges findings of one typology: a finding whose accounts are all among those of a larger (or equal) one
 * is folded into it. The kept alert keeps its own figures and gains the other's transactions; its
 * {@link Alert#occurrences()} counts how many findings it stands for.
 */
final class AlertMerger {
    private AlertMerger() {
    }

    static List<Alert> merge(List<Alert> alerts) {
        List<Alert> sorted = new ArrayList<>(alerts);
        sorted.sort(Comparator.comparingInt((Alert a) -> -a.accounts().size())
                .thenComparingInt(a -> -a.transactions().size()));
        List<Set<String>> keptAccounts = new ArrayList<>();
        List<Alert> kept = new ArrayList<>();
        List<LinkedHashSet<String>> extraTx = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Map<String, List<Integer>> byAccount = new HashMap<>();
        for (Alert a : sorted) {
            int into = -1;
            for (int k : byAccount.getOrDefault(a.accounts().get(0), List.of())) {
                if (keptAccounts.get(k).containsAll(a.accounts())) {
                    into = k;
                    break;
                }
            }
            if (into >= 0) {
                extraTx.get(into).addAll(a.transactions());
                counts.set(into, counts.get(into) + a.occurrences());
                continue;
            }
            int k = kept.size();
            kept.add(a);
            keptAccounts.add(new HashSet<>(a.accounts()));
            extraTx.add(new LinkedHashSet<>(a.transactions()));
            counts.add(a.occurrences());
            for (String account : a.accounts()) {
                byAccount.computeIfAbsent(account, x -> new ArrayList<>()).add(k);
            }
        }
        List<Alert> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            Alert a = kept.get(k);
            out.add(counts.get(k) == 1 ? a : new Alert(a.typology(), a.rule(), a.figures(), a.accounts(),
                    new ArrayList<>(extraTx.get(k)), counts.get(k)));
        }
        return out;
    }
}
