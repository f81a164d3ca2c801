package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write rules on the command line: judgements that wait for the owner, and holds on own data only. */
class WriteCommandsTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private String store;

    private int gb(String... args) {
        console.out.getBuffer().setLength(0);
        console.err.getBuffer().setLength(0);
        return console.run(args);
    }

    @BeforeEach
    void importTwoPartners() throws IOException {
        store = dir.resolve("data").toString();
        Path police = Files.writeString(dir.resolve("politie.ftm.json"),
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan van der Berg\"]}}\n");
        Path fiod = Files.writeString(dir.resolve("fiod.ftm.json"),
                "{\"id\":\"f1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"J. van der Berg\"]}}\n");
        assertThat(gb("ingest", "--store", store, "--dataset", "politie-bvh", "--partner", "POLITIE", "--regime", "WPG_ART8",
                police.toString())).isZero();
        assertThat(gb("ingest", "--store", store, "--dataset", "fiod-onderzoek", "--partner", "FIOD", "--regime", "WPG_ART8",
                fiod.toString())).isZero();
    }

    /** The store's opaque id of a record: ids are keyed per store, so the test asks the store it imported into. */
    private String id(String dataset, String sourceId) {
        try (var opened = nl.gedeeldbeeld.store.StoreFactory.openStore(
                nl.gedeeldbeeld.store.StoreConfig.embedded(java.nio.file.Path.of(store)))) {
            return opened.entityIds().id(dataset, sourceId);
        }
    }

    @Test
    void aJudgementOnAnotherPartnersRecordWaitsUntilTheOwnerConsentsOnTheCommandLine() {
        String p1 = id("politie-bvh", "p1");
        String f1 = id("fiod-onderzoek", "f1");

        assertThat(gb("resolve", "judge", "--store", store, "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                p1, f1, "MATCH", "--reason", "zelfde persoon")).isZero();
        Matcher pending = Pattern.compile("waits for the consent of POLITIE \\(id ([0-9a-f-]+)\\)").matcher(console.out.toString());
        assertThat(pending.find()).as(console.out.toString()).isTrue();
        String id = pending.group(1);

        assertThat(gb("resolve", "pending", "--store", store, "--as", "rechercheur-politie", "--purpose",
                "STRAFRECHTELIJK_ONDERZOEK")).isZero();
        assertThat(console.out.toString()).startsWith("1 judgement waiting for POLITIE").contains(id, "by rechercheur-fiod (FIOD)");
        assertThat(gb("resolve", "answer", "--store", store, "--as", "rechercheur-politie", "--purpose",
                "STRAFRECHTELIJK_ONDERZOEK", id, "--consent")).isZero();
        assertThat(console.out.toString()).isEqualTo("judgement " + id + ": APPLIED\n");
        assertThat(gb("resolve", "answer", "--store", store, "--as", "rechercheur-politie", "--purpose",
                "STRAFRECHTELIJK_ONDERZOEK", id, "--refuse")).isEqualTo(Gb.USER_ERROR);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 18: gb resolve pending names FIOD's record as 'een record van FIOD', not by its id,"
            + " and the owner answers by the judgement's reference")
    void thePendingQueueOnTheCommandLineNamesTheForeignRecordByItsOrganisationOnly() {
        String p1 = id("politie-bvh", "p1");
        String f1 = id("fiod-onderzoek", "f1");
        assertThat(gb("resolve", "judge", "--store", store, "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                p1, f1, "MATCH", "--reason", "zelfde persoon als J. van der Berg")).isZero();
        Matcher pending = Pattern.compile("\\(id ([0-9a-f-]+)\\)").matcher(console.out.toString());
        assertThat(pending.find()).as(console.out.toString()).isTrue();
        String reference = pending.group(1);

        assertThat(gb("resolve", "pending", "--store", store, "--as", "rechercheur-politie", "--purpose",
                "STRAFRECHTELIJK_ONDERZOEK")).isZero();
        String queue = console.out.toString();
        assertThat(queue).contains(reference, "Jan van der Berg", "een record van FIOD")
                .doesNotContain(f1, "J. van der Berg");
        assertThat(gb("resolve", "answer", "--store", store, "--as", "rechercheur-politie", "--purpose",
                "STRAFRECHTELIJK_ONDERZOEK", reference, "--refuse")).isZero();
        assertThat(console.out.toString()).isEqualTo("judgement " + reference + ": REFUSED\n");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 7: on the command line too, an officer holds only the own organisation's data")
    void anOfficerHoldsOnlyTheOwnOrganisationsDatasetOnTheCommandLine() {
        assertThat(gb("retention", "hold", "--store", store, "--as", "privacy-officer", "--purpose", "VERANTWOORDING",
                "--dataset", "fiod-onderzoek", "--reason", "procedure")).isEqualTo(Gb.USER_ERROR);
        assertThat(console.err.toString().lines().toList()).singleElement().asString().contains("bewaarplicht-eigen-gegevens");

        assertThat(gb("retention", "hold", "--store", store, "--as", "privacy-officer", "--purpose", "VERANTWOORDING",
                "--dataset", "politie-bvh", "--reason", "procedure")).isZero();
        assertThat(console.out.toString()).startsWith("Legal hold ").contains("DATASET politie-bvh");
    }
}
