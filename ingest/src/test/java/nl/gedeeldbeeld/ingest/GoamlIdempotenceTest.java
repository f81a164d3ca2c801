package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.GoamlImportTest.DATASET;
import static nl.gedeeldbeeld.ingest.GoamlImportTest.fiu;
import static nl.gedeeldbeeld.ingest.GoamlImportTest.fixture;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing goAML reports again changes nothing, whether the same file or the same reports in another one. */
class GoamlIdempotenceTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    private ImportReport importFile(Path file, int batchSize) {
        return importer(store).importFile(fiu(file).batchSize(batchSize).build(), file, ProgressListener.NONE);
    }

    @Test
    void theSameFileAgainIsAlreadyImportedAndAddsNothing() throws Exception {
        Path file = Files.copy(fixture(), dir.resolve("fiu-meldingen.xml"));
        ImportReport first = importFile(file, 1);
        long statements = store.countStatements();

        ImportReport again = importFile(file, 1);

        assertThat(first.batchesCommitted()).isEqualTo(3);
        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(store.countStatements()).isEqualTo(statements);
        assertThat(store.quarantine(Optional.empty(), false)).hasSize(1);
    }

    @Test
    void theSameReportsInAnotherFileAreSeenAgainNotStatedTwice() throws Exception {
        Path file = Files.copy(fixture(), dir.resolve("fiu-meldingen.xml"));
        ImportReport first = importFile(file, 2);
        long statements = store.countStatements();
        long entities = store.countEntities();
        // Other bytes (a comment, other indentation), the same reports: a new run over the same statements.
        String text = Files.readString(file).replace("<reports>", "<reports><!-- tweede aanlevering -->")
                .replace("\n    ", "\n ");
        Path other = write(dir, "fiu-meldingen-opnieuw.xml", text);

        ImportReport second = importFile(other, 2);

        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(second.statementsInserted()).isZero();
        // Jan de Vries is in reports 1 and 3, so the first run already saw part of report 3 again.
        assertThat(first.statementsRefreshed()).isPositive();
        assertThat(second.statementsRefreshed()).isEqualTo(first.statementsInserted() + first.statementsRefreshed());
        assertThat(store.countStatements()).isEqualTo(statements);
        assertThat(store.countEntities()).isEqualTo(entities);
    }

    @Test
    void retryReadsAQuarantinedReportBackAndItFailsForTheSameReason() throws Exception {
        Path file = Files.copy(fixture(), dir.resolve("fiu-meldingen.xml"));
        ImportReport first = importFile(file, 10);

        RetryReport retried = TestSupport.retry(store).retry(first.runId().orElseThrow());

        assertThat(retried.resolved()).isZero();
        assertThat(retried.stillFailing()).containsExactlyElementsOf(first.problems());
        assertThat(store.quarantine(Optional.of(DATASET), false)).hasSize(1);
    }
}
