package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.ingest.QuarantineRetry;
import nl.gedeeldbeeld.ingest.RetryReport;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the records imports refused, and retries them once their cause is fixed. */
@Command(name = "quarantine", description = "List or retry quarantined records.",
        subcommands = {QuarantineCommand.ListRecords.class, QuarantineCommand.Retry.class})
final class QuarantineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "List quarantined records: FILE: line N: reason.")
    static final class ListRecords implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions options;

        @Option(names = "--dataset", description = "Only this dataset.")
        String dataset;

        @Option(names = "--all", description = "Include records a retry has since imported.")
        boolean all;

        @Option(names = "--raw", description = "Also print each record as it was read.")
        boolean raw;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Storage storage = StoreFactory.open(options.config())) {
                var records = storage.store().quarantine(Optional.ofNullable(dataset), all);
                for (QuarantinedRecord r : records) {
                    out.println((r.resolved() ? "[opgelost] " : "") + r.dataset() + ": " + r.message());
                    if (raw) {
                        out.println("    " + r.rawRecord());
                    }
                }
                out.println(records.size() + " quarantined record" + (records.size() == 1 ? "" : "s"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "retry", description = "Retry quarantined records with their import's settings.")
    static final class Retry implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions options;

        @Option(names = "--dataset", description = "Only this dataset.")
        String dataset;

        @Option(names = "--audit", paramLabel = "FILE",
                description = "Audit log (default: DATA_DIR/audit/audit.log, or audit/audit.log with a JDBC store).")
        Path audit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            boolean clean = true;
            try (Storage storage = StoreFactory.open(options.config());
                 AuditLog log = FileAuditLog.open(AccessOptions.auditFile(Optional.ofNullable(audit), options),
                         FsyncPolicy.EVERY_EVENT, 1000)) {
                ImportAudit audited = new ImportAudit(storage, log, options.regimes(), ImportAudit.cliActor(), Clock.systemUTC());
                Set<String> runs = new LinkedHashSet<>();
                storage.store().quarantine(Optional.ofNullable(dataset), false).forEach(r -> runs.add(r.runId()));
                QuarantineRetry retry = new QuarantineRetry(audited.target(storage));
                for (String runId : runs) {
                    RetryReport report = retry.retry(runId);
                    audited.retried(report);
                    out.println(report.summary());
                    report.stillFailing().forEach(err::println);
                    clean &= report.resolved() == report.retried();
                }
                if (runs.isEmpty()) {
                    out.println("nothing in quarantine");
                }
            }
            out.flush();
            err.flush();
            return clean ? 0 : 1;
        }
    }
}
