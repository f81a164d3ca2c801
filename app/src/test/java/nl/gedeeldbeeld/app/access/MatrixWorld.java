package nl.gedeeldbeeld.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;

/**
 * The small world of the write-and-read matrix: one dataset for every (provider, regime) pair the demo
 * agreements name, each holding the same kinds of thing (two persons, an address, a vehicle, a company, an
 * Associate and an Ownership link, two accounts and a payment) with values that are unique to the dataset, so
 * a value found in an answer tells whose it is. Two deliberate doubles for protection cover (finding 3): the
 * municipality holds the police's address with a space in its postcode, FIOD holds the police's vehicle with
 * its plate written without dashes. The police also hold a chain of companies, so that a police network view
 * names more ids than an audit event holds inline (an id set the privacy officer can look up).
 */
final class MatrixWorld {
    /** One dataset: its short tag (in every value), name, provider and regime. */
    record Dataset(String tag, String name, String partner, String regime) {
    }

    static final List<Dataset> DATASETS = List.of(
            new Dataset("Pol", "politie-bvh", "POLITIE", "WPG_ART8"),
            new Dataset("Inf", "politie-informanten", "POLITIE", "WPG_ART12"),
            new Dataset("Fio", "fiod-onderzoek", "FIOD", "WPG_ART8"),
            new Dataset("Fiu", "fiu-ongebruikelijke-transacties", "FIU", "WWFT"),
            new Dataset("Bib", "riec-bibob-rotterdam", "GEMEENTE_ROTTERDAM", "AVG_BIBOB"),
            new Dataset("Hav", "havenbedrijf-rotterdam", "HAVENBEDRIJF", "PRIVATE"),
            new Dataset("Opn", "open-sanctielijst", "OPEN_BRONNEN", "OPEN_SOURCE"));

    static final int CHAIN = 60;

    /** Source ids of every dataset's things, and of the doubles (a matrix sends these). */
    static final List<String> SAMPLE_SOURCE_IDS = List.of("p1", "p2", "a1", "v1", "c1", "as1", "o1", "b1", "b2", "pay1",
            "a2", "p3", "v2");

    private MatrixWorld() {
    }

