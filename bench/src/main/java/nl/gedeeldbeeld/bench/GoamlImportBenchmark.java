package nl.gedeeldbeeld.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.GoamlReader;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.ingest.SourceRecord;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;

/**
 * goAML import throughput: writes a goAML file of N unusual-transaction reports (seeded, so the same
 * arguments give the same bytes; 1–3 transactions each, between accounts, persons and companies drawn from
 * fixed pools, so entities recur across reports as they do in FIU data), then imports it into a fresh store
 * and prints statements and reports per second and peak heap. Every report is good: this measures the
 * happy path, not quarantine.
 *
 * <pre>bench/run goaml-import [--reports 50000] [--seed 1] [--store JDBC-URL] [--batch-size N] [--read-only]</pre>
 * {@code --read-only} reads and maps the file without a store.
 */
public final class GoamlImportBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        int reports = Integer.parseInt(args.get("reports", "50000"));
        long seed = Long.parseLong(args.get("seed", "1"));
        int batchSize = Integer.parseInt(args.get("batch-size", String.valueOf(ImportRequest.DEFAULT_BATCH_SIZE)));
        Path tmp = Files.createTempDirectory("gb-bench-goaml");
        try {
            Path file = tmp.resolve("fiu-meldingen.xml");
            long transactions = write(file, reports, seed);
            if (args.flag("read-only")) {
                readOnly(file);
                return;
            }
            StoreConfig config = args.get("store").map(url -> StoreConfig.of(url, tmp.resolve("index")))
                    .orElse(StoreConfig.embedded(tmp.resolve("data")));
            try (Storage storage = StoreFactory.open(config)) {
                ImportRequest request = ImportRequest.builder("fiu-meldingen", "FIU", "WWFT").reliability("B2")
                        .file(file).batchSize(batchSize).build();
                HeapWatch heap = HeapWatch.start();
                long started = System.nanoTime();
                ImportReport report = new Importer(storage.store()).importFile(request, file, ProgressListener.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "target=%s size=%.1fMiB reports=%d transactions=%d quarantined=%d "
                                + "statements=%d seconds=%.1f statements_per_s=%.0f reports_per_s=%.0f peak_heap_used_mib=%d "
                                + "peak_live_mib=%d max_heap_mib=%d cores=%d%n",
                        config.jdbcUrl().startsWith("jdbc:h2") ? "h2" : "postgresql", Files.size(file) / 1048576.0,
                        report.recordsRead(), transactions, report.recordsQuarantined(), report.statementsInserted(),
                        seconds, report.statementsInserted() / seconds, report.recordsRead() / seconds,
                        heap.peakUsedMiB(), heap.peakLiveMiB(), HeapWatch.maxHeapMiB(),
                        Runtime.getRuntime().availableProcessors());
                heap.close();
            }
        } finally {
            TempDirs.delete(tmp);
        }
    }

    /** Reading and mapping alone, without a store: what the parser and mapper cost. */
    private static void readOnly(Path file) {
        long started = System.nanoTime();
        long records = 0;
        long entities = 0;
        try (GoamlReader reader = new GoamlReader(file)) {
            java.util.Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                records++;
                if (next.get() instanceof SourceRecord.Parsed parsed) {
                    entities += parsed.entities().size();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "read-only reports=%d entities=%d seconds=%.2f reports_per_s=%.0f%n",
                records, entities, seconds, records / seconds);
    }

    private static final int ACCOUNTS = 40_000;
    private static final int PERSONS = 20_000;
    private static final int COMPANIES = 4_000;

    /** Writes the file; returns the number of transactions in it. */
    static long write(Path file, int reports, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        long transactions = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports>\n");
            for (int r = 1; r <= reports; r++) {
                int bank = 1001 + rng.nextInt(12);
                out.write("  <report>\n    <rentity_id>" + bank + "</rentity_id>\n    <submission_code>E</submission_code>\n"
                        + "    <report_code>UTR</report_code>\n    <entity_reference>OT-" + r + "</entity_reference>\n"
                        + "    <submission_date>2024-" + two(1 + rng.nextInt(12)) + "-" + two(1 + rng.nextInt(28))
                        + "T10:00:00</submission_date>\n    <currency_code_local>EUR</currency_code_local>\n"
                        + "    <reason>Afwijkend transactiepatroon</reason>\n");
                int count = 1 + rng.nextInt(3);
                for (int t = 1; t <= count; t++) {
                    transactions++;
                    out.write("    <transaction>\n      <transactionnumber>TX-" + r + "-" + t + "</transactionnumber>\n"
                            + "      <transaction_description>Overboeking " + rng.nextInt(10_000) + "</transaction_description>\n"
                            + "      <date_transaction>2024-" + two(1 + rng.nextInt(12)) + "-" + two(1 + rng.nextInt(28))
                            + "T" + two(rng.nextInt(24)) + ":" + two(rng.nextInt(60)) + ":00</date_transaction>\n"
                            + "      <transmode_code>K</transmode_code>\n      <amount_local>" + (100 + rng.nextInt(50_000))
                            + "." + two(rng.nextInt(100)) + "</amount_local>\n");
                    out.write("      <t_from_my_client>\n        <from_funds_code>K</from_funds_code>\n");
                    out.write(account("from", rng));
                    out.write("        <from_country>NL</from_country>\n      </t_from_my_client>\n      <t_to>\n"
                            + "        <to_funds_code>K</to_funds_code>\n");
                    out.write(rng.nextInt(4) == 0 ? "        <to_person>\n" + person(rng.nextInt(PERSONS), "          ")
                            + "        </to_person>\n" : account("to", rng));
                    out.write("        <to_country>NL</to_country>\n      </t_to>\n    </transaction>\n");
                }
                out.write("    <report_indicators><indicator>SUBJ-001</indicator></report_indicators>\n  </report>\n");
            }
            out.write("</reports>\n");
        }
        return transactions;
    }

    private static String account(String side, SplittableRandom rng) {
        int a = rng.nextInt(ACCOUNTS);
        StringBuilder s = new StringBuilder("        <" + side + "_account>\n          <institution_name>Bank "
                + (a % 12) + "</institution_name>\n          <account>" + iban(a) + "</account>\n");
        if (a % 3 == 0) {
            int c = a % COMPANIES;
            s.append("          <t_entity>\n            <name>Handelsonderneming ").append(c).append(" B.V.</name>\n"
                    + "            <incorporation_legal_form>BV</incorporation_legal_form>\n            <incorporation_number>")
                    .append(String.format(Locale.ROOT, "%08d", 10_000_000 + c)).append("</incorporation_number>\n"
                    + "            <incorporation_country_code>NL</incorporation_country_code>\n          </t_entity>\n");
        } else {
            s.append("          <signatory>\n            <is_primary>true</is_primary>\n            <t_person>\n")
                    .append(person(a % PERSONS, "              ")).append("            </t_person>\n          </signatory>\n");
        }
        return s.append("        </").append(side).append("_account>\n").toString();
    }

    private static String person(int p, String indent) {
        return indent + "<first_name>Voornaam" + p + "</first_name>\n" + indent + "<last_name>Achternaam" + (p % 5_000)
                + "</last_name>\n" + indent + "<birthdate>19" + (50 + p % 50) + "-" + two(1 + p % 12) + "-"
                + two(1 + p % 28) + "T00:00:00</birthdate>\n" + indent + "<ssn>" + (100_000_000 + p) + "</ssn>\n";
    }

    /** A Dutch IBAN with a correct mod-97 check for account number {@code n}. */
    private static String iban(int n) {
        String bban = "BANK" + String.format(Locale.ROOT, "%010d", 1_000_000L + n);
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + two(check) + bban;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
