package nl.gedeeldbeeld.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditOutbox;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.audit.Verification;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.jdbc.JdbcAuditOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliver 8 (crash consistency), the audit half: a governed write's audit event commits in the write's
 * transaction through the audit outbox, and reaches the chain exactly once, whether the process lives, dies
 * between the commit and the append, or dies between the append and the outbox delete. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class AbstractAuditedWritesTest {
    @TempDir
    Path dir;
    Path auditFile;
    String url;

    /** A fresh, empty database for this test, as a JDBC URL. */
    abstract String freshDatabase() throws Exception;

    abstract void dropDatabase() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        url = freshDatabase();
        auditFile = dir.resolve("audit").resolve("audit.log");
    }

    @AfterEach
    void tearDown() throws Exception {
        dropDatabase();
    }

    private Storage openStorage() {
        return StoreFactory.open(StoreConfig.of(url, dir.resolve("index")));
    }

    private FileAuditLog openLog() {
        return FileAuditLog.open(auditFile, FsyncPolicy.ON_FLUSH, 1000);
    }

    private static AccessLayer layer(Storage storage, FileAuditLog log) {
        return AccessLayer.over(storage, PolicyCatalogue.demo(), log, SchemaRegistry.standard(), Clock.systemUTC());
    }

    private List<AuditEvent> chain() {
        try (FileAuditLog log = openLog()) {
            return log.read(1, log.lastSequence());
        }
    }

    private static List<AuditEvent> withDecision(List<AuditEvent> events, String decision) {
        return events.stream().filter(e -> e.decision().equals(decision)).toList();
    }

    @Test
    @DisplayName("deliver 8: the normal path chains the write's event once, with its outbox id, and leaves the outbox empty")
    void theNormalPathLeavesTheOutboxEmpty() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            AccessLayer layer = layer(storage, log);
            LegalHold hold = layer.retention().placeHoldAsOperator("operator", HoldScope.DATASET, "fiod-zaak", "onderzoek");
            assertThat(layer.retention().liftHoldAsOperator("operator", hold.id())).isTrue();
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
        }
        List<AuditEvent> events = chain();
        assertThat(withDecision(events, "HOLD_PLACED")).singleElement()
                .satisfies(e -> assertThat(e.outboxId()).isNotEmpty());
        assertThat(withDecision(events, "HOLD_LIFTED")).hasSize(1);
        assertThat(AuditVerifier.verify(auditFile)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void aWriteThatFailsLeavesNeitherDataNorOutboxRowNorEvent() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            AuditedWrites audited = AuditedWrites.open(storage.store(), log);
            LegalHold hold = new LegalHold("h-1", HoldScope.DATASET, "fiod-zaak", "onderzoek", "operator", "",
                    Fixtures.T0, java.util.Optional.empty(), java.util.Optional.empty());
            assertThatThrownBy(() -> audited.write("placing a legal hold", () -> {
                storage.store().legalHolds().place(hold);
                throw new IllegalStateException("the write fails after its first statement");
            }, List.of(AuditedWriteThenHang.batchRecord(Fixtures.batch("r1", 1, Fixtures.T0), BatchResult.empty()))))
                    .hasMessageContaining("write fails");
            assertThat(storage.store().legalHolds().allHolds()).isEmpty();
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
            assertThat(log.lastSequence()).isZero();
        }
    }

    @Test
    void aStoreCallThatFailsInsideAnAuditedWriteUndoesOnlyItselfAndTheRestCommitsWithItsRecord() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            AuditedWrites audited = AuditedWrites.open(storage.store(), log);
            var registers = storage.store().registers();
            registers.openCase(new nl.gedeeldbeeld.policy.registers.JointCase("casus-1", "Waalhaven",
                    java.util.Set.of("POLITIE"), "officier-om", Fixtures.T0));
            audited.write("adding to a case", () -> {
                registers.addToCase("casus-1", "e-1", "officier-om", Fixtures.T0);
                // An SQL error (a value too long for its column): PostgreSQL would refuse the rest of the
                // transaction, were the failed call not undone to its savepoint alone.
                assertThatThrownBy(() -> registers.addToCase("casus-1", "x".repeat(5_000), "officier-om", Fixtures.T0))
                        .isInstanceOf(StoreException.class);
                registers.addToCase("casus-1", "e-2", "officier-om", Fixtures.T0);
            }, List.of(AuditedWriteThenHang.batchRecord(Fixtures.batch("r1", 1, Fixtures.T0), new BatchResult(2, 0, 0))));
            assertThat(registers.jointCaseEntities("POLITIE")).containsExactlyInAnyOrder("e-1", "e-2");
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
            assertThat(log.lastSequence()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("deliver 8: an import batch commits with its audit record; the outbox is empty after")
    void anImportBatchCommitsWithItsRecord() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            AuditedWrites audited = AuditedWrites.open(storage.store(), log);
            StatementStore target = storage.importTarget(audited,
                    (batch, result) -> List.of(AuditedWriteThenHang.batchRecord(batch, result)));
            target.beginRun(Fixtures.run("r1", "fiod-zaak"));
            BatchResult result = target.commitBatch(Fixtures.batch("r1", 1, Fixtures.T0),
                    Fixtures.entity("fiod-zaak", "P1", "Person", "name", "Zeynep Polat"), List.of());
            assertThat(result.inserted()).isPositive();
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
        }
        assertThat(withDecision(chain(), "BATCH_COMMITTED")).hasSize(1);
    }

    @Test
    void anImportBatchWhoseTransactionRollsBackNeverReachesTheSearchIndex() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            AuditedWrites audited = AuditedWrites.open(storage.store(), log);
            StatementStore target = storage.importTarget(audited, (batch, result) -> {
                if (batch.batchNumber() == 1) {
                    throw new IllegalStateException("the audit record of batch 1 cannot be made");
                }
                return List.of(AuditedWriteThenHang.batchRecord(batch, result));
            });
            target.beginRun(Fixtures.run("r1", "fiod-zaak"));

            assertThatThrownBy(() -> target.commitBatch(Fixtures.batch("r1", 1, Fixtures.T0),
                    Fixtures.entity("fiod-zaak", "P1", "Person", "name", "Teruggedraaide Naam"), List.of()))
                    .hasMessageContaining("cannot be made");
            target.commitBatch(Fixtures.batch("r1", 2, Fixtures.T0),
                    Fixtures.entity("fiod-zaak", "P2", "Person", "name", "Vastgelegde Naam"), List.of());
            target.completeRun("r1");

            var access = nl.gedeeldbeeld.store.search.TestAccess.allOf("politie");
            assertThat(storage.index().search(nl.gedeeldbeeld.store.search.SearchQuery.of("Teruggedraaide", access)).total())
                    .isZero();
            assertThat(storage.store().statementsOf(Fixtures.entity("fiod-zaak", "P1"))).isEmpty();
            assertThat(storage.index().search(nl.gedeeldbeeld.store.search.SearchQuery.of("Vastgelegde", access)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("deliver 8: records committed but never chained are drained on open, in order, exactly once")
    void leftoverRecordsAreDrainedOnOpenExactlyOnce() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            JdbcAuditOutbox outbox = storage.store().auditOutbox();
            // The commit half of an audited write alone: as if the process died before the append.
            outbox.commit("test", log.lastSequence(), () -> null, r -> List.of(
                    AuditedWriteThenHang.batchRecord(Fixtures.batch("r1", 1, Fixtures.T0), new BatchResult(1, 0, 0)),
                    AuditedWriteThenHang.batchRecord(Fixtures.batch("r1", 2, Fixtures.T0), new BatchResult(2, 0, 0))));
            assertThat(outbox.pending()).hasSize(2);
        }
        for (int open = 0; open < 2; open++) {
            try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
                layer(storage, log);
                assertThat(storage.store().auditOutbox().pending()).isEmpty();
            }
        }
        assertThat(withDecision(chain(), "BATCH_COMMITTED")).extracting(AuditEvent::detail)
                .containsExactly("batch 1: inserted 1", "batch 2: inserted 2");
        assertThat(AuditVerifier.verify(auditFile)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("deliver 8: a drain interrupted after the append but before the delete does not duplicate on the next open")
    void aDrainInterruptedBeforeTheDeleteDoesNotDuplicate() {
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            JdbcAuditOutbox outbox = storage.store().auditOutbox();
            var committed = outbox.commit("test", log.lastSequence(), () -> null, r -> List.of(
                    AuditedWriteThenHang.batchRecord(Fixtures.batch("r1", 1, Fixtures.T0), new BatchResult(1, 0, 0))));
            // The append half of a drain, without its delete: the kill came in between.
            for (AuditOutbox.Entry e : committed.entries()) {
                log.append(e.record());
            }
            log.flush();
        }
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            layer(storage, log);
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
        }
        assertThat(withDecision(chain(), "BATCH_COMMITTED")).hasSize(1);
        assertThat(AuditVerifier.verify(auditFile)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("deliver 8: a legal hold killed after its commit, before its audit append, is in the chain exactly once on reopen")
    void aHoldKilledBetweenCommitAndAppendIsChainedOnReopen() throws Exception {
        killAfterCommit("hold");
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            assertThat(storage.store().auditOutbox().pending()).as("the killed write left its record in the outbox")
                    .hasSize(1);
            assertThat(log.lastSequence()).as("and nothing in the chain").isZero();
            AccessLayer layer = layer(storage, log);
            assertThat(layer.retention().holds(false)).extracting(LegalHold::target).containsExactly("fiod-zaak");
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
        }
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            layer(storage, log); // a second open appends nothing more
        }
        assertThat(withDecision(chain(), "HOLD_PLACED")).hasSize(1);
        assertThat(AuditVerifier.verify(auditFile)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("deliver 8: an import killed after a batch commit, before its audit append, has the batch's event exactly once on reopen")
    void anImportKilledBetweenCommitAndAppendIsChainedOnReopen() throws Exception {
        killAfterCommit("import");
        try (Storage storage = openStorage(); FileAuditLog log = openLog()) {
            assertThat(storage.store().committedBatches("r1")).isEqualTo(1);
            layer(storage, log);
            assertThat(storage.store().auditOutbox().pending()).isEmpty();
        }
        assertThat(withDecision(chain(), "BATCH_COMMITTED")).singleElement()
                .satisfies(e -> assertThat(e.objectIds()).contains("r1"));
        assertThat(AuditVerifier.verify(auditFile)).isInstanceOf(Verification.Verified.class);
    }

    private void killAfterCommit(String mode) throws Exception {
        String marker = "audited write committed";
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + AuditedWrites.HANG_AFTER_COMMIT + "=" + marker, "-cp", System.getProperty("java.class.path"),
                AuditedWriteThenHang.class.getName(), mode, url, dir.resolve("index").toString(), auditFile.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            while ((line = reader.readLine()) != null && !line.equals(marker)) {
                output.append(line).append('\n');
            }
            assertThat(line).as("the child reached its commit; its output:\n" + output).isEqualTo(marker);
        } finally {
            // destroyForcibly is SIGKILL on Linux: no shutdown hook, no append, no close.
            child.destroyForcibly().waitFor();
        }
    }
}
