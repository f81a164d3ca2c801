package nl.gedeeldbeeld.resolve.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeJobTest {
    @TempDir
    Path dir;

    private final BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);

    @Test
    void aPartnersFileIsReadInAnyColumnOrderWithQuotesAndDutchDates() throws IOException {
        Path in = Files.writeString(dir.resolve("personen.csv"), String.join("\n",
                "surname,ref,birth_date,given_name,bsn,iban",
                "\"Berg, van den\",BVH-1,01-03-1970,Jan,123456782,",
                "Jansen,BVH-2,12 juni 1985,Piet,,NL91 ABNA 0417 1643 00", ""));
        List<PlainPerson> read = new ArrayList<>();
        assertThat(PlainPersonsFile.read(in, (p, line) -> read.add(p))).isEmpty();
        assertThat(read).containsExactly(
                new PlainPerson("BVH-1", "Jan", "Berg, van den", "19700301", List.of(new Identifier("bsn", "123456782"))),
                new PlainPerson("BVH-2", "Piet", "Jansen", "19850612", List.of(new Identifier("iban", "NL91ABNA0417164300"))));
    }

    @Test
    void badRecordsAreReportedAndSkippedAndTheRestEncoded() throws IOException {
        Path in = Files.writeString(dir.resolve("personen.csv"), String.join("\n",
                "ref,given_name,surname,birth_date,bsn",
                "BVH-1,Jan,van den Berg,1970-03-01,",
                "BVH-2,Piet,Jansen,31-02-1985,",
                "BVH-3,,Jansen,,",
                "BVH-4,Kees,\"de Vries,1960-01-01,",
                "BVH-5,Kees,de Vries",
                "BVH-1,Jan,Berg,1970-03-01,",
                "BVH-6,,,,123456782", ""));
        Path out = dir.resolve("encoded.csv");
        EncodeJob.Report report = EncodeJob.run(in, out, encoder, "POLITIE");
        assertThat(report.encoded()).isEqualTo(3);
        assertThat(report.skipped()).extracting(LineProblem::toString).containsExactly(
                "personen.csv: line 4: record 'BVH-3' has too little to match on: it needs a name with a birth date or an address, or an identifier",
                "personen.csv: line 5: a quote is not closed",
                "personen.csv: line 6: expected 5 fields, found 3",
                "personen.csv: line 7: reference 'BVH-1' occurs more than once; the repeat is skipped");
        assertThat(EncodingFile.read(out).encodings()).extracting(Encoding::ref).containsExactly("BVH-1", "BVH-2", "BVH-6");
    }

    @Test
    void aBirthDateTheCalendarDoesNotHaveIsKeptAsWrittenAndTheRecordStillEncoded() throws IOException {
        Path in = Files.writeString(dir.resolve("personen.csv"), String.join("\n",
                "ref,given_name,surname,birth_date,street,house_number,postcode,place",
                "BVH-1,Piet,Jansen,31-02-1985,Kerkstraat,12,3011 AB,Rotterdam",
                "BVH-2,Piet,Jansen,19870231,,,,",
                "BVH-3,Piet,Jansen,onbekend,Kerkstraat,12,3011 AB,Rotterdam", ""));
        List<PlainPerson> read = new ArrayList<>();
        assertThat(PlainPersonsFile.read(in, (p, line) -> read.add(p))).isEmpty();
        assertThat(read).extracting(PlainPerson::birthDate).containsExactly("19850231", "19870231", "");
        assertThat(read.get(0).address()).isEqualTo(new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam"));
        assertThat(read).allSatisfy(p -> assertThat(encoder.encode(p).clk().cardinality()).as(p.ref()).isPositive());
    }

    @Test
    void anUnknownOrMissingColumnIsRefusedBeforeAnythingIsEncoded() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.csv"), "ref,given_name,surname,birth_date,bns\n");
        assertThatThrownBy(() -> EncodeJob.run(typo, dir.resolve("o.csv"), encoder, "POLITIE")).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("typo.csv: line 1: unknown column 'bns'; known: birth_date, bsn, driving_licence");
        Path missing = Files.writeString(dir.resolve("missing.csv"), "ref,surname,birth_date\n");
        assertThatThrownBy(() -> EncodeJob.run(missing, dir.resolve("o.csv"), encoder, "POLITIE")).isInstanceOf(UserInputException.class)
                .hasMessage("missing.csv: line 1: missing column 'given_name'; required: ref, given_name, surname, birth_date");
    }
}
