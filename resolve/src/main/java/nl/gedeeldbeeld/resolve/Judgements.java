package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;

/**
 * All judgements, in the order they were made, and what they add up to. Per pair the latest human
 * judgement decides; without one, the latest model judgement. Identities are a view over the deciding
 * judgements, recomputed from them, so adding a judgement (or reversing one by judging again) changes the
 * identities and nothing else.
 *
 * <p>Matches are linked strongest first (human ones before any model score), and a link is refused when it
 * would put two records in one identity that a deciding NO_MATCH keeps apart: a negative judgement splits a
 * chain A–B–C at its weakest link rather than being overruled by transitivity. Only a person's NO_MATCH
 * keeps records apart; the model's NO_MATCH (a pair it matched before and no longer does) only withdraws
 * its own link, so a model re-run can never split what people joined.
 */
public final class Judgements {
    private final List<Judgement> log = new ArrayList<>();

    /** The judgements as read back from a ledger, oldest first. */
    public static Judgements of(List<Judgement> history) {
        Judgements all = new Judgements();
        history.forEach(all::add);
        return all;
    }

    public synchronized void add(Judgement judgement) {
        log.add(judgement);
    }

    public synchronized List<Judgement> history() {
        return List.copyOf(log);
    }

    /** The judgements that decide, one per pair. */
    public synchronized Map<String, Judgement> deciding() {
        Map<String, Judgement> human = new LinkedHashMap<>();
        Map<String, Judgement> model = new LinkedHashMap<>();
        for (Judgement j : log) {
            (j.human() ? human : model).put(j.pairKey(), j);
        }
        Map<String, Judgement> out = new LinkedHashMap<>(model);
        out.putAll(human);
        return out;
    }

    /** The judgement deciding this pair, if any. */
    public Optional<Judgement> decidingFor(String a, String b) {
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        return Optional.ofNullable(deciding().get(key));
    }

    /** Pairs whose deciding judgement is UNSURE, closest to a coin toss first: the review queue. */
    public List<Judgement> reviewQueue() {
        return deciding().values().stream().filter(j -> j.verdict() == Verdict.UNSURE)
                .sorted(Comparator.comparingDouble((Judgement j) -> Double.isNaN(j.score()) ? 0 : Math.abs(j.score() - 0.5))
                        .thenComparing(Judgement::pairKey))
                .toList();
    }

    /** The identities of these records: groups of two or more, each sorted, ordered by their first id. */
    public List<List<String>> identities(Collection<String> recordIds) {
        Map<String, Judgement> deciding = deciding();
        Map<String, Set<String>> cannotLink = new HashMap<>();
        List<Judgement> links = new ArrayList<>();
        for (Judgement j : deciding.values()) {
            if (j.verdict() == Verdict.NO_MATCH && j.human()) {
                cannotLink.computeIfAbsent(j.left(), k -> new HashSet<>()).add(j.right());
                cannotLink.computeIfAbsent(j.right(), k -> new HashSet<>()).add(j.left());
            } else if (j.verdict() == Verdict.MATCH) {
                links.add(j);
            }
        }
        links.sort(Comparator.comparing((Judgement j) -> !j.human())
                .thenComparing(Comparator.comparingDouble((Judgement j) -> Double.isNaN(j.score()) ? 1 : j.score()).reversed())
                .thenComparing(Judgement::pairKey));
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (String id : recordIds) {
            parent.put(id, id);
            members.put(id, new HashSet<>(Set.of(id)));
        }
        for (Judgement j : links) {
            if (!parent.containsKey(j.left()) || !parent.containsKey(j.right())) {
                continue;
            }
            String a = root(parent, j.left());
            String b = root(parent, j.right());
            if (a.equals(b) || keptApart(members.get(a), members.get(b), cannotLink)) {
                continue;
            }
            String keep = a.compareTo(b) < 0 ? a : b;
            String gone = keep.equals(a) ? b : a;
            parent.put(gone, keep);
            members.get(keep).addAll(members.remove(gone));
        }
        return members.values().stream().filter(m -> m.size() > 1).map(m -> m.stream().sorted().toList())
                .sorted(Comparator.comparing((List<String> m) -> m.get(0))).toList();
    }

    private static boolean keptApart(Set<String> a, Set<String> b, Map<String, Set<String>> cannotLink) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> other = smaller == a ? b : a;
        for (String id : smaller) {
            for (String apart : cannotLink.getOrDefault(id, Set.of())) {
                if (other.contains(apart)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }
}
