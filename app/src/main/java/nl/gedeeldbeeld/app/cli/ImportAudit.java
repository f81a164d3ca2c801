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

/**
 * Imports are writes of entity data, so they are audited like every other write: an event before a request
 * starts (which files, which dataset, under which partner and regime) and one per file when it ends (its
 * outcome and counts). The first event is there because batches commit as they go: if the process dies
 * mid-file, the log still says an import was under way and which, even though the closing event never came.
 * An import has no user purpose; its legal basis is the regime the partner supplies the data under, and
 * its processing activity is the supply of data (gegevensaanlevering). The object ids are the dataset and
 * the import run, not the entities: a batch of thousands of entities is one processing operation, and the
 * store's import ledger names what each run wrote.
 */
final class ImportAudit {
    static final String PROCESSING_ACTIVITY = "gegevensaanlevering";

    private final AuditLog log;
    private final LegalRegimes regimes;
    private final String actor;
    private final Clock clock;
    private final String traceId;

    ImportAudit(AuditLog log, LegalRegimes regimes, String actor, Clock clock) {
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
        String basis = regimes.find(request.regime()).map(LegalRegime::legalBasis).orElse(request.regime());
        log.append(new AuditRecord(clock.instant(), traceId, activity, PROCESSING_ACTIVITY, actor, request.partner(), "",
                basis + " (" + request.regime() + ")", AuditAction.WRITE, objects, decision, detail));
    }
}
