package nl.gedeeldbeeld.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TransactionGraphBuilder;
import nl.gedeeldbeeld.analytics.money.TypologyScan;

/**
 * Time and heap of the full typology scan on a generated graph of ten million transactions (seed 7):
 * one account per ten transactions, payments spread over three years with log-normal amounts (median about
 * €60), a tenth of the accounts abroad (de, be, tr), one payment in two hundred a cash deposit, and a
 * hundred planted instances of every typology the world plants (fan-in, fan-out, cycle, scatter-gather,
 * gather-scatter, layering chain, structuring, pass-through) plus a hundred hawala-like offsetting pairs.
 * The planted recall is printed as a sanity check; quality is measured on the world and on AMLSim.
 *
 * <pre>GB_BENCH_HEAP=3g bench/run typology-scale [--transactions 10000000] [--threads 2]</pre>
 */
public final class TypologyScaleBenchmark {
    private static final int DAYS = 3 * 365;
    private static final String[] ABROAD = {"de", "be", "tr"};

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        int m = Integer.parseInt(args.get("transactions", "10000000"));
        int threads = Integer.parseInt(args.get("threads", "2"));
        int n = Math.max(1000, m / 10);
        SplittableRandom rng = new SplittableRandom(7);
        long t0 = System.nanoTime();
        HeapWatch watch = HeapWatch.start();
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        for (int i = 0; i < n; i++) {
            b.account(String.format(Locale.ROOT, "NL%02dBANK%010d", i % 97, i),
                    rng.nextInt(10) == 0 ? ABROAD[rng.nextInt(ABROAD.length)] : "nl");
        }
        ScalePlanter plant = new ScalePlanter(b, rng, n, DAYS);
        int planted = plant.all(100);
        int background = m - planted;
        for (int i = 0; i < background; i++) {
            int from = rng.nextInt(n);
            int to = rng.nextInt(n - 1);
            if (to >= from) {
                to++;
            }
            long cents = Math.max(1, Math.round(Math.exp(8.7 + 1.3 * rng.nextGaussian())));
            int day = rng.nextInt(DAYS);
            if (rng.nextInt(200) == 0) {
                b.cashDeposit(null, java.util.Optional.of("p" + rng.nextInt(n)), b.label(to), cents, day);
            } else {
                b.transfer(null, from, to, cents, day, (byte) 0);
            }
        }
        double generated = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        TransactionGraph g = b.build();
        b = null;
        double built = (System.nanoTime() - t1) / 1e9;
        System.gc();
        long graphMiB = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576;
        System.out.printf(Locale.ROOT, "%,d accounts, %,d transactions (%,d planted): generated in %.1f s, graph built in %.1f s,"
                + " heap after build %d MiB (arrays about %d MiB)%n", g.accountCount(), g.transactionCount(), planted,
                generated, built, graphMiB, g.arrayBytes() / 1048576);
        long t2 = System.nanoTime();
        TypologyScan.Result r = new TypologyScan(TypologyScan.defaultDetectors(), threads, true).scan(g);
        double scan = (System.nanoTime() - t2) / 1e9;
        watch.close();
        System.out.printf(Locale.ROOT, "full scan on %d threads: %.1f s; %d alerts; peak heap %d MiB of %d MiB (live after GC %d MiB)%n",
                threads, scan, r.alerts().size(), watch.peakUsedMiB(), HeapWatch.maxHeapMiB(), watch.peakLiveMiB());
        System.out.println("detector time (ms, each on one thread): " + r.millis());
        for (Typology t : Typology.values()) {
            int found = 0;
            for (String centre : plant.centres(t)) {
                if (r.of(t).stream().anyMatch(a -> a.accounts().contains(centre))) {
                    found++;
                }
            }
            System.out.printf(Locale.ROOT, "  %-15s alerts %7d  planted found %3d/%d%n", t.label(), r.of(t).size(), found,
                    plant.centres(t).size());
        }
    }
}
