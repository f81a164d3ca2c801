package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gb ingest} of goAML XML, end to end on the embedded store. */
class IngestGoamlCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int gb(String... args) {
        CommandLine cli = Gb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String report(String number, String amount) {
        return """
                <report><rentity_id>1001</rentity_id><submission_code>E</submission_code><report_code>UTR</report_code>
                <entity_reference>OT-%s</entity_reference><submission_date>2024-03-05T09:12:00</submission_date>
                <currency_code_local>EUR</currency_code_local><reason>Contant net onder de drempel</reason>
                <transaction><transactionnumber>%s</transactionnumber><date_transaction>2024-03-01T10:00:00</date_transaction>
                <amount_local>%s</amount_local>
                <t_from><from_person><first_name>Jan</first_name><last_name>Jansen</last_name></from_person></t_from>
                <t_to_my_client><to_account><iban>NL91ABNA0417164300</iban></to_account></t_to_my_client></transaction>
                </report>
                """.formatted(number, number, amount);
    }

    @Test
    void aGoamlFileIsToldByItsExtensionItsBadReportIsOneLineAndASecondRunChangesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("meldingen.xml"),
                "<?xml version=\"1.0\"?>\n<reports>\n" + report("T1", "9800.00") + report("T2", "9.800,00") + "</reports>\n");
        String store = dir.resolve("data").toString();
        String[] args = {"ingest", "--store", store, "--dataset", "fiu-ot", "--partner", "FIU", "--regime", "WWFT",
                "--reliability", "B2", file.toString()};

        assertThat(gb(args)).isEqualTo(1);
        // Report 1: a Note (id, name, createdAt, publisher, keywords, description, entity: 7), a Payment (id,
        // transactionNumber, date, amount, currency, description, payer, beneficiaryAccount: 8), a Person (id, name,
        // firstName, lastName: 4) and a BankAccount (id, iban: 2) — 21 statements.
        assertThat(out.toString()).isEqualTo("meldingen.xml: 2 records, 1 refused, 21 new statements, 0 seen again; "
                + "values: 0 kept as text (not normalised), 0 in quarantine\n");
        assertThat(err.toString()).isEqualTo("meldingen.xml: line 11: report 2: transaction 1 (T2): amount_local "
                + "'9.800,00' is not a decimal number such as 1250.00 (goAML writes a point before the cents and no "
                + "thousands separator)\n");

        out.getBuffer().setLength(0);
        assertThat(gb("search", "--store", store, "--as", "fiu-analist", "--purpose", "THEMATISCHE_ANALYSE",
                "NL91 ABNA 0417 1643 00")).isZero();
        assertThat(out.toString()).startsWith("1 hit");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(gb(args)).isZero();
        assertThat(out.toString()).contains("meldingen.xml: already imported");
    }

    @Test
    void anExplicitFormatReadsGoamlWhateverTheFileIsCalledAndAMappingIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("meldingen.dat"), report("T1", "1.00"));
        Path mapping = Files.writeString(dir.resolve("m.yml"), "entities: {}\n");
        String store = dir.resolve("data").toString();

        assertThat(gb("ingest", "--store", store, "--dataset", "fiu-ot", "--partner", "FIU", "--regime", "WWFT",
                "--format", "goaml", file.toString())).isZero();
        assertThat(out.toString()).startsWith("meldingen.dat: 1 records, ");

        err.getBuffer().setLength(0);
        assertThat(gb("ingest", "--store", store, "--dataset", "fiu-ot", "--partner", "FIU", "--regime", "WWFT",
                "--format", "goaml", "--mapping", mapping.toString(), file.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).isEqualTo("gb: a mapping applies to CSV and TSV files only, not to goAML XML\n");
    }

    @Test
    void aDtdIsRefusedAsAUserMistakeWithoutAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + report("T1", "1.00"));

        assertThat(gb("ingest", "--store", dir.resolve("data").toString(), "--dataset", "fiu-ot", "--partner", "FIU",
                "--regime", "WWFT", file.toString())).isEqualTo(1);
        // A file that fails whole is reported as its summary line, like a missing file.
        assertThat(out.toString()).isEqualTo("xxe.xml: line 2: the file declares a DTD (<!DOCTYPE …>); goAML files have "
                + "none, and DTDs are refused because their entities can make a parser read other files or expand "
                + "without bound\n");
        assertThat(err.toString()).isEmpty();
    }
}
