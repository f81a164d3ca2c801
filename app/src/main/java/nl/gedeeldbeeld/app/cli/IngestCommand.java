package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.TerminalProgressBar;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports partner files (FtM JSON lines, mapped CSV/TSV, goAML XML) into the store, each tagged with dataset, partner, legal regime, reliability and
 * retention; or every file a synthetic world's manifest lists. Exit 0 when every record was imported,
 * 1 when records were refused or a file failed (one line per problem), 2 for a usage mistake. Bad values of
 * records that landed (kept as text, or held in quarantine) are reported on their own lines but do not fail the run.
 */
@Command(name = "ingest", description = {
        "Import FtM JSON lines (entities or statements), FtM statement CSV, mapped CSV/TSV files or goAML XML",
        "(FIU-Nederland's unusual-transaction reports). A record lands with its usable values; each bad value is",
        "reported as FILE: line N: property 'value': reason and kept (as text, or in quarantine); a record unusable",
        "as a whole is refused into quarantine. Exit status 1 when a record was refused."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @Option(names = "--dataset", description = "Dataset name (lower-case, e.g. politie-bvh).")
    String dataset;

    @Option(names = "--partner", description = "Partner organisation that supplied the data (e.g. POLITIE).")
    String partner;

    @Option(names = "--regime", description = "Legal regime the data is held under; see 'gb regimes'.")
    String regime;

    @Option(names = "--reliability", defaultValue = "F6", description = "Reliability grade A–F/1–6 (default: ${DEFAULT-VALUE}).")
    String reliability;

    @Option(names = "--retain-until", paramLabel = "DATE", description = "Keep until this date (default: collection date + the regime's retention).")
    String retainUntil;

    @Option(names = "--mapping", paramLabel = "FILE.yml", description = "Mapping for CSV/TSV files (see docs/csv-mapping.md).")
    Path mapping;

    @Option(names = "--format", description = "ftm, csv, tsv, goaml or statements (default: from the file name; .xml is goAML; a CSV whose header has entity_id, prop, schema and value is statements).")
    String format;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Records per transaction; a goAML report is one record (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Import every file a world's manifest.json lists, with its provenance.")
    Path manifest;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Audit log (default: DATA_DIR/audit/audit.log, or audit/audit.log with a JDBC store).")
    Path audit;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import.")
    List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ImportRequest> requests = manifest != null ? ManifestRequests.read(manifest) : List.of(request());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Storage storage = StoreFactory.open(options.config());
             AuditLog log = FileAuditLog.open(AccessOptions.auditFile(Optional.ofNullable(audit), options),
                     FsyncPolicy.EVERY_EVENT, 1000)) {
            return run(storage, new ImportAudit(storage, log, options.regimes(), ImportAudit.cliActor(), Clock.systemUTC()),
                    requests, out, err);
        }
    }

    /** Runs the requests, audited, and prints their summaries and problems; shared with {@code gb demo}. */
    static int run(Storage storage, ImportAudit audit, List<ImportRequest> requests, PrintWriter out, PrintWriter err) {
        Importer importer = new Importer(audit.target(storage));
        boolean clean = true;
        for (ImportRequest request : requests) {
            audit.started(request);
            for (ImportReport report : importer.importAll(request, TerminalProgressBar.forConsole())) {
                audit.finished(request, report);
                out.println(report.summary());
                report.problems().forEach(err::println);
                if (report.problemsOmitted() > 0) {
                    err.println(report.file() + ": " + report.problemsOmitted() + " more problems; see 'gb quarantine list'");
                }
                // Values kept as text or held in quarantine are reported, but only a refused record fails the run.
                clean &= !report.failed() && !report.refusedRecords();
            }
        }
        out.flush();
        err.flush();
        return clean ? 0 : 1;
    }

    private ImportRequest request() {
        if (files.isEmpty()) {
            throw new UserInputException("give the files to import, or --manifest FILE");
        }
        if (dataset == null || partner == null || regime == null) {
            throw new UserInputException("give --dataset, --partner and --regime: every statement carries its provenance");
        }
        ImportRequest.Builder builder = ImportRequest.builder(dataset, partner, regime)
                .files(files).reliability(reliability).batchSize(batchSize);
        if (retainUntil != null) {
            builder.retainUntil(retainUntil);
        }
        if (mapping != null) {
            builder.mapping(mapping);
        }
        if (format != null) {
            builder.format(format);
        }
        return builder.build();
    }
}
