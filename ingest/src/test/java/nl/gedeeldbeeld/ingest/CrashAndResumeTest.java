package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.request;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.store.ImportRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashAndResumeTest {
    @TempDir
    Path dir;

    private Path file;
    private ImportRequest request;

    /** Ten records in five batches of two; record 8 (batch 4) is bad. */
    @BeforeEach
    void tenRecords() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            String schema = i == 8 ? "Persn" : "Person";
            lines.append("{\"id\":\"p").append(i).append("\",\"schema\":\"").append(schema)
                    .append("\",\"properties\":{\"name\":[\"Persoon ").append(i).append("\"]}}\n");
        }
        file = write(dir, "ten.ftm.json", lines.toString());
        request = request(file).batchSize(2).build();
    }

    @Test
    void aCrashInBatchThreeLeavesBatchesOneAndTwoCommittedAndNothingOfThree() {
        FakeStatementStore store = new FakeStatementStore();
        store.failOnBatch(3);

        assertThatThrownBy(() -> importer(store).importFile(request, file, ProgressListener.NONE))
                .hasMessage("simulated crash in batch 3");

        ImportRun run = store.runs().get(0);
        assertThat(run.status()).isEqualTo(ImportRun.Status.RUNNING);
        assertThat(store.committedBatches(run.runId())).isEqualTo(2);
        assertThat(store.countEntities()).isEqualTo(4);
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("test", "p4"))).hasSize(2);
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("test", "p5"))).isEmpty();
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("test", "p6"))).isEmpty();
    }

    @Test
    void reRunningAfterTheCrashResumesAndEndsInTheSameStateAsAnUninterruptedImport() {
        FakeStatementStore crashed = new FakeStatementStore();
        crashed.failOnBatch(3);
        assertThatThrownBy(() -> importer(crashed).importFile(request, file, ProgressListener.NONE));

        ImportReport resumed = importer(crashed).importFile(request, file, ProgressListener.NONE);

        FakeStatementStore clean = new FakeStatementStore();
        ImportReport uninterrupted = importer(clean).importFile(request, file, ProgressListener.NONE);

        assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.RESUMED);
        assertThat(resumed.recordsSkipped()).isEqualTo(4);
        assertThat(resumed.batchesCommitted()).isEqualTo(3);
        assertThat(resumed.problems()).containsExactly("ten.ftm.json: line 8: unknown schema 'Persn'");
        assertThat(crashed.fingerprint()).isEqualTo(clean.fingerprint());
        assertThat(crashed.countStatements()).isEqualTo(clean.countStatements()).isEqualTo(18);
        assertThat(crashed.run(resumed.runId().orElseThrow()).orElseThrow().status()).isEqualTo(ImportRun.Status.COMPLETED);
        assertThat(uninterrupted.statementsInserted()).isEqualTo(18);
        assertThat(crashed.quarantine(Optional.empty(), true)).hasSize(1);
    }

    @Test
    void aResumedRunKeepsTheBatchSizeItBeganWith() {
        FakeStatementStore store = new FakeStatementStore();
        store.failOnBatch(3);
        assertThatThrownBy(() -> importer(store).importFile(request, file, ProgressListener.NONE));

        ImportReport resumed = importer(store).importFile(request(file).batchSize(3).build(), file, ProgressListener.NONE);

        assertThat(resumed.recordsSkipped()).isEqualTo(4);
        assertThat(store.countEntities()).isEqualTo(9);
    }
}
