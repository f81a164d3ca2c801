package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.FundTracer;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.money.TypologyScan;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * The typology scan on a synthetic world's payments, scored per typology against the planted laundering
 * cases ({@code ground-truth/laundering.json}).
 *
 * <p>Source: the FIOD partner file ({@code fiod/fiod.ftm.json}), which holds every planted transfer and every
 * ordinary payment touching an account under investigation, as FtM {@code Payment} entities
 * (payerAccount, beneficiaryAccount, amount, date; a cash deposit has a payer but no payerAccount) and
 * {@code BankAccount} entities (iban, country), imported into a store and mapped by the product's
 * {@code TransactionViewBuilder} ({@link FiodPayments}). The FIU file was not used: it holds only the reported
 * transactions (about 85% of the planted transfers plus a sample of background), which would make the
 * patterns incomplete by design. Accounts are labelled by IBAN, ticks are days.
 *
 * <p>Units: per typology T, the predicted set is every account (IBAN; cash nodes left out) in an alert of T,
 * the true set every account of a planted case of T; precision, recall and F1 over those sets, within the
 * accounts of the file. Case-level recall: a case is found when one alert of its typology covers at least
 * half its accounts ("together": the alerts of its typology jointly do, which is fairer to typologies whose
 * alerts are per account, such as pass-through). "Any typology" compares the union of all flagged accounts with all case accounts.
 *
 * <pre>bench/run typologies --world worlds/medium [--size medium] [--all-shapes]</pre>
 */
