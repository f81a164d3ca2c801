package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.audit.AuditFileReader;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.audit.Verification;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The audit log's own tools. {@code verify} walks the hash chain and the anchor and names the first
 * position that does not hold; exit 0 only for an intact chain. {@code lookups} and {@code reads} are the
 * privacy officer's questions, answered as the API answers them: only to a catalogue user acting under
 * purpose VERANTWOORDING, and only about actors of that user's own organisation. They read the file
 * without its writer's lock, so they work while the application runs.
 */
@Command(name = "audit", description = "Verify the hash-chained audit log; ask who looked at an entity or what a user saw.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Lookups.class, AuditCommand.Reads.class})
final class AuditCommand implements Runnable {
    static final String PURPOSE = "VERANTWOORDING";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The officer's identity and the log they ask; refuses anyone not acting under VERANTWOORDING. */
    abstract static class Question implements Callable<Integer> {
        @Option(names = "--as", paramLabel = "USER", required = true,
                description = "The privacy officer asking (a catalogue user with purpose VERANTWOORDING), e.g. privacy-officer.")
        String officer;

        @Option(names = "--log", defaultValue = "data/audit/audit.log", paramLabel = "FILE",
                description = "The audit log (default: ${DEFAULT-VALUE}).")
        Path log;

        /** Who the officer is, and which organisation's actors they may ask about, comes from this policy. */
        @CommandLine.Mixin
        PolicyOptions policy;

        @Option(names = "--ids-from", paramLabel = "STORE",
                description = "A store (data directory or JDBC URL) whose id history translates events written before "
                        + "entity ids became opaque (migration V7); without it, such events are found only by their old id.")
        String idsFrom;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PolicyCatalogue catalogue = policy.catalogue(LegalRegimes.standard());
            User user = catalogue.user(officer).orElseThrow(() -> new UserInputException("unknown user '" + officer + "'"));
            if (!catalogue.purposesOf(user).contains(PURPOSE)) {
                throw new UserInputException(officer + " may not act under " + PURPOSE + ": audit questions are the privacy officer's");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (idsFrom == null) {
                answer(new AuditQueries(new AuditFileReader(log)), user.organisation(), catalogue, out);
            } else {
                try (JdbcStatementStore store = StoreFactory.openStore(StoreOptions.resolve(Optional.of(idsFrom), Optional.empty()))) {
                    answer(new AuditQueries(new AuditFileReader(log), store.idHistory()), user.organisation(), catalogue, out);
                }
            }
            out.flush();
            return 0;
        }

        abstract void answer(AuditQueries queries, String organisation, PolicyCatalogue catalogue, PrintWriter out);
    }

    @Command(name = "lookups", description = "Who of your organisation looked at an entity, under which purpose, how often.")
    static final class Lookups extends Question {
        @Option(names = "--entity", paramLabel = "ID", required = true, description = "The entity id.")
        String entity;

        @Override
        void answer(AuditQueries queries, String organisation, PolicyCatalogue catalogue, PrintWriter out) {
            List<AuditQueries.Look> looks = queries.whoLookedAt(entity).stream()
                    .filter(l -> l.organisation().equals(organisation)).toList();
            out.println(looks.size() + (looks.size() == 1 ? " viewer" : " viewers") + " of " + entity + " in " + organisation);
            for (AuditQueries.Look l : looks) {
                out.printf("%-24s %-26s seen %d, denied %d, first %s, last %s%n", l.actor(), l.purpose(), l.seen(),
                        l.denied(), l.first(), l.last());
            }
        }
    }

    @Command(name = "reads", description = "What a user of your organisation saw under a purpose.")
    static final class Reads extends Question {
        @Option(names = "--user", paramLabel = "USER", required = true, description = "Whose reads.")
        String user;

        @Option(names = "--purpose", paramLabel = "PURPOSE", required = true, description = "Under which purpose.")
        String purpose;

        @Override
        void answer(AuditQueries queries, String organisation, PolicyCatalogue catalogue, PrintWriter out) {
            User subject = catalogue.user(user).orElseThrow(() -> new UserInputException("unknown user '" + user + "'"));
            if (!subject.organisation().equals(organisation)) {
                throw new UserInputException(user + " is not of " + organisation + ": ask their own privacy officer");
            }
            List<AuditQueries.Seen> seen = queries.whatDidUserSee(user, purpose);
            out.println(seen.size() + (seen.size() == 1 ? " entity read" : " entity reads") + " by " + user + " under " + purpose);
            for (AuditQueries.Seen s : seen) {
                out.printf("%s  %-6s %-6s %s  (event %d, trace %s)%n", s.time(), s.action(), s.decision(), s.objectId(),
                        s.sequence(), s.traceId());
            }
        }
    }

    @Command(name = "verify", description = "Prove the audit chain unbroken, or name the first broken position.")
    static final class Verify implements Callable<Integer> {
        @Option(names = "--log", defaultValue = "data/audit/audit.log", paramLabel = "FILE",
                description = "The audit log (default: ${DEFAULT-VALUE}); its anchor file lies beside it.")
        Path log;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Verification result = AuditVerifier.verify(log);
            PrintWriter out = result.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            out.println(log + ": " + result.describe());
            out.flush();
            return result.ok() ? 0 : 1;
        }
    }
}
