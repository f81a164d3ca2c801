package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.audit.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The audit log's own tools. {@code verify} walks the hash chain and the anchor and names the first
 * position that does not hold; exit 0 only for an intact chain.
 */
@Command(name = "audit", description = "Verify the hash-chained audit log.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
