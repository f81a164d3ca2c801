package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops alerts of a general shape that a more specific typology already explains (see {@link TypologyScan}).
 * The centre of a fan, gather-scatter or pass-through alert is its first account.
 */
final class Specificity {
    private Specificity() {
    }

    static void apply(Map<Typology, List<Alert>> merged, Map<Typology, Integer> subsumed) {
        Set<String> onStructures = accounts(merged, Typology.CYCLE, Typology.LAYERING_CHAIN, Typology.SCATTER_GATHER);
        Set<String> hubs = new HashSet<>();
        for (Alert a : merged.getOrDefault(Typology.GATHER_SCATTER, List.of())) {
            hubs.add(a.accounts().get(0));
        }
        for (Alert a : merged.getOrDefault(Typology.SCATTER_GATHER, List.of())) {
            hubs.add(a.accounts().get(0));
            hubs.add(a.accounts().get(1));
        }
        drop(merged, subsumed, Typology.PASS_THROUGH, a -> onStructures.contains(a.accounts().get(0)));
        drop(merged, subsumed, Typology.FAN_IN, a -> hubs.contains(a.accounts().get(0)));
        drop(merged, subsumed, Typology.FAN_OUT, a -> hubs.contains(a.accounts().get(0)));
        List<Set<String>> cycles = new ArrayList<>();
        for (Alert a : merged.getOrDefault(Typology.CYCLE, List.of())) {
            cycles.add(new HashSet<>(a.accounts()));
        }
        drop(merged, subsumed, Typology.LAYERING_CHAIN,
                a -> cycles.stream().anyMatch(c -> c.containsAll(a.accounts())));
    }

    private static Set<String> accounts(Map<Typology, List<Alert>> merged, Typology... typologies) {
        Set<String> out = new HashSet<>();
        for (Typology t : typologies) {
            for (Alert a : merged.getOrDefault(t, List.of())) {
                out.addAll(a.accounts());
            }
        }
        return out;
    }

    private static void drop(Map<Typology, List<Alert>> merged, Map<Typology, Integer> subsumed, Typology typology,
            java.util.function.Predicate<Alert> explained) {
        List<Alert> list = merged.get(typology);
        if (list == null) {
            return;
        }
        List<Alert> keep = new ArrayList<>();
        for (Alert a : list) {
            if (!explained.test(a)) {
                keep.add(a);
            }
        }
        if (keep.size() < list.size()) {
            subsumed.put(typology, list.size() - keep.size());
            merged.put(typology, keep);
        }
    }
}
