package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a set of typology detectors over one graph, each on its own thread (the detectors only read the
 * graph), and returns their alerts merged: findings of one typology on the same accounts, or on a subset of
 * another finding's accounts, become one alert (with the union of their transactions and a count of the
 * findings), since a cycle seen from three starting transactions or a chain seen from its second hop is one
 * pattern.
 *
 * <p>With {@code preferSpecific} (the default) an alert of a general shape is dropped when a more specific
 * typology already explains its centre: a pass-through whose account lies on a cycle,
 * layering chain or scatter-gather; a fan-in or fan-out whose centre is a gather-scatter hub or the source
 * or sink of a scatter-gather; a layering chain whose accounts all lie on one cycle. The dropped counts are
 * kept in {@link Result#subsumed()}.
 */
public final class TypologyScan {
    private final List<TypologyDetector> detectors;
    private final int threads;
    private final boolean preferSpecific;

    /** All nine detectors with their default thresholds, on as many threads as there are processors. */
    public static TypologyScan withDefaults() {
        return new TypologyScan(defaultDetectors(), Runtime.getRuntime().availableProcessors(), true);
    }

    public static List<TypologyDetector> defaultDetectors() {
        return List.of(new FanInDetector(), new FanOutDetector(), new CycleDetector(), new ScatterGatherDetector(),
                new GatherScatterDetector(), new LayeringChainDetector(), new StructuringDetector(),
                new PassThroughDetector(), new OffsettingFlowDetector());
    }

    public TypologyScan(List<TypologyDetector> detectors, int threads, boolean preferSpecific) {
        if (detectors.isEmpty()) {
            throw new IllegalArgumentException("a typology scan needs at least one detector");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a typology scan needs at least one thread, was " + threads);
        }
        this.detectors = List.copyOf(detectors);
        this.threads = threads;
        this.preferSpecific = preferSpecific;
    }

    /**
     * What a scan found.
     *
     * @param alerts   merged alerts, by typology in declaration order, larger findings first
     * @param findings raw findings per typology before merging
     * @param subsumed alerts per typology dropped because a more specific typology explains them
     * @param millis   time each detector took
     */
    public record Result(List<Alert> alerts, Map<Typology, Integer> findings, Map<Typology, Integer> subsumed,
                         Map<Typology, Long> millis) {
        public Result {
            alerts = List.copyOf(alerts);
            findings = Collections.unmodifiableMap(new EnumMap<>(findings));
            subsumed = Collections.unmodifiableMap(new EnumMap<>(subsumed));
            millis = Collections.unmodifiableMap(new EnumMap<>(millis));
        }

        public List<Alert> of(Typology typology) {
            return alerts.stream().filter(a -> a.typology() == typology).toList();
        }
    }

    public Result scan(TransactionGraph graph) {
        Objects.requireNonNull(graph, "graph");
        Map<Typology, List<Alert>> raw = new EnumMap<>(Typology.class);
        Map<Typology, Long> millis = new EnumMap<>(Typology.class);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, detectors.size()));
        try {
            List<Future<List<Alert>>> futures = new ArrayList<>();
            for (TypologyDetector d : detectors) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    List<Alert> found = d.detect(graph);
                    synchronized (millis) {
                        millis.merge(d.typology(), (System.nanoTime() - start) / 1_000_000, Long::sum);
                    }
                    return found;
                }));
            }
            for (int i = 0; i < detectors.size(); i++) {
                raw.computeIfAbsent(detectors.get(i).typology(), t -> new ArrayList<>()).addAll(futures.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("typology scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a typology detector failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Typology, Integer> findings = new EnumMap<>(Typology.class);
        Map<Typology, List<Alert>> merged = new EnumMap<>(Typology.class);
        for (Map.Entry<Typology, List<Alert>> e : raw.entrySet()) {
            findings.put(e.getKey(), e.getValue().size());
            merged.put(e.getKey(), AlertMerger.merge(e.getValue()));
        }
        Map<Typology, Integer> subsumed = new EnumMap<>(Typology.class);
        if (preferSpecific) {
            Specificity.apply(merged, subsumed);
        }
        List<Alert> all = new ArrayList<>();
        for (List<Alert> list : merged.values()) {
            all.addAll(list);
        }
        return new Result(all, findings, subsumed, millis);
    }
}
