package nl.gedeeldbeeld.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.RetryReport;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.Storage;

/**
 * Imports are writes of entity data, so they are audited like every other write: an event before a request
 * starts (which files, which dataset, under which partner and regime) and one per file when it ends (its
 * outcome and counts). The first event is there because batches commit as they go: if the process dies
 * mid-file, the log still says an import was under way and which, even though the closing event never came.
 * An import has no user purpose; its legal basis is the regime the partner supplies the data under, and
 * its processing activity is the supply of data (gegevensaanlevering). The object ids are the dataset and
 * the import run, not the entities: a batch of thousands of entities is one processing operation, and the
 * store's import ledger names what each run wrote.
 *
 * <p>Each committed batch also gets its own event (BATCH_COMMITTED, with the run and counts), written in the
 * batch's transaction through the audit outbox ({@link AuditedWrites}): a process killed mid-import leaves
 * every batch it committed with its event, so the log accounts for exactly what the store holds even when
 * the closing event never came.
 */
final class ImportAudit {
    static final String PROCESSING_ACTIVITY = "gegevensaanlevering";

    private final AuditedWrites audited;
    private final AuditLog log;
    private final LegalRegimes regimes;
    private final String actor;
    private final Clock clock;
    private final String traceId;

    /** Opening drains into the log what a killed import left in the store's audit outbox. */
    ImportAudit(Storage storage, AuditLog log, LegalRegimes regimes, String actor, Clock clock) {
        this.audited = AuditedWrites.open(storage.store(), log);
        this.log = log;
        this.regimes = regimes;
        this.actor = actor;
        this.clock = clock;
        this.traceId = TraceIds.fresh();
    }

    /** The operating-system user who ran the command, as the CLI's other writes name it. */
    static String cliActor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** The store as the importer should write to it: indexed, and each batch audited in its transaction. */
    StatementStore target(Storage storage) {
        return storage.importTarget(audited, (batch, result) -> batchCommitted(storage, batch, result));
    }

    private List<AuditRecord> batchCommitted(Storage storage, ImportBatch batch, BatchResult result) {
        if (result.equals(BatchResult.empty())) {
            return List.of();
        }
        // Read in the batch's transaction: the run is there (beginRun came first), and names the provenance.
        ImportRun run = storage.store().run(batch.runId()).orElseThrow(() -> new IllegalStateException(
                "batch " + batch.batchId() + " committed without its import run"));
        return List.of(new AuditRecord(clock.instant(), traceId, "import-batch", PROCESSING_ACTIVITY, actor, run.partner(),
                "", legalBasis(run.regime()), AuditAction.WRITE, List.of(run.dataset(), run.runId()), "BATCH_COMMITTED",
                "batch " + batch.batchNumber() + " (records " + batch.firstRecord() + "-" + batch.lastRecord()
                        + "): inserted " + result.inserted() + ", seen again " + result.refreshed() + ", quarantined "
                        + result.quarantined()));
    }

    void started(ImportRequest request) {
        String files = request.files().stream().map(Path::getFileName).map(Path::toString).collect(Collectors.joining(", "));
        append(request, "import", List.of(request.dataset()), "STARTED",
                "import of " + files + " into " + request.dataset() + " (" + request.format() + ", reliability "
                        + request.reliability() + ")");
    }

    void finished(ImportRequest request, ImportReport report) {
        List<String> objects = report.runId().map(run -> List.of(request.dataset(), run)).orElse(List.of(request.dataset()));
        append(request, "import", objects, report.outcome().name(),
                report.summary() + "; batches committed " + report.batchesCommitted()
                        + report.failure().map(f -> "; failure: " + f).orElse(""));
    }

    void retried(RetryReport report) {
        log.append(new AuditRecord(clock.instant(), traceId, "quarantine-retry", PROCESSING_ACTIVITY, actor, "", "", "",
                AuditAction.WRITE, report.retryRunId().map(r -> List.of(report.runId(), r)).orElse(List.of(report.runId())),
                report.resolved() == report.retried() ? "COMPLETED" : "PARTLY", report.summary()));
    }

    private void append(ImportRequest request, String activity, List<String> objects, String decision, String detail) {
        log.append(new AuditRecord(clock.instant(), traceId, activity, PROCESSING_ACTIVITY, actor, request.partner(), "",
                legalBasis(request.regime()), AuditAction.WRITE, objects, decision, detail));
    }

    private String legalBasis(String regime) {
        return regimes.find(regime).map(LegalRegime::legalBasis).orElse(regime) + " (" + regime + ")";
    }
}
