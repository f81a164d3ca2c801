package nl.gedeeldbeeld.resolve.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingFileTest {
    @TempDir
    Path dir;

    private final BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);

    private Encoding jan() {
        return encoder.encode(new PlainPerson("BVH-1", "Jan", "van den Berg", "19700301", List.of(new Identifier("bsn", "123456782"))));
    }

    @Test
    void whatIsWrittenReadsBackTheSameAndHoldsNoPlaintext() throws IOException {
        Path file = dir.resolve("politie.csv");
        try (EncodingFile.Writer w = EncodingFile.write(file, encoder.header("POLITIE"))) {
            w.add(jan());
        }
        EncodingFile read = EncodingFile.read(file);
        assertThat(read.header()).isEqualTo(encoder.header("POLITIE"));
        assertThat(read.encodings()).containsExactly(jan());
        assertThat(read.problems()).isEmpty();
        String text = Files.readString(file);
        assertThat(text.toLowerCase()).doesNotContain("berg", "jan,", "1970", "123456782", "test-secret");
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("#gb-blind version=4 partner=POLITIE bits=1024 k-name=20 k-date=100 hardening=balanced");
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
        Encoding jan = jan();
        String good = "BVH-1," + jan.clk().toBase64() + ",gisymd," + jan.identifierHashes().get(0) + "," + String.join(";", jan.nearHashes());
        String shortFilter = "BVH-2," + java.util.Base64.getEncoder().encodeToString(new byte[64]) + ",gsy,,";
        Path file = Files.writeString(dir.resolve("p.csv"), String.join("\n", encoder.header("POLITIE").toLine(),
                EncodingFile.COLUMNS, good, "BVH-3,only-two-fields", shortFilter, "BVH-4," + jan.clk().toBase64() + ",gsy,not-a-hash,",
                "", good, "BVH-5,%%%,,,", "BVH-6," + jan.clk().toBase64() + ",gsy,," + "short",
                "BVH-7," + jan.clk().toBase64() + ",gsyy,,", "BVH-8," + jan.clk().toBase64() + ",gsx,,", ""));
        EncodingFile read = EncodingFile.read(file);
        assertThat(read.encodings()).extracting(Encoding::ref).containsExactly("BVH-1");
        assertThat(read.problems()).extracting(LineProblem::toString).containsExactly(
                "p.csv: line 4: expected 5 fields (ref,clk,present,identifiers,near_identifiers), found 2",
                "p.csv: line 5: the filter has 512 bits, the header says 2048",
                "p.csv: line 6: identifier and near-identifier hashes must be 22 base64url characters each, separated by ';'",
                "p.csv: line 8: reference 'BVH-1' occurs more than once; the repeat is skipped",
                "p.csv: line 9: the filter is not base64",
                "p.csv: line 10: identifier and near-identifier hashes must be 22 base64url characters each, separated by ';'",
                "p.csv: line 11: present must be letters of gisymdthpl, each at most once, not 'gsyy'",
                "p.csv: line 12: present must be letters of gisymdthpl, each at most once, not 'gsx'");
    }

    @Test
    void aFileWithoutItsHeaderIsRefusedWhole() throws IOException {
        Path plain = Files.writeString(dir.resolve("personen.csv"), "ref,given_name,surname,birth_date\nBVH-1,Jan,Berg,1970-03-01\n");
        assertThatThrownBy(() -> EncodingFile.read(plain)).isInstanceOf(UserInputException.class)
                .hasMessage("personen.csv: line 1: not a blind encoding file: the first line must start with '#gb-blind '");
        Path odd = Files.writeString(dir.resolve("odd.csv"), encoder.header("POLITIE").toLine().replace("bits=1024", "bits=1000") + "\n");
        assertThatThrownBy(() -> EncodingFile.read(odd)).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("odd.csv: line 1: bits must be a multiple of 64");
        Path noColumns = Files.writeString(dir.resolve("nocols.csv"), encoder.header("POLITIE").toLine() + "\nref,clk\n");
        assertThatThrownBy(() -> EncodingFile.read(noColumns)).isInstanceOf(UserInputException.class)
                .hasMessage("nocols.csv: line 2: expected the columns 'ref,clk,present,identifiers,near_identifiers', found 'ref,clk'");
    }

    @Test
    void aFileOfAnEarlierEncodingVersionIsRefusedWithWhatToDo() throws IOException {
        Path old = Files.writeString(dir.resolve("oud.csv"), encoder.header("POLITIE").toLine().replace("version=4", "version=2")
                + "\nref,clk,identifiers\n");
        assertThatThrownBy(() -> EncodingFile.read(old)).isInstanceOf(UserInputException.class)
                .hasMessage("oud.csv: line 1: encoding version 2 is not supported (this build encodes version 4);"
                        + " the partner must encode the file again with this build");
    }

    @Test
    void aVersion3FileWithoutPresenceIsRefusedWithWhatToDo() throws IOException {
        Encoding jan = jan();
        Path v3 = Files.writeString(dir.resolve("v3.csv"), encoder.header("POLITIE").toLine().replace("version=4", "version=3")
                + "\nref,clk,identifiers,near_identifiers\nBVH-1," + jan.clk().toBase64() + ",,\n");
        assertThatThrownBy(() -> EncodingFile.read(v3)).isInstanceOf(UserInputException.class)
                .hasMessage("v3.csv: line 1: encoding version 3 is not supported (this build encodes version 4);"
                        + " the partner must encode the file again with this build");
    }

    @Test
    void whichFieldsEachRecordHasRoundTripsThroughTheFile() throws IOException {
        Encoding full = encoder.encode(new PlainPerson("full", "Jan", "Berg", "19700301",
                new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam"), List.of()));
        Encoding partial = encoder.encode(new PlainPerson("partial", "J.", "Berg", "1970",
                new PlainAddress("", "", "3011 AB", ""), List.of()));
        Encoding empty = encoder.encode(new PlainPerson("empty", "", "", "", List.of(new Identifier("bsn", "123456782"))));
        Path file = dir.resolve("politie.csv");
        try (EncodingFile.Writer w = EncodingFile.write(file, encoder.header("POLITIE"))) {
            w.add(full);
            w.add(partial);
            w.add(empty);
        }
        EncodingFile read = EncodingFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.encodings()).containsExactly(full, partial, empty);
        assertThat(read.encodings()).extracting(e -> e.present().code()).containsExactly("gisymdthpl", "isyp", "");
        assertThat(Files.readString(file).lines().skip(2).map(l -> l.split(",", -1)[2]))
                .containsExactly("gisymdthpl", "isyp", "");
    }
}
