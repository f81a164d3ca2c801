package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gb analyse} on the store: FIOD's data (two persons, a company, an ownership, two accounts and a
 * payment) answers FIOD's investigator with explanations and the police investigator with nothing.
 */
class AnalyseStoreCommandsTest {
    private static final String FIOD = "rechercheur-fiod";
    private static final String POLICE = "rechercheur-politie";
    private static final String PURPOSE = "STRAFRECHTELIJK_ONDERZOEK";

    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;
    private final StringWriter err = console.err;
    private String store;

    /** The id the store gave a record: made under the store's key, so only the store can say. */
    private String idInStore(String dataset, String sourceId) {
        try (var opened = nl.gedeeldbeeld.store.StoreFactory.openStore(nl.gedeeldbeeld.store.StoreConfig.embedded(Path.of(store)))) {
            return opened.entityIds().id(dataset, sourceId);
        }
    }

    private int gb(String... args) {
        return console.run(args);
    }

    @BeforeEach
    void load() throws IOException {
        Path file = Files.writeString(dir.resolve("fiod.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan Jansen\"]}}",
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Piet Jansen\"]}}",
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Jansen Holding BV\"]}}",
                "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"percentage\":[\"60\"]}}",
                "{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p2\"],\"asset\":[\"c1\"],\"percentage\":[\"40\"]}}",
                "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164300\"]}}",
                "{\"id\":\"a2\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL20INGB0001234567\"]}}",
                "{\"id\":\"t1\",\"schema\":\"Payment\",\"properties\":{\"payerAccount\":[\"a1\"],\"beneficiaryAccount\":[\"a2\"],"
                        + "\"amount\":[\"2500\"],\"currency\":[\"EUR\"],\"date\":[\"2024-02-01\"]}}", ""));
        store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "fiod", "--partner", "FIOD", "--regime", "WPG_ART8",
                file.toString())).isZero();
        out.getBuffer().setLength(0);
    }

    @Test
    void keyPlayersAreExplainedToWhoMaySeeTheDataAndAbsentForWhoMayNot() {
        assertThat(gb("analyse", "key-players", "--store", store, "--as", FIOD, "--purpose", PURPOSE, "--top", "2",
                "--k", "1")).isZero();
        assertThat(out.toString()).contains("weergave: 3 partijen, 2 verbanden", "1. ", "Jansen Holding BV",
                "rang 1 van 3", "Ownership 2", "KPP-Neg");
        out.getBuffer().setLength(0);

        assertThat(gb("analyse", "key-players", "--store", store, "--as", POLICE, "--purpose", PURPOSE)).isZero();
        assertThat(out.toString()).contains("weergave: 0 partijen").doesNotContain("Jansen");
    }

    @Test
    void moneyAndOwnershipAnswersComeWithTheirReasons() {
        assertThat(gb("analyse", "trace", "--store", store, "--as", FIOD, "--purpose", PURPOSE,
                "--account", "NL91ABNA0417164300")).isZero();
        assertThat(out.toString()).contains("FORWARD NL91ABNA0417164300 (FIFO): 2500.00 euro gevolgd",
                "NL20INGB0001234567: 2500.00 euro");
        out.getBuffer().setLength(0);
        assertThat(gb("analyse", "alerts", "--store", store, "--as", FIOD, "--purpose", PURPOSE)).isZero();
        assertThat(out.toString()).contains("1 betalingen tussen 2 rekeningen; 0 signalen");
        out.getBuffer().setLength(0);
        assertThat(gb("analyse", "ubo", "--store", store, "--as", FIOD, "--purpose", PURPOSE, "--company",
                idInStore("fiod", "c1"))).isZero();
        assertThat(out.toString()).contains("60");
    }

    @Test
    void userMistakesAreOneLineAndExitTwo() {
        assertThat(gb("analyse", "trace", "--store", store, "--as", POLICE, "--purpose", PURPOSE,
                "--account", "NL91ABNA0417164300")).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("has no payments you may see").doesNotContain("Exception");
        assertThat(gb("analyse", "alerts", "--store", store, "--as", FIOD, "--purpose", PURPOSE, "--typology", "smurf"))
                .isEqualTo(Gb.USER_ERROR);
        assertThat(gb("analyse", "trace", "--store", store, "--as", FIOD, "--purpose", PURPOSE, "--account", "x",
                "--allocation", "random")).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("--allocation must be one of [fifo, lifo, proportional]");
    }
}
