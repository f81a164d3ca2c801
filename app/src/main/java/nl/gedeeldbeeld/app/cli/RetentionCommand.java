package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.Retention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Retention on demand and legal holds. {@code purge} and {@code holds} are operator actions on the server:
 * the platform-wide purge the web application runs on a schedule, a system action the audit attributes to
 * the operating system user. Placing and lifting a hold is a privacy officer's act on their own
 * organisation's data ({@code --as USER --purpose VERANTWOORDING}; write rules PLACE_HOLD and LIFT_HOLD).
 */
@Command(name = "retention", description = "Purge statements past their retention date; place and lift legal holds.",
        subcommands = {RetentionCommand.Purge.class, RetentionCommand.Holds.class, RetentionCommand.Hold.class,
                RetentionCommand.Lift.class})
final class RetentionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: its usage, as every command group of {@code gb}. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Base implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions options;

        @Option(names = "--audit", paramLabel = "FILE", description = "Audit log (default: DATA_DIR/audit/audit.log).")
        Path audit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Storage storage = StoreFactory.open(options.config());
                 AuditLog log = FileAuditLog.open(AccessOptions.auditFile(Optional.ofNullable(audit), options),
                         FsyncPolicy.EVERY_EVENT, 1000)) {
                run(AccessLayer.over(storage, PolicyCatalogue.demo(), log, SchemaRegistry.standard(),
                        java.time.Clock.systemUTC()).retention(), out);
            }
            out.flush();
            return 0;
        }

        abstract void run(Retention retention, PrintWriter out);

        static String actor() {
            return "cli:" + System.getProperty("user.name", "unknown");
        }
    }

    @Command(name = "purge", description = "Delete statements past their retain-until date, except under a legal hold.")
    static final class Purge extends Base {
        @Option(names = "--dry-run", description = "Only count what would be purged.")
        boolean dryRun;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Purge as of this date (default: today, Europe/Amsterdam).")
        LocalDate asOf;

        @Override
        void run(Retention retention, PrintWriter out) {
            LocalDate date = asOf != null ? asOf : PolicyDecisionPoint.dateOf(java.time.Instant.now());
            PurgeReport r = retention.purgeAll(actor(), date, dryRun);
            out.printf("%s as of %s: %d statements %s, %d held back by legal holds%n", dryRun ? "Dry run" : "Purge",
                    r.asOf(), r.purged(), dryRun ? "would be purged" : "purged", r.heldBack());
            r.purgedByDatasetAndRegime().forEach((k, n) -> out.printf("  %-50s %d%n", k, n));
        }
    }

    @Command(name = "holds", description = "List legal holds.")
    static final class Holds extends Base {
        @Option(names = "--all", description = "Include lifted holds.")
        boolean all;

        @Override
        void run(Retention retention, PrintWriter out) {
            for (LegalHold h : retention.holds(all)) {
                out.printf("%s %-7s %-40s %s%s%n", h.id(), h.scope(), h.target(), h.reason(),
                        h.active() ? "" : " (lifted " + h.liftedAt().orElseThrow() + ")");
            }
        }
    }

    @Command(name = "hold", description = "Place a legal hold on an entity or a dataset of --as's organisation.")
    static final class Hold extends UserCommand {
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--entity", paramLabel = "ID", description = "Keep every statement of this entity.")
            String entity;
            @Option(names = "--dataset", paramLabel = "NAME", description = "Keep every statement of this dataset.")
            String dataset;
        }

        @Option(names = "--reason", required = true, description = "Why the data must be kept (procedure, bezwaar …).")
        String reason;

        @Override
        void run(Session session, PrintWriter out) {
            Retention retention = session.layer().retention();
            LegalHold h = target.entity != null
                    ? retention.placeHold(session.ctx(), HoldScope.ENTITY, target.entity, reason)
                    : retention.placeHold(session.ctx(), HoldScope.DATASET, target.dataset, reason);
            out.println("Legal hold " + h.id() + " placed on " + h.scope() + " " + h.target());
        }
    }

    @Command(name = "lift", description = "Lift a legal hold of --as's organisation.")
    static final class Lift extends UserCommand {
        @CommandLine.Parameters(paramLabel = "HOLD-ID", description = "The hold to lift (see 'gb retention holds').")
        String id;

        @Override
        void run(Session session, PrintWriter out) {
            if (!session.layer().retention().liftHold(session.ctx(), id)) {
                throw new nl.gedeeldbeeld.model.UserInputException("no active legal hold " + id);
            }
            out.println("Legal hold " + id + " lifted");
        }
    }
}
