package nl.gedeeldbeeld.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.store.access.AccessLayer;

/**
 * Run in a child process by {@link AbstractAuditedWritesTest} and killed there with SIGKILL: performs one
 * governed write through the product path and hangs after its database commit, before the audit append
 * (the {@link AuditedWrites#HANG_AFTER_COMMIT} hook prints its marker there). Arguments: the mode
 * ({@code hold}: the platform operator places a legal hold through the access layer; {@code import}: an
 * import batch commits with its audit record), the JDBC URL, the index directory and the audit log file.
 */
public final class AuditedWriteThenHang {
    private AuditedWriteThenHang() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Storage storage = StoreFactory.open(StoreConfig.of(args[1], Path.of(args[2])));
        FileAuditLog log = FileAuditLog.open(Path.of(args[3]), FsyncPolicy.ON_FLUSH, 1000);
        AccessLayer layer = AccessLayer.over(storage, PolicyCatalogue.demo(), log, SchemaRegistry.standard(),
                Clock.systemUTC());
        if (mode.equals("hold")) {
            layer.retention().placeHoldAsOperator("operator", HoldScope.DATASET, "fiod-zaak", "kill test");
        } else {
            storage.store().beginRun(Fixtures.run("r1", "fiod-zaak"));
            storage.commitAndIndex(Fixtures.batch("r1", 1, Fixtures.T0),
                    Fixtures.entity("fiod-zaak", "P1", "Person", "name", "Zeynep Polat"), List.of(), layer.audited(),
                    (batch, result) -> List.of(batchRecord(batch, result)));
        }
        throw new IllegalStateException("the hang hook did not stop the process after the commit");
    }

    static AuditRecord batchRecord(ImportBatch batch, BatchResult result) {
        return new AuditRecord(Fixtures.T0, "trace-import", "import-batch", "gegevensaanlevering", "cli:test", "politie",
                "", "Wpg art. 8", AuditAction.WRITE, List.of("fiod-zaak", batch.runId()), "BATCH_COMMITTED",
                "batch " + batch.batchNumber() + ": inserted " + result.inserted());
    }
}
