package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Money-flow detection on one transaction graph, explained per account: the learned score
 * ({@link MoneyFlowModel}) beside the explained rules (the nine typology detectors with their defaults, plus
 * the cycle rule in any order, which finds rings booked out of time order). An account is flagged when its
 * score reaches the model's threshold or when it lies on such a ring (a closed ring of equal amounts is rare
 * enough by chance to stand on its own); every flagged account carries the rules that fired on it and the
 * features that raised its score most.
 */
public final class MoneyFlowAnalysis {
    /** Features named per flagged account. */
    static final int REASONS = 3;

    /**
     * One flagged account.
     *
     * @param account    the account's label
     * @param score      the learned probability (0–1)
     * @param learned    true when the score reached the threshold
     * @param typologies the rule typologies whose alerts include the account, by label
     * @param reasons    the strongest features and the rules, in words
     */
    public record Flag(String account, double score, boolean learned, List<String> typologies, List<String> reasons) {
        public Flag {
            Objects.requireNonNull(account, "account");
            typologies = List.copyOf(typologies);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The outcome.
     *
     * @param flags     flagged accounts, highest score first (ties by label)
     * @param threshold the model's threshold
     * @param alerts    every rule alert of the scan
     */
    public record Result(List<Flag> flags, double threshold, List<Alert> alerts) {
        public Result {
            flags = List.copyOf(flags);
            alerts = List.copyOf(alerts);
        }
    }

    private final MoneyFlowModel model;
    private final int cycleSpanTicks;
    private final int threads;

    /**
     * @param model          the learned score
     * @param cycleSpanTicks how far apart the hops of an any-order ring may lie
     * @param threads        threads for the rule scan
     */
    public MoneyFlowAnalysis(MoneyFlowModel model, int cycleSpanTicks, int threads) {
        this.model = Objects.requireNonNull(model, "model");
        if (cycleSpanTicks < 0 || threads < 1) {
            throw new IllegalArgumentException("cycle span must be >= 0 and threads >= 1, were " + cycleSpanTicks
                    + " and " + threads);
        }
        this.cycleSpanTicks = cycleSpanTicks;
        this.threads = threads;
    }

    public Result analyse(TransactionGraph g) {
        AccountFeatures features = new AccountFeatures(g);
        double[] scores = model.scores(features);
        List<TypologyDetector> detectors = new ArrayList<>(TypologyScan.defaultDetectors());
        detectors.add(CycleDetector.anyOrder(3, 10, cycleSpanTicks, 0.01, 1));
        List<Alert> alerts = new TypologyScan(detectors, threads, true).scan(g).alerts();
        Map<Integer, Set<Typology>> typologies = new LinkedHashMap<>();
        Map<Integer, List<String>> rules = new LinkedHashMap<>();
        Set<Integer> onRing = new LinkedHashSet<>();
        for (Alert a : alerts) {
            for (String label : a.accounts()) {
                g.account(label).ifPresent(v -> {
                    if (typologies.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(a.typology())) {
                        rules.computeIfAbsent(v, k -> new ArrayList<>()).add(a.typology().label() + ": " + a.rule());
                    }
                    if (a.typology() == Typology.CYCLE) {
                        onRing.add(v);
                    }
                });
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (int v = 0; v < g.accountCount(); v++) {
            boolean learned = scores[v] >= model.threshold();
            if (g.isCash(v) || !(learned || onRing.contains(v))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            for (MoneyFlowModel.Part p : model.strongest(features, v, REASONS)) {
                reasons.add(p.explain());
            }
            reasons.addAll(rules.getOrDefault(v, List.of()));
            List<String> names = typologies.getOrDefault(v, Set.of()).stream().map(Typology::label).toList();
            flags.add(new Flag(g.label(v), scores[v], learned, names, reasons));
        }
        flags.sort(Comparator.comparingDouble(Flag::score).reversed().thenComparing(Flag::account));
        return new Result(flags, model.threshold(), alerts);
    }
}
