package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.BAD_IBAN;
import static nl.gedeeldbeeld.ingest.TestSupport.VALID_IBAN;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.request;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmJsonLinesImportTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    private static final String GOOD_PERSON = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan Jansen\"],\"birthDate\":[\"1980-04-23\"]}}";
    private static final String GOOD_ACCOUNT = "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"" + VALID_IBAN + "\"]}}";
    private static final String OWNERSHIP = "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"a1\"]}}";

    private ImportReport importLines(String name, String content, int batchSize) {
        Path file = write(dir, name, content);
        return importer(store).importFile(request(file).batchSize(batchSize).build(), file, ProgressListener.NONE);
    }

    @Test
    void aMalformedLineIsQuarantinedWithItsLineAndColumnAndTheGoodLinesOfTheBatchAreImported() {
        ImportReport report = importLines("malformed.ftm.json", GOOD_PERSON + "\n"
                + "{\"id\":\"p3\",\"schema\":\"Person\",}\n" + GOOD_ACCOUNT + "\n", 10);

        assertThat(report.problems()).containsExactly("malformed.ftm.json: line 2: malformed JSON: Unexpected character "
                + "('}' (code 125)): was expecting double-quote to start field name at column 30");
        assertThat(report.recordsRead()).isEqualTo(3);
        assertThat(report.recordsQuarantined()).isEqualTo(1);
        assertThat(report.statementsInserted()).isEqualTo(5);
        assertThat(store.values("test", "p1", "name")).containsExactly("Jan Jansen");
        assertThat(store.values("test", "p3", "id")).isEmpty();
        assertThat(store.quarantine(java.util.Optional.empty(), false)).singleElement()
                .satisfies(q -> assertThat(q.rawRecord()).isEqualTo("{\"id\":\"p3\",\"schema\":\"Person\",}"));
    }

    @Test
    void anUnknownSchemaIsQuarantinedWithTheSchemaName() {
        ImportReport report = importLines("schema.ftm.json", GOOD_PERSON + "\n"
                + "{\"id\":\"p2\",\"schema\":\"Persn\",\"properties\":{\"name\":[\"Piet\"]}}\n", 10);

        assertThat(report.problems()).containsExactly("schema.ftm.json: line 2: unknown schema 'Persn'");
        assertThat(store.values("test", "p2", "id")).isEmpty();
        assertThat(store.values("test", "p1", "id")).hasSize(1);
    }

    @Test
    void anInvalidIbanCostsTheEntityNothingItIsKeptAsTextNotNormalisedAndReported() {
        ImportReport report = importLines("iban.ftm.json", GOOD_ACCOUNT + "\n"
                + "{\"id\":\"a2\",\"schema\":\"BankAccount\",\"properties\":{\"accountNumber\":[\"417164301\"],\"iban\":[\"" + BAD_IBAN + "\"]}}\n"
                + GOOD_PERSON + "\n", 10);

        assertThat(report.problems()).containsExactly("iban.ftm.json: line 2: iban 'NL91ABNA0417164301': IBAN "
                + "'NL91ABNA0417164301' fails its checksum (mod 97); check for a typing error; kept as text, not normalised");
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(report.valuesNotNormalised()).isEqualTo(1);
        assertThat(store.values("test", "a2", "accountNumber")).containsExactly("417164301");
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("test", "a2")))
                .filteredOn(s -> s.property().equals("iban")).singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).isEqualTo(BAD_IBAN);
                    assertThat(s.notNormalised()).isTrue();
                });
        assertThat(store.quarantine(java.util.Optional.empty(), true)).isEmpty();
        assertThat(report.statementsInserted()).isEqualTo(2 + 3 + 3);
    }

    @Test
    void aRecordWithoutIdOrSchemaIsQuarantinedSayingWhatIsMissing() {
        ImportReport report = importLines("missing.ftm.json", "{\"schema\":\"Person\",\"properties\":{}}\n"
                + "{\"id\":\"x\",\"properties\":{}}\n", 10);

        assertThat(report.problems()).containsExactly("missing.ftm.json: line 1: record has no 'id'",
                "missing.ftm.json: line 2: record has no 'schema'");
    }

    @Test
    void aTruncatedLastLineIsQuarantinedAndEveryCompleteRecordBeforeItIsImported() {
        ImportReport report = importLines("cut.ftm.json", GOOD_PERSON + "\n" + GOOD_ACCOUNT + "\n"
                + "{\"id\":\"p9\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ke", 2);

        assertThat(report.problems()).containsExactly("cut.ftm.json: line 3: truncated record at end of file");
        assertThat(report.statementsInserted()).isEqualTo(5);
        assertThat(report.batchesCommitted()).isEqualTo(2);
        assertThat(store.values("test", "p9", "id")).isEmpty();
    }

    @Test
    void aLastLineWithoutNewlineThatIsCompleteIsImported() {
        ImportReport report = importLines("nonewline.ftm.json", GOOD_PERSON + "\n" + GOOD_ACCOUNT, 10);

        assertThat(report.problems()).isEmpty();
        assertThat(report.statementsInserted()).isEqualTo(5);
    }

    @Test
    void referencesBetweenEntitiesAreNamespacedByDataset() {
        importLines("edges.ftm.json", GOOD_PERSON + "\n" + GOOD_ACCOUNT + "\n" + OWNERSHIP + "\n", 10);

        assertThat(store.values("test", "o1", "owner"))
                .containsExactly(FakeStatementStore.IDS.id("test", "p1"));
    }

    @Test
    void blankLinesAreSkippedButCountForLineNumbers() {
        ImportReport report = importLines("blank.ftm.json", GOOD_PERSON + "\n\n  \n{\"id\":\"x\"}\n", 10);

        assertThat(report.recordsRead()).isEqualTo(2);
        assertThat(report.problems()).containsExactly("blank.ftm.json: line 4: record has no 'schema'");
    }

    @Test
    void reImportingTheSameFileInsertsNothingAndKeepsTheCounts() {
        Path file = write(dir, "again.ftm.json", GOOD_PERSON + "\n" + GOOD_ACCOUNT + "\n{broken\n");
        ImportRequest request = request(file).build();
        ImportReport first = importer(store).importFile(request, file, ProgressListener.NONE);
        long statements = store.countStatements();
        List<QuarantinedRecord> quarantine = store.quarantine(java.util.Optional.empty(), true);

        ImportReport second = importer(store).importFile(request, file, ProgressListener.NONE);

        assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(second.statementsInserted()).isZero();
        assertThat(second.summary()).isEqualTo("again.ftm.json: already imported (run " + first.runId().orElseThrow()
                + "); nothing to do");
        assertThat(store.countStatements()).isEqualTo(statements);
        assertThat(store.quarantine(java.util.Optional.empty(), true)).isEqualTo(quarantine);
    }

    @Test
    void theSameRecordsInAnotherFileOnlyRefreshLastSeen() {
        importLines("one.ftm.json", GOOD_PERSON + "\n", 10);
        ImportReport second = importLines("two.ftm.json", GOOD_PERSON + "\n" + GOOD_ACCOUNT + "\n", 10);

        assertThat(second.statementsInserted()).isEqualTo(2);
        assertThat(second.statementsRefreshed()).isEqualTo(3);
    }
}