public final class TypologyWorldBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        long t0 = System.nanoTime();
        TransactionGraph g = FiodPayments.read(world).graph();
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "world %s: FIOD file, %,d accounts (incl. cash nodes), %,d payments, imported and read in %.2f s%n",
                world, g.accountCount(), g.transactionCount(), readSeconds);
        List<Case> cases = readCases(world.resolve("ground-truth/laundering.json"));
        boolean preferSpecific = !args.flag("all-shapes");
        long t1 = System.nanoTime();
        TypologyScan.Result r = new TypologyScan(TypologyScan.defaultDetectors(), 2, preferSpecific).scan(g);
        double scanSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "scan (defaults, 2 threads, preferSpecific=%s): %.2f s, %d alerts%n",
                preferSpecific, scanSeconds, r.alerts().size());
        report(g, cases, r);
        traceChains(g, cases);
    }

    /**
     * Fund tracing on the planted layering chains: from the chain's last account, backward over the receipts
     * of the chain's last day, under each allocation rule; how often the trace reaches the chain's first
     * account, and what share of the last transfer it attributes to it (1.0 when all of it is traced home).
     */
    static void traceChains(TransactionGraph g, List<Case> cases) {
        System.out.println();
        System.out.println("fund tracing on the planted layering chains (backward from the last account, its last day)");
        for (Allocation rule : Allocation.values()) {
            int chains = 0;
            int reached = 0;
            double share = 0;
            long started = System.nanoTime();
            FundTracer tracer = new FundTracer(g, rule, 12, 100);
            for (Case c : cases) {
                if (!c.typology.equals("layering-chain")) {
                    continue;
                }
                chains++;
                String[] first = c.chain.get(0);
                String[] last = c.chain.get(c.chain.size() - 1);
                int day = Integer.parseInt(last[3]);
                FundTrace t = tracer.backward(last[1], day, day);
                Optional<FundTrace.Reached> origin = t.reached(first[0]);
                if (origin.isPresent()) {
                    reached++;
                    share += Math.min(1.0, (double) origin.get().cents() / Long.parseLong(last[2]));
                }
            }
            System.out.printf(Locale.ROOT, "  %-12s origin reached %d/%d, mean share of the last transfer traced to it %.3f"
                    + " (%.0f ms)%n", rule, reached, chains, chains == 0 ? 0 : share / chains,
                    (System.nanoTime() - started) / 1e6);
        }
    }

    /** A planted case; {@code chain} holds its transfers in planting order as {from IBAN, to IBAN, cents, day}. */
    record Case(String id, String typology, Set<String> accounts, List<String[]> chain) {
    }

    static void report(TransactionGraph g, List<Case> cases, TypologyScan.Result r) {
        Set<String> inGraph = new HashSet<>();
        for (int v = 0; v < g.accountCount(); v++) {
            if (!g.isCash(v)) {
                inGraph.add(g.label(v));
            }
        }
        System.out.println();
        System.out.println("typology         cases alerts findings subsumed    TP    FP    FN  precision/recall/F1 (accounts)"
                + "   cases found");
        Set<String> allFlagged = new HashSet<>();
        Set<String> allTrue = new HashSet<>();
        int missingAccounts = 0;
        for (Case c : cases) {
            for (String a : c.accounts) {
                if (!inGraph.contains(a)) {
                    missingAccounts++;
                }
            }
        }
        for (Typology t : Typology.values()) {
            List<Alert> alerts = r.of(t);
            Set<String> flagged = new HashSet<>();
            for (Alert a : alerts) {
                for (String acc : a.accounts()) {
                    if (inGraph.contains(acc)) {
                        flagged.add(acc);
                    }
                }
            }
            allFlagged.addAll(flagged);
            Set<String> truth = new HashSet<>();
            int planted = 0;
            int found = 0;
            int union = 0;
            for (Case c : cases) {
                if (!c.typology.equals(t.label())) {
                    continue;
                }
                planted++;
                truth.addAll(c.accounts);
                if (covered(c, alerts)) {
                    found++;
                }
                if (coveredTogether(c, alerts)) {
                    union++;
                }
            }
            allTrue.addAll(truth);
            Quality q = Quality.of(flagged, truth);
            System.out.printf(Locale.ROOT, "%-16s %5d %6d %8d %8d %s   %s%n", t.label(), planted, alerts.size(),
                    r.findings().getOrDefault(t, 0), r.subsumed().getOrDefault(t, 0), q.row(),
                    planted == 0 ? "-" : found + "/" + planted + String.format(Locale.ROOT, " (%.2f); together %d/%d",
                            (double) found / planted, union, planted));
        }
        for (Case c : cases) {
            allTrue.addAll(c.accounts);
        }
        int anyFound = 0;
        for (Case c : cases) {
            if (covered(c, r.alerts())) {
                anyFound++;
            }
        }
        System.out.printf(Locale.ROOT, "%-16s %5d %6d %8s %8s %s   %d/%d (%.2f) by an alert of any typology%n", "any typology",
                cases.size(), r.alerts().size(), "", "", Quality.of(allFlagged, allTrue).row(), anyFound, cases.size(),
                (double) anyFound / cases.size());
        System.out.println("case accounts not in the graph: " + missingAccounts);
        System.out.println("detector time (ms): " + r.millis());
        Map<Typology, Alert> example = new EnumMap<>(Typology.class);
        for (Alert a : r.alerts()) {
            example.putIfAbsent(a.typology(), a);
        }
        System.out.println();
        System.out.println("one alert per typology, explained:");
        for (Alert a : example.values()) {
            System.out.println("  " + a.explain());
        }
    }

    /** True when one alert covers at least half the case's accounts. */
    private static boolean covered(Case c, List<Alert> alerts) {
        for (Alert a : alerts) {
            int hit = 0;
            for (String acc : a.accounts()) {
                if (c.accounts.contains(acc)) {
                    hit++;
                }
            }
            if (2 * hit >= c.accounts.size()) {
                return true;
            }
        }
        return false;
    }

    /** True when the alerts together cover at least half the case's accounts. */
    private static boolean coveredTogether(Case c, List<Alert> alerts) {
        Set<String> hit = new HashSet<>();
        for (Alert a : alerts) {
            for (String acc : a.accounts()) {
                if (c.accounts.contains(acc)) {
                    hit.add(acc);
                }
            }
        }
        return 2 * hit.size() >= c.accounts.size();
    }

    static List<Case> readCases(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : root.path("cases")) {
            Set<String> accounts = new HashSet<>();
            for (JsonNode a : c.path("accounts")) {
                accounts.add(iban(a.path("iban").asText()));
            }
            List<String[]> chain = new ArrayList<>();
            for (JsonNode t : c.path("transactions")) {
                chain.add(new String[] {iban(t.path("fromIban").asText("")), iban(t.path("toIban").asText()),
                    new BigDecimal(t.path("amount").asText()).movePointRight(2).toPlainString(),
                    Long.toString(LocalDate.parse(t.path("date").asText()).toEpochDay())});
            }
            cases.add(new Case(c.path("id").asText(), c.path("typology").asText(), accounts, chain));
        }
        return cases;
    }

    private static String iban(String raw) {
        return raw.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
