package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, deliverable 7: {@code --policy FILE} takes effect on every command that reads or writes as a user.
 * The store holds FIOD's records; the bundled demo catalogue shares none of them with the police for thematic
 * analysis, and knows no FIOD analyst. The catalogue in {@code policy.yml} is the demo one plus exactly that
 * agreement and that user, so every difference below is the option's doing.
 */
class PolicyOptionTest {
    private static final String ANALYST = "analist-politie";
    private static final String PURPOSE = "THEMATISCHE_ANALYSE";
    private static final String FIOD_ANALYST = "analist-fiod";

    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;
    private final StringWriter err = console.err;
    private String store;
    private String policy;

    private int gb(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return console.run(args);
    }

    @BeforeEach
    void load() throws IOException {
        Path file = Files.writeString(dir.resolve("fiod.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan Jansen\"],\"birthDate\":[\"1970-01-01\"]}}",
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan Janssen\"],\"birthDate\":[\"1970-01-01\"]}}",
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Jansen Holding BV\"]}}",
                "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"percentage\":[\"60\"]}}",
                "{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p2\"],\"asset\":[\"c1\"],\"percentage\":[\"40\"]}}", ""));
        store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "fiod", "--partner", "FIOD", "--regime", "WPG_ART8",
                file.toString())).isZero();
        policy = Files.writeString(dir.resolve("policy.yml"), demoPlus(
                "  - {id: " + FIOD_ANALYST + ", name: \"Analist FIOD\", organisation: FIOD, unit: FIOD-RTM, roles: [analist]}\n",
                """
                  - id: fiod-politie-analyse
                    version: 1
                    title: "FIOD-gegevens voor thematische analyse door de politie (test)"
                    basis: "test"
                    validFrom: 2024-01-01
                    providers: [FIOD]
                    regimes: [WPG_ART8]
                    recipients: [POLITIE]
                    purposes: [THEMATISCHE_ANALYSE]
                    schemata: [Thing, Interval]
                """)).toString();
    }

    /** The bundled demo catalogue with one user and one agreement more. */
    static String demoPlus(String user, String agreement) throws IOException {
        String demo;
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream("/nl/gedeeldbeeld/policy/demo-policy.yml")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(demo).contains("\nusers:\n", "\nagreements:\n");
        return demo.replace("\nusers:\n", "\nusers:\n" + user).replace("\nagreements:\n", "\nagreements:\n" + agreement);
    }

    @Test
    @DisplayName("issue 13: --policy takes effect on gb search")
    void searchReadsUnderTheGivenPolicy() {
        assertThat(gb("search", "--store", store, "--as", ANALYST, "--purpose", PURPOSE, "Jansen")).isZero();
        assertThat(out.toString()).startsWith("0 hits");

        assertThat(gb("search", "--store", store, "--as", ANALYST, "--purpose", PURPOSE, "--policy", policy, "Jansen")).isZero();
        assertThat(out.toString()).doesNotStartWith("0 hits").contains("Jan Jansen", "[name; fiod]");
    }

    @Test
    @DisplayName("issue 13: --policy takes effect on gb analyse (key-players, fronts, ubo)")
    void analysesReadUnderTheGivenPolicy() {
        assertThat(gb("analyse", "key-players", "--store", store, "--as", ANALYST, "--purpose", PURPOSE)).isZero();
        assertThat(out.toString()).contains("weergave: 0 partijen").doesNotContain("Jansen");

        assertThat(gb("analyse", "key-players", "--store", store, "--as", ANALYST, "--purpose", PURPOSE,
                "--policy", policy)).isZero();
        assertThat(out.toString()).contains("weergave: 3 partijen", "Jansen Holding BV");
    }

    @Test
    @DisplayName("issue 13: --policy takes effect on gb resolve judge and gb resolve review")
    void judgingAndReviewingUseTheGivenPolicy() {
        List<String> ids = personIds();
        String[] judge = {"resolve", "judge", "--store", store, "--as", FIOD_ANALYST, "--purpose", PURPOSE,
                ids.get(0), ids.get(1), "UNSURE", "--reason", "zelfde geboortedatum"};
        assertThat(gb(judge)).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).isEqualTo("gb: unknown user '" + FIOD_ANALYST + "'\n");

        assertThat(gb(withPolicy(judge))).isZero();
        assertThat(out.toString()).startsWith("recorded UNSURE");

        String[] review = {"resolve", "review", "--store", store, "--as", ANALYST, "--purpose", PURPOSE};
        assertThat(gb(review)).isZero();
        assertThat(out.toString()).startsWith("0 pairs to review");
        assertThat(gb(withPolicy(review))).isZero();
        assertThat(out.toString()).startsWith("1 pair to review").contains("Jan Jansen", "Jan Janssen");
    }

    @Test
    @DisplayName("issue 13: a bad --policy file is one line and exit 2, before anything is read")
    void aBadPolicyFileIsOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), Files.readString(Path.of(policy))
                .replace("recipients: [POLITIE]", "recipients: [POLITIE, ONBEKEND]"));
        assertThat(gb("search", "--store", store, "--as", ANALYST, "--purpose", PURPOSE, "--policy", bad.toString(),
                "Jansen")).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString().lines().toList()).containsExactly("gb: " + bad + ": agreement 'fiod-politie-analyse' v1: "
                + "unknown organisation 'ONBEKEND' in recipients; known: DOUANE, FIOD, FIU, GEMEENTE_ROTTERDAM, "
                + "HAVENBEDRIJF, KMAR, OM, OPEN_BRONNEN, POLITIE, RIEC_RR");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void serveRefusesABadPolicyFileBeforeTheApplicationStarts() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), "organisations: []\nagreements: x\n");
        assertThat(gb("serve", "--store", store, "--port", "0", "--policy", bad.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).startsWith("gb: " + bad + ": ").hasLineCount(1);
        assertThat(ServeCommand.serving()).isFalse();
    }

    @Test
    void theAuditQuestionsKnowTheOfficersOfTheGivenPolicy() throws IOException {
        Path file = Files.writeString(dir.resolve("officer.yml"), demoPlus(
                "  - {id: fg-fiod, name: \"FG FIOD\", organisation: FIOD, roles: [privacy-officer]}\n", ""));
        String log = dir.resolve("data/audit/audit.log").toString();
        assertThat(gb("audit", "lookups", "--as", "fg-fiod", "--entity", "x", "--log", log)).isEqualTo(Gb.USER_ERROR);
        assertThat(gb("audit", "lookups", "--as", "fg-fiod", "--entity", "x", "--log", log, "--policy", file.toString())).isZero();
        assertThat(out.toString()).startsWith("0 viewers of x in FIOD");
    }

    private String[] withPolicy(String[] args) {
        String[] result = java.util.Arrays.copyOf(args, args.length + 2);
        result[args.length] = "--policy";
        result[args.length + 1] = policy;
        return result;
    }

    /** The entity ids of the two persons, as FIOD's own search shows them (ids are opaque: never computed here). */
    private List<String> personIds() {
        assertThat(gb("search", "--store", store, "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                "--schema", "Person", "Jan")).isZero();
        List<String> ids = out.toString().lines().skip(1).map(line -> line.substring(54).trim().split("\\s+")[0]).toList();
        assertThat(ids).hasSize(2);
        return ids;
    }
}
