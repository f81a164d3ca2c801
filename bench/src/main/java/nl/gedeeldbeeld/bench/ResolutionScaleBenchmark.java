package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import nl.gedeeldbeeld.synth.RegistryExtract;

/**
 * Dedup throughput at scale: a registry extract of N person records (synth {@link RegistryExtract}: persons
 * registered once, a share of them twice with a second registration's slips) is resolved in one run; the
 * benchmark reports wall time per stage, records/s, pairs scored/s, peak heap, and pair precision/recall
 * against the extract's true ids (counted with long pair keys, so scoring a million records needs no
 * strings per pair). The goal (issue 15): a million records in under three minutes within a 2 GiB heap
 * ({@code GB_BENCH_HEAP=2g}), on two cores.
 *
 * <pre>bench/run resolve-scale [--records 1000000] [--duplicates 0.4] [--seed 11]</pre>
 */
public final class ResolutionScaleBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        int n = Integer.parseInt(args.get("records", "1000000"));
        double duplicates = Double.parseDouble(args.get("duplicates", "0.4"));
        long seed = Long.parseLong(args.get("seed", "11"));
        Path dir = Files.createTempDirectory("gb-bench-scale");
        try {
            Path csv = dir.resolve("extract.csv");
            long t0 = System.nanoTime();
            RegistryExtract.write(seed, n, duplicates, csv);
            long t1 = System.nanoTime();
            List<String> trueIds = new ArrayList<>(n);
            List<PersonRecord> records = read(csv, trueIds);
            long t2 = System.nanoTime();
            Map<String, Long> stageNanos = new LinkedHashMap<>();
            long[] stageStart = {System.nanoTime()};
            String[] stage = {""};
            ResolutionProgress timing = (s, done, total) -> {
                synchronized (stageNanos) {
                    if (!s.equals(stage[0])) {
                        long now = System.nanoTime();
                        if (!stage[0].isEmpty()) {
                            stageNanos.merge(stage[0], now - stageStart[0], Long::sum);
                        }
                        stage[0] = s;
                        stageStart[0] = now;
                    }
                }
            };
            Resolution r;
            long peakUsed;
            long peakLive;
            try (HeapWatch heap = HeapWatch.start()) {
                long started = System.nanoTime();
                r = Resolution.run(records, BlockingKey.persons(), 500, 0.9, timing);
                long ended = System.nanoTime();
                stageNanos.merge(stage[0], ended - stageStart[0], Long::sum);
                stageNanos.put("total", ended - started);
                peakUsed = heap.peakUsedMiB();
                peakLive = heap.peakLiveMiB();
            }
            double seconds = stageNanos.get("total") / 1e9;
            double comparing = stageNanos.getOrDefault("comparing", 0L) / 1e9;
            Quality q = quality(r, trueIds);
            System.out.printf(Locale.ROOT, "records=%d duplicates_share=%.2f true_pairs=%d candidates=%d reduction_ratio=%.6f"
                            + " | generate_s=%.1f read_s=%.1f resolve_s=%.1f records_per_s=%.0f pairs_scored_per_s=%.0f"
                            + " | pairs P=%.4f R=%.4f F1=%.4f pair_completeness=%.4f | peak_heap_used_MiB=%d peak_live_MiB=%d"
                            + " max_heap_MiB=%d%n",
                    n, duplicates, q.truePairs, r.candidates().size(), r.candidates().reductionRatio(), (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, seconds, n / seconds, comparing == 0 ? 0 : r.candidates().size() / comparing,
                    q.precision(), q.recall(), q.f1(), q.completeness(), peakUsed, peakLive, HeapWatch.maxHeapMiB());
            StringBuilder stages = new StringBuilder("  seconds per stage");
            stageNanos.forEach((s, nanos) -> stages.append(String.format(Locale.ROOT, " %s=%.1f", s, nanos / 1e9)));
            System.out.println(stages);
            System.out.println("  new pairs per blocking key " + r.candidates().pairsPerKey() + ", blocks skipped as too large "
                    + r.candidates().skippedBlocks());
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static List<PersonRecord> read(Path csv, List<String> trueIds) throws java.io.IOException {
        List<PersonRecord> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(in)) {
            rows.next(); // header
            while (rows.hasNext()) {
                List<String> f = rows.next();
                trueIds.add(f.get(1));
                String surname = f.get(3).isEmpty() ? f.get(4) : f.get(3) + " " + f.get(4);
                out.add(new PersonRecord(f.get(0), f.get(2), surname, f.get(5), f.get(7), f.get(6), f.get(9), f.get(8), ""));
            }
        }
        return out;
    }

    private record Quality(long truePairs, long matched, long correct, long truthInCandidates) {
        double precision() {
            return matched == 0 ? 0 : (double) correct / matched;
        }

        double recall() {
            return truePairs == 0 ? 0 : (double) correct / truePairs;
        }

        double f1() {
            double p = precision();
            double rec = recall();
            return p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        }

        double completeness() {
            return truePairs == 0 ? 0 : (double) truthInCandidates / truePairs;
        }
    }

    /** Pair quality by true id: a pair is true when both records carry the same true id. */
    private static Quality quality(Resolution r, List<String> trueIds) {
        Map<String, Integer> size = new HashMap<>();
        trueIds.forEach(t -> size.merge(t, 1, Integer::sum));
        long truePairs = size.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
        long[] inCandidates = {0};
        r.candidates().forEach((p, left, right) -> {
            if (trueIds.get(left).equals(trueIds.get(right))) {
                inCandidates[0]++;
            }
        });
        long matched = 0;
        long correct = 0;
        for (Resolution.ScoredPair s : r.matches()) {
            matched++;
            if (trueIds.get(s.left()).equals(trueIds.get(s.right()))) {
                correct++;
            }
        }
        return new Quality(truePairs, matched, correct, inCandidates[0]);
    }
}
