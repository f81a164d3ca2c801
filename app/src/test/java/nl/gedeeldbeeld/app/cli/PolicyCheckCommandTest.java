package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, deliverable 7: {@code gb policy check FILE} validates a catalogue: exit 0, or 2 with one line. */
class PolicyCheckCommandTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();

    private Path demoCopy() throws IOException {
        return Files.writeString(dir.resolve("policy.yml"), PolicyOptionTest.demoPlus("", ""));
    }

    @Test
    @DisplayName("issue 13: gb policy check accepts the demo catalogue and says what it holds")
    void aGoodCatalogueIsValid() throws IOException {
        Path file = demoCopy();
        assertThat(console.run("policy", "check", file.toString(), "--on", "2025-06-02")).isZero();
        assertThat(console.err.toString()).isEmpty();
        PolicyCatalogue demo = PolicyCatalogue.demo();
        assertThat(console.out.toString().lines().toList()).containsExactly(
                file + ": valid — " + demo.organisations().size() + " organisations, " + demo.users().size() + " users, "
                        + demo.purposes().size() + " purposes, " + demo.roles().size() + " roles, " + demo.agreements().size()
                        + " agreement versions (" + demo.agreementsOn(LocalDate.of(2025, 6, 2)).size() + " in force on 2025-06-02)",
                file + ": open-bronnen v1 grants OPEN_SOURCE to all (providers, purposes, recipients)");
    }

    @Test
    @DisplayName("issue 13: gb policy check refuses 'all' on a withheld regime in one line, exit 2")
    void aWildcardOnAWithheldRegimeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yml"), Files.readString(demoCopy())
                .replace("regimes: [OPEN_SOURCE]", "regimes: [OPEN_SOURCE, WPG_ART8]"));
        assertThat(console.run("policy", "check", file.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(console.out.toString()).isEmpty();
        assertThat(console.err.toString().lines().toList()).containsExactly("gb: " + file + ": agreement 'open-bronnen' v1: "
                + "'providers: all, purposes: all, recipients: all' may only share public regimes (holder ANY, "
                + "onwardSharing [ANY]), and WPG_ART8 is not public; list the providers, purposes and recipients by name");
    }

    @Test
    void otherMistakesAreOneLineToo() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yml"), Files.readString(demoCopy()).replace("    recipients: [DOUANE]\n",
                "    recipient: [DOUANE]\n"));
        assertThat(console.run("policy", "check", typo.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(console.err.toString()).startsWith("gb: " + typo + ": agreement 'haven-douane' v1: unknown field 'recipient'");

        Path yaml = Files.writeString(dir.resolve("yaml.yml"), "organisations:\n  - code: [\n users: x: y\n");
        console.err.getBuffer().setLength(0);
        assertThat(console.run("policy", "check", yaml.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(console.err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("gb: " + yaml + ": not valid YAML: ");

        console.err.getBuffer().setLength(0);
        assertThat(console.run("policy", "check", dir.resolve("missing.yml").toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(console.err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("gb: cannot read policy file " + dir.resolve("missing.yml"));
    }

    @Test
    void showPrintsTheGivenCatalogue() throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yml"), PolicyOptionTest.demoPlus(
                "  - {id: analist-fiod, name: \"Analist FIOD\", organisation: FIOD, roles: [analist]}\n", ""));
        assertThat(console.run("policy", "show", "--policy", file.toString())).isZero();
        assertThat(console.out.toString()).contains("analist-fiod — FIOD", "all organisations [OPEN_SOURCE] → all organisations for all purposes");
    }
}
