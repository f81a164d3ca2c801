package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.BAD_IBAN;
import static nl.gedeeldbeeld.ingest.TestSupport.VALID_IBAN;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.request;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    static final String MAPPING = """
            entities:
              persoon:
                schema: Person
                keys: [relatienummer]
                keyPrefix: "rel"
                properties:
                  firstName: voornaam
                  lastName: achternaam
                  name: [voornaam, tussenvoegsel, achternaam]
                  birthDate: geboortedatum
                  nationality: { literal: nl }
                  phone: { columns: [telefoon1, telefoon2], split: false }
              rekening:
                schema: BankAccount
                keys: [iban]
                properties:
                  iban: iban
              rekeninghouder:
                schema: Ownership
                keys: [relatienummer, iban]
                properties:
                  owner: { entity: persoon }
                  asset: { entity: rekening }
            """;
    static final String HEADER = "relatienummer,voornaam,tussenvoegsel,achternaam,geboortedatum,telefoon1,telefoon2,iban\n";

    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();
    private Path mapping;

    @BeforeEach
    void mapping() {
        mapping = write(dir, "relaties.yml", MAPPING);
    }

    private ImportReport importCsv(String name, String content) {
        Path file = write(dir, name, content);
        return importer(store).importFile(request(file).mapping(mapping).build(), file, ProgressListener.NONE);
    }

    private static String id(String sourceId) {
        return FakeStatementStore.IDS.id("test", sourceId);
    }

    @Test
    void eachRowYieldsAPersonABankAccountAndTheOwnershipBetweenThem() {
        ImportReport report = importCsv("relaties.csv", HEADER
                + "P1,Jan,de,Vries,23-04-1980,06 1234 5678,020-1234567," + VALID_IBAN + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(store.values("test", "rel:P1", "name")).containsExactly("Jan de Vries");
        assertThat(store.values("test", "rel:P1", "firstName")).containsExactly("Jan");
        assertThat(store.values("test", "rel:P1", "birthDate")).containsExactly("1980-04-23");
        assertThat(store.values("test", "rel:P1", "nationality")).containsExactly("nl");
        assertThat(store.values("test", "rel:P1", "phone")).containsExactlyInAnyOrder("+31612345678", "+31201234567");
        assertThat(store.values("test", VALID_IBAN, "iban")).containsExactly(VALID_IBAN);
        String ownership = "P1:" + VALID_IBAN;
        assertThat(store.values("test", ownership, "owner")).containsExactly(id("rel:P1"));
        assertThat(store.values("test", ownership, "asset")).containsExactly(id(VALID_IBAN));
        assertThat(store.countEntities()).isEqualTo(3);
    }

    @Test
    void aPersonWithoutAnAccountYieldsNeitherAccountNorOwnership() {
        ImportReport report = importCsv("relaties.csv", HEADER + "P2,Piet,,Jansen,19800423,,,\n");

        assertThat(report.problems()).isEmpty();
        assertThat(store.values("test", "rel:P2", "name")).containsExactly("Piet Jansen");
        assertThat(store.countEntities()).isEqualTo(1);
    }

    @Test
    void aMissingMappedColumnFailsTheWholeFileWithTheExactMessageAndImportsNothing() {
        Path file = write(dir, "personen.csv", "relatienummer,voornaam,tussenvoegsel,achternaam,telefoon1,telefoon2,iban\n"
                + "P1,Jan,de,Vries,,," + VALID_IBAN + "\n");
        ImportRequest request = request(file).mapping(mapping).build();

        assertThatThrownBy(() -> importer(store).importFile(request, file, ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessage("personen.csv: line 1: mapping entity 'persoon' refers to column 'geboortedatum', "
                        + "which the header does not have");
        List<ImportReport> reports = importer(store).importAll(request, ProgressListener.NONE);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.failed()).isTrue();
            assertThat(r.summary()).isEqualTo("personen.csv: line 1: mapping entity 'persoon' refers to column "
                    + "'geboortedatum', which the header does not have");
        });
        assertThat(store.runs()).isEmpty();
        assertThat(store.countStatements()).isZero();
    }

    @Test
    @DisplayName("rule 4: a row with a bad IBAN lands, the IBAN kept as text, not normalised, and reported")
    void aRowWithABadIbanLandsWithTheIbanKeptAsTextAndReported() {
        ImportReport report = importCsv("relaties.csv", HEADER
                + "P1,Jan,de,Vries,23-04-1980,,," + BAD_IBAN + "\n"
                + "P2,Piet,,Jansen,1980-04-23,,," + VALID_IBAN + "\n");

        assertThat(report.problems()).containsExactly("relaties.csv: line 2: rekening.iban 'NL91ABNA0417164301': IBAN "
                + "'NL91ABNA0417164301' fails its checksum (mod 97); check for a typing error; kept as text, not normalised");
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(store.values("test", "rel:P1", "name")).containsExactly("Jan de Vries");
        assertThat(store.values("test", "rel:P2", "name")).containsExactly("Piet Jansen");
        assertThat(store.quarantine(Optional.empty(), true)).isEmpty();
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsQuarantinedWithItsLineNumber() {
        ImportReport report = importCsv("relaties.csv", HEADER
                + "P1,Jan,de,Vries,23-04-1980,,\n"
                + "\"P2\",\"Piet\",,\"Jan\nsen\",1980,,,,extra\n"
                + "P3,Kees,,Bakker,1970,,,\n");

        assertThat(report.problems()).containsExactly(
                "relaties.csv: line 2: row has 7 columns, the header has 8",
                "relaties.csv: line 3: row has 9 columns, the header has 8");
        assertThat(store.values("test", "rel:P3", "birthDate")).containsExactly("1970");
    }

    @Test
    void aRowWithAnEmptyKeyIsQuarantined() {
        ImportReport report = importCsv("relaties.csv", HEADER + ",Jan,de,Vries,1980,,,\n");

        assertThat(report.problems()).containsExactly(
                "relaties.csv: line 2: row yields no entity: every key column is empty ('relatienummer', 'iban')");
    }

    @Test
    void aTruncatedLastRowIsQuarantinedAsSuch() {
        ImportReport report = importCsv("relaties.csv", HEADER + "P1,Jan,de,Vries,1980,,,\nP2,Pi");

        assertThat(report.problems()).containsExactly(
                "relaties.csv: line 3: truncated record at end of file (row has 2 of 8 columns)");
        assertThat(store.countEntities()).isEqualTo(1);
    }

    @Test
    void tsvFilesWorkWithTheSameMapping() {
        ImportReport report = importCsv("relaties.tsv", HEADER.replace(',', '\t')
                + "P1\tJan\tde\tVries\t23/04/1980\t\t\t" + VALID_IBAN + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(store.values("test", "rel:P1", "name")).containsExactly("Jan de Vries");
        assertThat(store.values("test", "rel:P1", "birthDate")).containsExactly("1980-04-23");
        assertThat(store.countEntities()).isEqualTo(3);
    }

    @Test
    void dutchDatesAndDecimalAmountsAreNormalised() {
        mapping = write(dir, "betalingen.yml", """
                delimiter: ";"
                entities:
                  betaling:
                    schema: Payment
                    keys: [transactie]
                    keyPrefix: tx
                    properties:
                      amount: bedrag
                      date: datum
                      currency: { literal: EUR }
                """);
        ImportReport report = importCsv("betalingen.csv", "transactie;bedrag;datum\n"
                + "T1;€ 1.234,56;3 mrt 2021\n"
                + "T2;12,5;23 april 1980\n"
                + "T3;veel;31-02-2021\n");

        assertThat(store.values("test", "tx:T1", "amount")).containsExactly("1234.56");
        assertThat(store.values("test", "tx:T1", "date")).containsExactly("2021-03-03");
        assertThat(store.values("test", "tx:T2", "amount")).containsExactly("12.5");
        assertThat(store.values("test", "tx:T2", "date")).containsExactly("1980-04-23");
        assertThat(report.problems()).containsExactly("betalingen.csv: line 4: betaling.amount 'veel': amount 'veel' is "
                + "not a number with an optional currency, e.g. € 1.234,56; kept as text, not normalised",
                "betalingen.csv: line 4: betaling.date '31-02-2021': date '31-02-2021' does not exist in the calendar; "
                        + "kept as text, not normalised");
        assertThat(store.values("test", "tx:T3", "amount")).containsExactly("veel");
    }

    @Test
    void aHeaderReadAsOneColumnHintsAtTheDelimiter() {
        Path file = write(dir, "relaties.csv", HEADER.replace(',', ';') + "P1;Jan;;Vries;1980;;;\n");

        assertThatThrownBy(() -> importer(store).importFile(request(file).mapping(mapping).build(), file, ProgressListener.NONE))
                .hasMessage("relaties.csv: line 1: mapping entity 'persoon' refers to column 'relatienummer', which the "
                        + "header does not have (and 7 more missing columns); the header was read as one column but "
                        + "contains ';', so check the format or delimiter in the mapping");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsFromSpreadsheetsAreHandled() {
        ImportReport report = importCsv("excel.csv", "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "P1,Jan,de,Vries,1980,,,\r\n");

        assertThat(report.problems()).isEmpty();
        assertThat(store.values("test", "rel:P1", "lastName")).containsExactly("Vries");
    }
}
