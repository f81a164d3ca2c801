package nl.gedeeldbeeld.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path temp;
    static Path small;
    static WorldSummary summary;
    static long smallMillis;

    @BeforeAll
    static void generateSmallWorld() throws IOException {
        small = temp.resolve("small");
        long start = System.nanoTime();
        summary = new WorldGenerator().generate(42, WorldSize.SMALL, small, ProgressListener.NONE);
        smallMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void sameSeedGivesIdenticalFiles() throws IOException {
        Path again = temp.resolve("again");
        new WorldGenerator().generate(42, WorldSize.SMALL, again, ProgressListener.NONE);
        Map<String, byte[]> first = contents(small);
        Map<String, byte[]> second = contents(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String file : first.keySet()) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() throws IOException {
        Path other = temp.resolve("other");
        new WorldGenerator().generate(43, WorldSize.SMALL, other, ProgressListener.NONE);
        assertThat(Files.readAllBytes(other.resolve("politie/personen.csv")))
                .isNotEqualTo(Files.readAllBytes(small.resolve("politie/personen.csv")));
    }

    @Test
    void smallWorldGeneratesInAFewSeconds() {
        assertThat(smallMillis).isLessThan(10_000);
        assertThat(summary.persons()).isBetween(10_000, 10_020);
    }

    @Test
    void manifestListsEveryPartnerFileAndNoGroundTruth() throws IOException {
        JsonNode manifest = JSON.readTree(small.resolve("manifest.json").toFile());
        List<String> paths = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            paths.add(f.get("path").asText());
            assertThat(small.resolve(f.get("path").asText())).exists();
            if (!f.get("format").asText().equals("ftm")) {
                assertThat(small.resolve(f.get("mapping").asText())).exists();
            }
            assertThat(f.get("dataset").asText()).isNotBlank();
            assertThat(f.get("regime").asText()).isIn("WPG_ART8", "WWFT", "AVG_BIBOB", "PRIVATE");
        }
        assertThat(paths).noneMatch(p -> p.contains("ground-truth"));
        assertThat(manifest.toString()).doesNotContain("ground-truth").doesNotContain("identities");
        assertThat(paths).contains("politie/personen.csv", "fiod/fiod.ftm.json", "fiu/ongebruikelijke_transacties.csv",
                "gemeente/bibob_inschrijvingen.tsv", "haven/toegangspassen.csv", "haven/containers.csv");
    }

    @Test
    void theFiuReportsAreAlsoWrittenAsGoamlOneReportPerCsvRowAndOutsideTheManifest() throws IOException {
        Csv csv = Csv.read(small.resolve("fiu/ongebruikelijke_transacties.csv"), false);
        String goaml = Files.readString(small.resolve("fiu/ongebruikelijke_transacties.goaml.xml"));
        int reports = goaml.split("<report>", -1).length - 1;

        assertThat(reports).isEqualTo(csv.rows.size());
        assertThat(goaml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports>\n  <report><rentity_id>")
                .endsWith("</reports>\n");
        // The same reports as the CSV: listing both would import every report twice.
        assertThat(Files.readString(small.resolve("manifest.json"))).doesNotContain("goaml");
    }

    @Test
    void everyRecordInEveryPartnerFileHasExactlyOneIdentityRow() throws IOException {
        Set<String> produced = new HashSet<>();
        for (JsonNode f : JSON.readTree(small.resolve("manifest.json").toFile()).get("files")) {
            String dataset = f.get("dataset").asText();
            Path file = small.resolve(f.get("path").asText());
            if (f.get("format").asText().equals("ftm")) {
                try (Stream<String> lines = Files.lines(file)) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        produced.add(dataset + "|" + JSON.readTree(line).get("id").asText());
                    }
                }
                continue;
            }
            JsonNode mapping = YAML.readTree(small.resolve(f.get("mapping").asText()).toFile());
            Csv csv = Csv.read(file, f.get("format").asText().equals("tsv"));
            assertThat(csv.rows).isNotEmpty();
            for (String[] row : csv.rows) {
                assertThat(row).hasSize(csv.header.size());
                for (JsonNode entity : mapping.get("entities")) {
                    List<String> parts = new ArrayList<>();
                    if (entity.has("keyPrefix")) {
                        parts.add(entity.get("keyPrefix").asText());
                    }
                    boolean any = false;
                    for (JsonNode key : entity.get("keys")) {
                        String v = csv.get(row, key.asText());
                        any |= !v.isBlank();
                        parts.add(v);
                    }
                    if (any) {
                        produced.add(dataset + "|" + String.join(":", parts));
                    }
                }
            }
        }
        Csv identities = Csv.read(small.resolve("ground-truth/identities.csv"), false);
        Map<String, Integer> counts = new HashMap<>();
        for (String[] row : identities.rows) {
            counts.merge(row[0] + "|" + row[1], 1, Integer::sum);
            assertThat(row[2]).isNotBlank();
        }
        assertThat(counts.values()).allMatch(c -> c == 1);
        assertThat(counts.keySet()).isEqualTo(produced);
    }

    @Test
    void somePersonsAppearInThreeOrMoreSources() throws IOException {
        Csv identities = Csv.read(small.resolve("ground-truth/identities.csv"), false);
        Map<String, Set<String>> sources = new TreeMap<>();
        for (String[] row : identities.rows) {
            if (row[2].startsWith("P")) {
                sources.computeIfAbsent(row[2], k -> new HashSet<>()).add(row[0]);
            }
        }
        long threeOrMore = sources.values().stream().filter(s -> s.size() >= 3).count();
        assertThat(threeOrMore).isGreaterThanOrEqualTo(5);
    }

    @Test
    void recordIdsCarryNoTrueIdentity() throws IOException {
        Csv identities = Csv.read(small.resolve("ground-truth/identities.csv"), false);
        for (String[] row : identities.rows) {
            assertThat(row[1]).doesNotContain(row[2]);
        }
    }

    @Test
    void everyTypologyIsPlantedInTheSmallWorld() throws IOException {
        JsonNode cases = JSON.readTree(small.resolve("ground-truth/laundering.json").toFile()).get("cases");
        Set<String> typologies = new HashSet<>();
        for (JsonNode c : cases) {
            typologies.add(c.get("typology").asText());
            assertThat(c.get("transactions").size()).isGreaterThanOrEqualTo(3);
        }
        assertThat(typologies).containsExactlyInAnyOrder("fan-in", "fan-out", "cycle", "scatter-gather",
                "gather-scatter", "layering-chain", "structuring", "pass-through");
    }

    @Test
    void structuringDepositsStayJustBelowTheThreshold() throws IOException {
        JsonNode cases = JSON.readTree(small.resolve("ground-truth/laundering.json").toFile()).get("cases");
        for (JsonNode c : cases) {
            if (c.get("typology").asText().equals("structuring")) {
                for (JsonNode t : c.get("transactions")) {
                    assertThat(t.get("cash").asBoolean()).isTrue();
                    assertThat(Double.parseDouble(t.get("amount").asText())).isBetween(9_000.0, 9_999.99);
                }
            }
        }
    }

    @Test
    void networksHaveKeyPlayersLieutenantsBrokersAndFacilitators() throws IOException {
        JsonNode networks = JSON.readTree(small.resolve("ground-truth/networks.json").toFile()).get("networks");
        assertThat(networks.size()).isGreaterThanOrEqualTo(5);
        Set<String> roles = new HashSet<>();
        for (JsonNode n : networks) {
            n.get("members").forEach(m -> roles.add(m.get("role").asText()));
            assertThat(n.get("members").get(0).get("role").asText()).isEqualTo("KEY_PLAYER");
        }
        assertThat(roles).contains("KEY_PLAYER", "LIEUTENANT", "BROKER", "FINANCIAL_FACILITATOR",
                "LOGISTIC_FACILITATOR");
        JsonNode companies = JSON.readTree(small.resolve("ground-truth/companies.json").toFile());
        assertThat(companies.get("circularOwnership").size()).isGreaterThanOrEqualTo(1);
        assertThat(companies.get("frontClusters").get(0).get("companies").size()).isGreaterThanOrEqualTo(5);
        assertThat(companies.get("shortLived").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyIbanWrittenValidates() throws IOException {
        List<String> ibans = new ArrayList<>();
        Csv fiu = Csv.read(small.resolve("fiu/ongebruikelijke_transacties.csv"), false);
        for (String[] row : fiu.rows) {
            ibans.add(fiu.get(row, "betaler_iban"));
            ibans.add(fiu.get(row, "begunstigde_iban"));
        }
        try (Stream<String> lines = Files.lines(small.resolve("fiod/fiod.ftm.json"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode iban = JSON.readTree(line).get("properties").get("iban");
                if (iban != null) {
                    iban.forEach(v -> ibans.add(v.asText()));
                }
            }
        }
        ibans.removeIf(String::isEmpty);
        assertThat(ibans).hasSizeGreaterThan(500);
        assertThat(ibans).allMatch(IbanFactory::isValid);
        assertThat(ibans).anyMatch(i -> i.startsWith("DE")).anyMatch(i -> i.startsWith("BE"));
    }

    @Test
    void everyRsinWrittenPassesTheElfproef() throws IOException {
        Csv bibob = Csv.read(small.resolve("gemeente/bibob_inschrijvingen.tsv"), true);
        List<String> rsins = new ArrayList<>();
        for (String[] row : bibob.rows) {
            rsins.add(bibob.get(row, "rsin"));
        }
        try (Stream<String> lines = Files.lines(small.resolve("fiod/fiod.ftm.json"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode rsin = JSON.readTree(line).get("properties").get("rsinNumber");
                if (rsin != null) {
                    rsin.forEach(v -> rsins.add(v.asText()));
                }
            }
        }
        rsins.removeIf(String::isEmpty);
        assertThat(rsins).isNotEmpty().allMatch(Elfproef::isValid);
    }

    @Test
    void everyContainerNumberHasTheRightCheckDigit() throws IOException {
        Csv containers = Csv.read(small.resolve("haven/containers.csv"), false);
        assertThat(containers.rows).hasSize(500);
        for (String[] row : containers.rows) {
            assertThat(ContainerNumber.isValid(containers.get(row, "containernummer"))).isTrue();
        }
    }

    @Test
    void postcodesAndDatesLookDutch() throws IOException {
        Csv persons = Csv.read(small.resolve("politie/personen.csv"), false);
        for (String[] row : persons.rows) {
            assertThat(persons.get(row, "postcode")).matches("[1-9]\\d{3} ?[A-Za-z]{2}");
            assertThat(persons.get(row, "geboortedatum")).matches("(\\d{2}-\\d{2}-\\d{4})?");
            assertThat(persons.get(row, "bvh_nummer")).matches("BVH-20\\d{2}-\\d{7}");
        }
        Csv bibob = Csv.read(small.resolve("gemeente/bibob_inschrijvingen.tsv"), true);
        assertThat(bibob.rows).anyMatch(r -> bibob.get(r, "datum_oprichting").matches("\\d{1,2} [a-z]+ \\d{4}"));
    }

    @Test
    void mostPoliceRecordsAreCleanButSomeAreNoisy() throws IOException {
        Csv persons = Csv.read(small.resolve("politie/personen.csv"), false);
        long upper = persons.rows.stream()
                .filter(r -> persons.get(r, "achternaam").equals(persons.get(r, "achternaam").toUpperCase())
                        && persons.get(r, "achternaam").length() > 3)
                .count();
        assertThat(upper).isGreaterThan(0).isLessThan(persons.rows.size() / 4);
        long missingBirth = persons.rows.stream().filter(r -> persons.get(r, "geboortedatum").isEmpty()).count();
        assertThat(missingBirth).isLessThan(persons.rows.size() / 10);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
