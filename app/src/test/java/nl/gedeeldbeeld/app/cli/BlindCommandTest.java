package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindCommandTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;
    private final StringWriter err = console.err;

    private int gb(String... args) {
        return console.run(args);
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void twoPartnersEncodeWithTheirSecretAndThePlatformTellsEachOnlyItsOwnHits() throws IOException {
        Files.writeString(dir.resolve("secret"), "shared-by-politie-and-gemeente-only-0123456789\n");
        Files.writeString(dir.resolve("politie.csv"), String.join("\n",
                "ref,given_name,surname,birth_date,bsn",
                "BVH-1,Jan,van den Berg,1970-03-01,",
                "BVH-2,Fatima,El Amrani,15-07-1990,",
                "BVH-3,Piet,Jansen,1985-06-12,123456782", ""));
        Files.writeString(dir.resolve("gemeente.csv"), String.join("\n",
                "surname,ref,given_name,birth_date,bsn",
                "\"Berg, van den\",BTR-9,J.,01-03-1970,",
                "de Vries,BTR-8,Kees,1960-01-01,",
                "Jansen-Smit,BTR-7,Pieter,,123 456 782", ""));
        assertThat(gb("blind", "encode", "--secret-file", p("secret"), "--partner", "POLITIE", "--in", p("politie.csv"), "--out", p("politie.enc.csv"))).isZero();
        assertThat(gb("blind", "encode", "--secret-file", p("secret"), "--partner", "GEMEENTE_ROTTERDAM", "--in", p("gemeente.csv"), "--out", p("gemeente.enc.csv"))).as(err::toString).isZero();
        assertThat(out.toString()).contains("3 records of politie.csv encoded", "3 records of gemeente.csv encoded");
        assertThat(Files.readString(dir.resolve("politie.enc.csv"))).doesNotContain("Berg", "Jansen", "1970", "123456782", "shared-by");

        out.getBuffer().setLength(0);
        assertThat(gb("blind", "match", "--left", p("politie.enc.csv"), "--right", p("gemeente.enc.csv"), "--out", p("hits.csv"))).isZero();
        assertThat(out.toString()).startsWith("2 hits between POLITIE (3 records) and GEMEENTE_ROTTERDAM (3 records) at Dice 0.88");
        assertThat(Files.readAllLines(dir.resolve("hits-for-POLITIE.csv"))).containsExactly("hit,ref,known_at,basis",
                "hit-000001,BVH-1,GEMEENTE_ROTTERDAM,similarity", "hit-000002,BVH-3,GEMEENTE_ROTTERDAM,identifier");
        assertThat(Files.readAllLines(dir.resolve("hits-for-GEMEENTE_ROTTERDAM.csv"))).containsExactly("hit,ref,known_at,basis",
                "hit-000001,BTR-9,POLITIE,similarity", "hit-000002,BTR-7,POLITIE,identifier");
        assertThat(Files.readString(dir.resolve("hits.csv"))).contains("hit-000001,POLITIE,BVH-1,GEMEENTE_ROTTERDAM,BTR-9,similarity,");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badRecordsAreReportedOneALineAndTheRestIsEncoded() throws IOException {
        Files.writeString(dir.resolve("secret"), "shared-by-politie-and-gemeente-only-0123456789");
        Files.writeString(dir.resolve("in.csv"), String.join("\n",
                "ref,given_name,surname,birth_date",
                "BVH-1,Jan,van den Berg,1970-03-01",
                "BVH-2,Piet,Jansen,31-02-1985",
                "BVH-3,Kees", ""));
        assertThat(gb("blind", "encode", "--secret-file", p("secret"), "--partner", "POLITIE", "--in", p("in.csv"), "--out", p("enc.csv"))).isEqualTo(1);
        assertThat(out.toString()).as("a birth date the calendar lacks is encoded as written, not refused")
                .startsWith("2 records of in.csv encoded into");
        assertThat(err.toString().lines().toList()).containsExactly("in.csv: line 4: expected 4 fields, found 2");
    }

    @Test
    void aFileThatIsNotAnEncodingFileOrAShortSecretIsOneClearLineAndExitTwo() throws IOException {
        Files.writeString(dir.resolve("secret"), "too short");
        Files.writeString(dir.resolve("in.csv"), "ref,given_name,surname,birth_date\n");
        assertThat(gb("blind", "encode", "--secret-file", p("secret"), "--partner", "POLITIE", "--in", p("in.csv"), "--out", p("enc.csv")))
                .isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString().startsWith("gb: ").contains("use at least 32 random bytes");

        err.getBuffer().setLength(0);
        assertThat(gb("blind", "match", "--left", p("in.csv"), "--right", p("in.csv"), "--out", p("hits.csv"))).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).isEqualTo("gb: in.csv: line 1: not a blind encoding file: the first line must start with '#gb-blind '\n");
    }
}
