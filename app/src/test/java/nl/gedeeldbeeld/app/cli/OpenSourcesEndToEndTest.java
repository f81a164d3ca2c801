package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, done when: an open-source FtM file imported into a fresh store is found by
 * {@code gb search --as analist-politie --purpose THEMATISCHE_ANALYSE NAME}, through the demo catalogue's
 * agreement 'open-bronnen', not through the police's own data.
 */
class OpenSourcesEndToEndTest {
    private static final String SANCTIONS = String.join("\n",
            "{\"id\":\"os-p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Dragomir Velkov\"],\"nationality\":[\"bg\"],"
                    + "\"topics\":[\"sanction\"]}}",
            "{\"id\":\"os-s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"os-p1\"],\"authority\":[\"Raad van de EU\"],"
                    + "\"program\":[\"EU-sanctieregeling (test)\"]}}", "");

    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;

    private int gb(String... args) {
        out.getBuffer().setLength(0);
        console.err.getBuffer().setLength(0);
        return console.run(args);
    }

    @Test
    @DisplayName("issue 13: open-source data ingested into a fresh store is found by analist-politie for THEMATISCHE_ANALYSE")
    void openSourceDataIsFoundByEveryone() throws IOException {
        Path file = Files.writeString(dir.resolve("sanctions.ftm.json"), SANCTIONS);
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "sanctielijst-test", "--partner", "OPEN_BRONNEN",
                "--regime", "OPEN_SOURCE", "--reliability", "B2", file.toString())).isZero();

        assertThat(gb("search", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "Dragomir Velkov")).isZero();
        assertThat(out.toString()).startsWith("1 hit").contains("Person", "Dragomir Velkov", "[name; sanctielijst-test]");

        for (String[] asWho : new String[][] {{"bibob-medewerker", "BIBOB_TOETS"}, {"fiu-analist", "THEMATISCHE_ANALYSE"},
                {"beslagcoordinator-om", "BESLAGBEHEER"}, {"privacy-officer", "VERANTWOORDING"}}) {
            assertThat(gb("search", "--store", store, "--as", asWho[0], "--purpose", asWho[1], "velkov")).isZero();
            assertThat(out.toString()).as("%s for %s", asWho[0], asWho[1]).startsWith("1 hit").contains("Dragomir Velkov");
        }
    }

    @Test
    @DisplayName("issue 13: open-source data imported under a partner code the catalogue does not name is found too")
    void openSourceDataUnderAnUnknownPartnerCodeIsFoundByEveryone() throws IOException {
        Path file = Files.writeString(dir.resolve("sanctions.ftm.json"), SANCTIONS);
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "opensanctions", "--partner", "OPENSANCTIONS",
                "--regime", "OPEN_SOURCE", file.toString())).isZero();

        assertThat(gb("search", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "Dragomir Velkov")).isZero();
        assertThat(out.toString()).startsWith("1 hit").contains("Dragomir Velkov", "[name; opensanctions]");
        assertThat(gb("search", "--store", store, "--as", "bibob-medewerker", "--purpose", "BIBOB_TOETS", "velkov")).isZero();
        assertThat(out.toString()).startsWith("1 hit");
    }

    @Test
    @DisplayName("issue 13: a partner code the catalogue does not name shares nothing under a withheld regime")
    void anUnknownPartnersWithheldDataIsFoundByNobody() throws IOException {
        Path file = Files.writeString(dir.resolve("sanctions.ftm.json"), SANCTIONS);
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "onbekend", "--partner", "ONBEKENDE_BRON",
                "--regime", "WPG_ART8", file.toString())).isZero();
        assertThat(gb("search", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "Dragomir Velkov")).isZero();
        assertThat(out.toString()).startsWith("0 hits");
    }

    @Test
    @DisplayName("issue 13: the same file under a withheld regime stays with its provider")
    void theSameFileUnderAWithheldRegimeIsNotFound() throws IOException {
        Path file = Files.writeString(dir.resolve("sanctions.ftm.json"), SANCTIONS);
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "gemeente-test", "--partner", "GEMEENTE_ROTTERDAM",
                "--regime", "AVG_BIBOB", file.toString())).isZero();
        assertThat(gb("search", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "Dragomir Velkov")).isZero();
        assertThat(out.toString()).startsWith("0 hits");
    }

    @Test
    @DisplayName("issue 13: the OpenSanctions sample imports as an open source and everyone finds its persons")
    void theOpenSanctionsSampleIsFound() {
        Path sample = Path.of("../../shared/data/ftm/opensanctions_wd_persons_sample.ftm.json");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "shared data present");
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "opensanctions-wd-persons", "--partner", "OPEN_BRONNEN",
                "--regime", "OPEN_SOURCE", "--reliability", "B2", sample.toString())).isZero();
        assertThat(gb("search", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "Fahd Hariri")).isZero();
        assertThat(out.toString()).doesNotStartWith("0 hits").contains("Fahd Hariri");
    }
}