    static Dataset dataset(String name) {
        return DATASETS.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** The name of person {@code p1} or {@code p2} of a dataset (searchable, unique to it). */
    static String personName(Dataset d, int n) {
        return n == 1 ? "Henk " + d.tag() + "man" : "Bram " + d.tag() + "stra";
    }

    static String postcode(int k) {
        return "30" + k + "4LM";
    }

    static String plate(int k) {
        return (k + 1) + "" + (k + 2) + "-GB" + (char) ('A' + k) + "-" + (k + 3);
    }

    static void load(Storage storage, Path dir) {
        try {
            Importer importer = new Importer(storage.importTarget());
            for (int k = 0; k < DATASETS.size(); k++) {
                Dataset d = DATASETS.get(k);
                List<String> lines = entities(d, k);
                if (d.name().equals("politie-bvh")) {
                    for (int i = 0; i < CHAIN; i++) {
                        lines.add(entity("k" + i, "Company", "\"name\":[\"Keten " + i + " Pol B.V.\"]"));
                        lines.add(entity("ko" + i, "Ownership", "\"owner\":[\"k" + ((i + 1) % CHAIN) + "\"],\"asset\":[\"k" + i
                                + "\"],\"percentage\":[\"51\"]"));
                    }
                }
                if (d.name().equals("riec-bibob-rotterdam")) {
                    // The police's address (k = 0) from another record, its postcode written with a space.
                    lines.add(entity("a2", "Address", "\"full\":[\"Teststr. 10, 3004 LM\"],\"postalCode\":[\"3004 LM\"],"
                            + "\"houseNumber\":[\"10\"]"));
                    // A municipal record of the police's second person, another birth date (finding 4).
                    lines.add(entity("p3", "Person", "\"name\":[\"" + personName(DATASETS.get(0), 2) + "\"],"
                            + "\"birthDate\":[\"1972-11-30\"]"));
                }
                if (d.name().equals("fiod-onderzoek")) {
                    // The police's vehicle (k = 0) under FIOD's id, the plate without dashes.
                    lines.add(entity("v2", "Vehicle", "\"registrationNumber\":[\"" + plate(0).replace("-", "") + "\"]"));
                }
                Path file = Files.writeString(dir.resolve(d.name() + ".ftm.json"), String.join("\n", lines) + "\n");
                importer.importAll(ImportRequest.builder(d.name(), d.partner(), d.regime()).file(file).reliability("B2").build(),
                        ProgressListener.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> entities(Dataset d, int k) {
        String t = d.tag();
        List<String> lines = new ArrayList<>();
        lines.add(entity("p1", "Person", "\"name\":[\"" + personName(d, 1) + "\"],\"birthDate\":[\"19" + (60 + k) + "-0" + (k + 1)
                + "-1" + k + "\"],\"phone\":[\"+3161" + k + "00" + k + "77" + k + "\"],\"addressEntity\":[\"a1\"]"));
        lines.add(entity("p2", "Person", "\"name\":[\"" + personName(d, 2) + "\"],\"birthDate\":[\"19" + (70 + k) + "-1" + (k % 3)
                + "-2" + k + "\"]"));
        lines.add(entity("a1", "Address", "\"full\":[\"Teststraat " + (10 + k) + ", " + postcode(k) + " " + t + "dorp\"],"
                + "\"street\":[\"Teststraat " + (10 + k) + "\"],\"postalCode\":[\"" + postcode(k) + "\"],\"houseNumber\":[\""
                + (10 + k) + "\"],\"city\":[\"" + t + "dorp\"]"));
        lines.add(entity("v1", "Vehicle", "\"registrationNumber\":[\"" + plate(k) + "\"],\"model\":[\"" + t + "mobiel\"],"
                + "\"owner\":[\"p1\"]"));
        lines.add(entity("c1", "Company", "\"name\":[\"" + t + " Handel B.V.\"],\"registrationNumber\":[\"" + (70_000_000 + 1111 * k)
                + "\"]"));
        lines.add(entity("as1", "Associate", "\"person\":[\"p1\"],\"associate\":[\"p2\"],\"relationship\":[\"handlanger " + t
                + "\"],\"startDate\":[\"2020-0" + (k + 1) + "-15\"]"));
        lines.add(entity("o1", "Ownership", "\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"percentage\":[\"6" + k + "\"],"
                + "\"startDate\":[\"2019-0" + (k + 1) + "-01\"]"));
        lines.add(entity("b1", "BankAccount", "\"iban\":[\"" + iban(k * 2) + "\"],\"owner\":[\"c1\"]"));
        lines.add(entity("b2", "BankAccount", "\"iban\":[\"" + iban(k * 2 + 1) + "\"],\"owner\":[\"p2\"]"));
        lines.add(entity("pay1", "Payment", "\"payer\":[\"c1\"],\"beneficiary\":[\"p2\"],\"payerAccount\":[\"b1\"],"
                + "\"beneficiaryAccount\":[\"b2\"],\"amount\":[\"" + (k + 1) + "4321.17\"],\"currency\":[\"EUR\"],\"date\":[\"2024-0"
                + (k + 1) + "-2" + k + "\"],\"purpose\":[\"factuur " + t + "\"]"));
        return lines;
    }

    private static String entity(String id, String schema, String properties) {
        return "{\"id\":\"" + id + "\",\"schema\":\"" + schema + "\",\"properties\":{" + properties + "}}";
    }

    /** A valid Dutch IBAN (mod-97 check digits) unique to n. */
    static String iban(int n) {
        String bban = "GBMX" + String.format("%010d", 4_700_000_000L + 13L * n);
        String digits = toDigits(bban + "NL00");
        int check = 98 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }

    private static String toDigits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
        }
        return b.toString();
    }
}
