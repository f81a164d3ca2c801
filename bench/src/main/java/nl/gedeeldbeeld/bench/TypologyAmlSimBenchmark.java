package nl.gedeeldbeeld.bench;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.FanInDetector;
import nl.gedeeldbeeld.analytics.money.StructuringDetector;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.TransactionGraphBuilder;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.money.TypologyDetector;
import nl.gedeeldbeeld.analytics.money.TypologyScan;

/**
 * The money-flow detectors on IBM AMLSim's public sample {@code 20K_fanin200} (20,000 accounts, 118,250
 * transactions, 200 planted fan-in patterns; {@code ../shared/data/aml}). Labels are per account
 * ({@code isFraud}), so the unit is the account: flagged accounts (in any alert of the detector) against
 * accounts with {@code isFraud=1}. Amounts are AMLSim's units read as euros, ticks are simulation steps
 * (1–149).
 *
 * <p>First the detectors with their default thresholds, as they would run on bank data; then a small sweep
 * of the fan-in detector's window and minimum, which is tuned on this very data and so optimistic.
 *
 * <pre>bench/run typologies-amlsim [--dir ../shared/data/aml]</pre>
 */
public final class TypologyAmlSimBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        Path dir = Path.of(args.get("dir", "../shared/data/aml"));
        Set<String> fraud = new HashSet<>();
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        int accounts = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("fanin200_nodes.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                b.account(f[0]);
                accounts++;
                if (f[1].equals("1")) {
                    fraud.add(f[0]);
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("fanin200_transactions.csv"),
                StandardCharsets.UTF_8)) {
            in.readLine();
            int row = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                long cents = new BigDecimal(f[2]).movePointRight(2).longValueExact();
                b.transfer("r" + row++, f[0], f[1], cents, Integer.parseInt(f[3]));
            }
        }
        TransactionGraph g = b.build();
        System.out.printf(Locale.ROOT, "AMLSim 20K_fanin200: %,d accounts, %,d transactions, %d with isFraud=1%n",
                accounts, g.transactionCount(), fraud.size());
        System.out.println();
        System.out.println("defaults                                     TP    FP    FN  precision/recall/F1 (accounts)");
        row("fan-in (5 payers, 10 steps)", new FanInDetector().detect(g), fraud);
        long t = System.nanoTime();
        TypologyScan.Result r = new TypologyScan(TypologyScan.defaultDetectors(), 2, true).scan(g);
        double seconds = (System.nanoTime() - t) / 1e9;
        for (Typology ty : Typology.values()) {
            if (!r.of(ty).isEmpty()) {
                row("  scan: " + ty.label(), r.of(ty), fraud);
            }
        }
        row("all detectors, any typology", r.alerts(), fraud);
        System.out.printf(Locale.ROOT, "scan time %.2f s (2 threads)%n", seconds);
        System.out.println();
        System.out.println("fan-in sweep (tuned on this data: optimistic)  TP    FP    FN  precision/recall/F1");
        for (int window : new int[] {0, 10, 50, 148}) {
            for (int min : new int[] {2, 3, 4, 5}) {
                List<Alert> alerts = new FanInDetector(min, window, 1).detect(g);
                row(String.format(Locale.ROOT, "fan-in %d payers, %3d steps", min, window), alerts, fraud);
            }
        }
        for (int min : new int[] {2, 3}) {
            TypologyDetector d = new FanInDetector(min, 148, 1);
            List<Alert> alerts = d.detect(g);
            row(String.format(Locale.ROOT, "fan-in %d payers, 148 steps, centre only", min), alerts, fraud, true);
        }
        // The planted transfers of this sample are bursts of 4-5 transfers under 5 units from one originator at
        // one step; the structuring rule (many transfers just below a threshold in a window) sees that shape.
        System.out.println();
        System.out.println("structuring on transfers, threshold 10 units (tuned on this data)");
        for (int min : new int[] {2, 3, 4}) {
            List<Alert> alerts = new StructuringDetector(1_000, 0.75, min, 0, true).detect(g);
            row(String.format(Locale.ROOT, "%d transfers of 2.50-9.99 in one step", min), alerts, fraud);
        }
    }

    private static void row(String name, List<Alert> alerts, Set<String> fraud) {
        row(name, alerts, fraud, false);
    }

    private static void row(String name, List<Alert> alerts, Set<String> fraud, boolean centreOnly) {
        Set<String> flagged = new HashSet<>();
        for (Alert a : alerts) {
            if (centreOnly) {
                flagged.add(a.accounts().get(0));
            } else {
                flagged.addAll(a.accounts());
            }
        }
        System.out.printf(Locale.ROOT, "%-44s %s  (%d alerts)%n", name, Quality.of(flagged, fraud).row(), alerts.size());
    }
}
