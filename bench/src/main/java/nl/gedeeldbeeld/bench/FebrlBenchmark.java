package nl.gedeeldbeeld.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.CandidatePairs;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.resolve.febrl.FebrlFile;

/**
 * Deduplication quality on the Febrl data sets: pair completeness of blocking (true pairs among the
 * candidates), the reduction ratio, and precision/recall/F1 of the matched pairs and of the pairs the
 * resulting identities imply, against the truth in the record ids (which the matcher never sees).
 *
 * <pre>bench/run febrl [--dir ../shared/data/febrl] [--threshold 0.5] [--max-block 500]</pre>
 */
public final class FebrlBenchmark {
    public static void main(String[] argv) {
        BenchArgs args = BenchArgs.parse(argv);
        Path dir = Path.of(args.get("dir", "../shared/data/febrl"));
        double threshold = Double.parseDouble(args.get("threshold", "0.5"));
        int maxBlock = Integer.parseInt(args.get("max-block", "500"));
        for (String name : List.of("dataset1.csv", "dataset2.csv", "dataset3.csv")) {
            FebrlFile file = FebrlFile.read(dir.resolve(name));
            Set<String> truth = file.truePairs();
            long started = System.nanoTime();
            Resolution r = Resolution.run(file.records(), BlockingKey.persons(), maxBlock, threshold);
            double seconds = (System.nanoTime() - started) / 1e9;
            Set<String> candidates = new HashSet<>();
            for (long p : r.candidates().pairs()) {
                candidates.add(PairQuality.key(file.sourceIds().get((int) (p >>> 32)), file.sourceIds().get((int) p)));
            }
            long completeness = truth.stream().filter(candidates::contains).count();
            Set<String> matched = new HashSet<>();
            r.matches().forEach(s -> matched.add(PairQuality.key(file.sourceIds().get(s.left()), file.sourceIds().get(s.right()))));
            Set<String> implied = PairQuality.pairsWithin(r.identities().stream()
                    .map(identity -> identity.stream().map(i -> file.sourceIds().get(i)).toList()).toList());
            PairQuality pairs = PairQuality.of(matched, truth);
            PairQuality clusters = PairQuality.of(implied, truth);
            System.out.printf(Locale.ROOT, "%s records=%d true_pairs=%d candidates=%d reduction_ratio=%.5f pair_completeness=%.4f"
                            + " em_iterations=%d prior=%.4f | pairs P=%.4f R=%.4f F1=%.4f | identities P=%.4f R=%.4f F1=%.4f"
                            + " | seconds=%.2f%n", name, file.records().size(), truth.size(), r.candidates().size(),
                    r.candidates().reductionRatio(), (double) completeness / truth.size(), r.model().iterations(),
                    r.model().prior(), pairs.precision(), pairs.recall(), pairs.f1(), clusters.precision(),
                    clusters.recall(), clusters.f1(), seconds);
            System.out.println("  new pairs per blocking key " + r.candidates().pairsPerKey()
                    + ", blocks skipped as too large " + r.candidates().skippedBlocks());
            StringBuilder sweep = new StringBuilder("  pairs F1 by threshold");
            for (double t : new double[] {0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99}) {
                Set<String> at = new HashSet<>();
                r.atLeast(t).forEach(s -> at.add(PairQuality.key(file.sourceIds().get(s.left()), file.sourceIds().get(s.right()))));
                sweep.append(String.format(Locale.ROOT, " %.2f:%.4f", t, PairQuality.of(at, truth).f1()));
            }
            System.out.println(sweep);
        }
    }
}
