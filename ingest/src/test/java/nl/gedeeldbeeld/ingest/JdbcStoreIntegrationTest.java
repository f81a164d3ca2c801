package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.VALID_IBAN;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer against the real JDBC store on an embedded H2 file database. */
class JdbcStoreIntegrationTest {
    private static final Path SAMPLE = TestSupport.sharedData().resolve("ftm/opensanctions_wd_persons_sample.ftm.json");

    @TempDir
    Path dir;

    @Test
    void theSampleImportsOnceCrashesResumeAndQuarantineRetryWorksOnH2() {
        try (StatementStore jdbc = StoreFactory.openStore(StoreConfig.embedded(dir.resolve("data")))) {
            CrashingStore store = new CrashingStore(jdbc);
            ImportRequest request = ImportRequest.builder("wd-persons", "OPENSANCTIONS", "WPG_ART9").file(SAMPLE)
                    .batchSize(40).build();

            store.failOnBatch = 3;
            assertThatThrownBy(() -> importer(store).importFile(request, SAMPLE, ProgressListener.NONE))
                    .hasMessage("simulated crash in batch 3");
            String runId = jdbc.runs().get(0).runId();
            assertThat(jdbc.committedBatches(runId)).isEqualTo(2);
            assertThat(jdbc.countEntities()).isEqualTo(80);

            ImportReport resumed = importer(store).importFile(request, SAMPLE, ProgressListener.NONE);
            assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.RESUMED);
            assertThat(jdbc.countEntities()).isEqualTo(126);
            assertThat(jdbc.countStatements()).isEqualTo(2070);
            assertThat(jdbc.run(runId).orElseThrow().status()).isEqualTo(ImportRun.Status.COMPLETED);

            ImportReport again = importer(store).importFile(request, SAMPLE, ProgressListener.NONE);
            assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
            assertThat(jdbc.countStatements()).isEqualTo(2070);

            // A mapping mistake that leaves a row without a key refuses the row; fixing the mapping brings it in.
            Path mapping = write(dir, "rekeningen.yml", """
                    entities:
                      rekening:
                        schema: BankAccount
                        keys: [%s]
                        properties:
                          iban: iban
                    """.formatted("naam"));
            Path csv = write(dir, "rekeningen.csv", "nr,naam,iban\nR1,," + VALID_IBAN + "\n");
            ImportReport bad = importer(store).importFile(ImportRequest.builder("bank", "FIOD", "WWFT").file(csv)
                    .mapping(mapping).build(), csv, ProgressListener.NONE);
            assertThat(bad.problems()).containsExactly("rekeningen.csv: line 2: row yields no entity: every key column "
                    + "is empty ('naam')");
            assertThat(jdbc.quarantine(Optional.of("bank"), false)).hasSize(1);

            write(dir, "rekeningen.yml", """
                    entities:
                      rekening:
                        schema: BankAccount
                        keys: [nr]
                        properties:
                          iban: iban
                    """);
            RetryReport retried = TestSupport.retry(jdbc).retry(bad.runId().orElseThrow());
            assertThat(retried.resolved()).isEqualTo(1);
            assertThat(jdbc.quarantine(Optional.of("bank"), false)).isEmpty();
            assertThat(jdbc.statementsOf(jdbc.entityIds().id("bank", "R1"))).extracting(Statement::value)
                    .contains(VALID_IBAN);
        }
    }

    /** Delegates to the real store and fails one batch before it reaches it, as a killed process would. */
    private static final class CrashingStore implements StatementStore {
        private final StatementStore delegate;
        int failOnBatch = -1;

        CrashingStore(StatementStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public nl.gedeeldbeeld.model.entity.EntityIdScheme entityIds() {
            return delegate.entityIds();
        }

        @Override
        public BatchResult commitBatch(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
            if (batch.batchNumber() == failOnBatch) {
                failOnBatch = -1;
                throw new IllegalStateException("simulated crash in batch " + batch.batchNumber());
            }
            return delegate.commitBatch(batch, statements, quarantined);
        }

        @Override
        public ImportRun beginRun(ImportRun proposed) {
            return delegate.beginRun(proposed);
        }

        @Override
        public void completeRun(String runId) {
            delegate.completeRun(runId);
        }

        @Override
        public Optional<ImportRun> run(String runId) {
            return delegate.run(runId);
        }

        @Override
        public List<ImportRun> runs() {
            return delegate.runs();
        }

        @Override
        public int committedBatches(String runId) {
            return delegate.committedBatches(runId);
        }

        @Override
        public List<Statement> statementsOf(String entityId) {
            return delegate.statementsOf(entityId);
        }

        @Override
        public Stream<Statement> streamAll() {
            return delegate.streamAll();
        }

        @Override
        public long countStatements() {
            return delegate.countStatements();
        }

        @Override
        public long countEntities() {
            return delegate.countEntities();
        }

        @Override
        public List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved) {
            return delegate.quarantine(dataset, includeResolved);
        }

        @Override
        public void resolveQuarantined(String runId, List<Long> recordNumbers) {
            delegate.resolveQuarantined(runId, recordNumbers);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
