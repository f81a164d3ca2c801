package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.app.resolution.ResolutionExport;
import nl.gedeeldbeeld.app.resolution.StoreResolution;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entity resolution over what is in the store: {@code gb resolve} runs it (progress on standard error) and
 * records the model's judgements; {@code --export FILE.csv} then writes the resolved pairs the given user
 * may see, with source ids. {@code gb resolve review} lists the review queue and {@code gb resolve judge}
 * records a person's judgement, both as a catalogue user with a purpose, like every read of entity data. A
 * judgement naming another partner's record waits for that owner: {@code gb resolve pending} lists what waits
 * for the user's organisation, {@code gb resolve answer ID --consent|--refuse} answers it.
 */
@Command(name = "resolve", description = "Resolve persons across partners into identities; review and judge pairs.",
        subcommands = {ResolveCommand.Review.class, ResolveCommand.Judge.class, ResolveCommand.Pending.class,
                ResolveCommand.Answer.class})
final class ResolveCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    /** The sharing routes (which partners' records may be compared) and the export read this policy. */
    @CommandLine.Mixin
    PolicyOptions policy;

    @Option(names = "--export", paramLabel = "FILE.csv",
            description = "After the run, write the resolved pairs (left_id,right_id,score,verdict,…) that --as may see.")
    Path export;

    @Option(names = "--as", paramLabel = "USER", description = "With --export: the catalogue user the file is for.")
    String user;

    @Option(names = "--purpose", paramLabel = "PURPOSE", description = "With --export: the declared purpose.")
    String purpose;

    @Option(names = "--audit", paramLabel = "FILE", description = "Audit log (default: DATA_DIR/audit/audit.log).")
    Path audit;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (export != null && (user == null || purpose == null)) {
            throw new UserInputException("--export needs --as USER and --purpose PURPOSE: the file holds only what that user may see");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = StoreFactory.open(options.config());
             AuditLog log = FileAuditLog.open(AccessOptions.auditFile(Optional.ofNullable(audit), options), FsyncPolicy.ON_FLUSH, 1000)) {
            StoreResolution resolution = new StoreResolution(storage.store(), storage.store().judgements(), policy.catalogue(options.regimes()),
                    SchemaRegistry.standard(), AuditedWrites.open(storage.store(), log), Clock.systemUTC());
            long started = System.nanoTime();
            StoreResolution.Summary summary = resolution.run(ImportAudit.cliActor(),
                    quiet ? ResolutionProgress.NONE : new StderrProgress(spec.commandLine().getErr()));
            out.printf(Locale.ROOT, "resolved in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, summary.describe());
            if (export != null) {
                AccessOptions as = new AccessOptions();
                as.user = user;
                as.purpose = purpose;
                as.policy = policy;
                AccessLayer layer = as.layer(storage, log, options);
                int rows = ResolutionExport.write(export, layer, as.open(layer), new nl.gedeeldbeeld.app.resolution.ConsentedJudgements(
                        storage.store().judgements(), storage.store().pendingJudgements(), storage.store(),
                        layer.decisions().catalogue()), log, Clock.systemUTC());
                out.println("wrote " + rows + " pairs to " + export);
            }
        }
        out.flush();
        return 0;
    }

    /** Progress a line per stage step, at most every half second, so a long run shows it is alive. */
    static final class StderrProgress implements ResolutionProgress {
        private final PrintWriter err;
        private long last;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void report(String stage, long done, long total) {
            long now = System.nanoTime();
            if (done != total && now - last < 500_000_000L) {
                return;
            }
            last = now;
            err.printf(Locale.ROOT, "%-10s %,d / %,d (%.0f%%)%n", stage, done, total, total == 0 ? 100.0 : 100.0 * done / total);
            err.flush();
        }
    }

    abstract static class AsUser extends UserCommand {
        @Override
        void run(Session session, PrintWriter out) {
            IdentityService identities = new IdentityService(session.layer(), session.storage().store(),
                    session.storage().store().judgements(), session.storage().store().pendingJudgements(),
                    session.layer().decisions().catalogue(),
                    SchemaRegistry.standard(), session.log(), Clock.systemUTC());
            run(identities, session.ctx(), out);
        }

        abstract void run(IdentityService identities, AccessContext ctx, PrintWriter out);
    }

    @Command(name = "review", description = "List pairs waiting for a person's judgement that --as may see both records of.")
    static final class Review extends AsUser {
        @Option(names = "--limit", defaultValue = "20", description = "Number of pairs (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        void run(IdentityService identities, AccessContext ctx, PrintWriter out) {
            List<IdentityService.ReviewItem> items = identities.reviewQueue(ctx, limit);
            out.println(items.size() + (items.size() == 1 ? " pair" : " pairs") + " to review");
            for (IdentityService.ReviewItem item : items) {
                Judgement j = item.judgement();
                String score = Double.isNaN(j.score()) ? "  -  " : String.format(Locale.ROOT, "%.3f", j.score());
                String levels = item.comparison().stream().map(f -> f.feature() + " " + f.shown())
                        .collect(java.util.stream.Collectors.joining("; "));
                out.printf(Locale.ROOT, "%s  %s (%s)  ~  %s (%s)%n      %s %s%n      %s%n", score, item.left().caption(),
                        item.left().dataset(), item.right().caption(), item.right().dataset(), j.left(), j.right(),
                        j.reason().orElse(levels));
            }
        }
    }

    @Command(name = "judge", description = "Record a person's judgement on a pair: MATCH, NO_MATCH or UNSURE.")
    static final class Judge extends AsUser {
        @Parameters(index = "0", paramLabel = "LEFT", description = "Entity id of one record.")
        String left;

        @Parameters(index = "1", paramLabel = "RIGHT", description = "Entity id of the other record.")
        String right;

        @Parameters(index = "2", paramLabel = "VERDICT", description = "MATCH, NO_MATCH or UNSURE.")
        String verdict;

        @Option(names = "--reason", description = "Why (kept with the judgement).")
        String reason;

        @Override
        void run(IdentityService identities, AccessContext ctx, PrintWriter out) {
            Verdict v;
            try {
                v = Verdict.valueOf(verdict.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("verdict must be MATCH, NO_MATCH or UNSURE, got '" + verdict + "'");
            }
            IdentityService.Judged judged = identities.judge(ctx, left, right, v, Optional.ofNullable(reason).filter(r -> !r.isBlank()));
            Judgement j = judged.judgement();
            if (judged.pendingId().isPresent()) {
                out.println("pending " + j.verdict() + " on " + j.left() + " ~ " + j.right() + ": waits for the consent of "
                        + String.join(", ", new java.util.TreeSet<>(judged.awaitingConsentOf())) + " (id " + judged.pendingId().get() + ")");
            } else {
                out.println("recorded " + j.verdict() + " on " + j.left() + " ~ " + j.right() + " by " + j.by());
            }
        }
    }

    @Command(name = "pending", description = "List other partners' judgements on records of --as's organisation that wait for its answer;"
            + " a record --as may not see shows as 'een record van ORG'.")
    static final class Pending extends AsUser {
        @Override
        void run(IdentityService identities, AccessContext ctx, PrintWriter out) {
            List<IdentityService.PendingItem> items = identities.pending(ctx);
            out.println(items.size() + (items.size() == 1 ? " judgement" : " judgements") + " waiting for "
                    + ctx.organisation().code());
            // A record --as may not see is named by its organisation only ("een record van FIOD"), never by id.
            for (IdentityService.PendingItem p : items) {
                out.printf(Locale.ROOT, "%s  %s by %s (%s)%n      %s ~ %s%n      %s%n", p.id(), p.verdict(), p.by(),
                        p.judgeOrganisation(), p.left().shown(), p.right().shown(), p.reason().orElse(""));
            }
        }
    }

    @Command(name = "answer", description = "Consent to, or refuse, a pending judgement on a record of --as's organisation.")
    static final class Answer extends AsUser {
        @Parameters(index = "0", paramLabel = "ID", description = "The pending judgement's id (gb resolve pending).")
        String id;

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--consent", description = "The owner agrees: the judgement applies once every owner has.")
            boolean consent;

            @Option(names = "--refuse", description = "The owner does not agree: the judgement has no effect.")
            boolean refuse;
        }

        @Override
        void run(IdentityService identities, AccessContext ctx, PrintWriter out) {
            var answered = identities.answer(ctx, id, choice.consent);
            out.println("judgement " + id + ": " + answered.status()
                    + (answered.awaiting().isEmpty() ? "" : ", still waiting for " + String.join(", ", answered.awaiting())));
        }
    }
}
