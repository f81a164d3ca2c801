package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.policy.CatalogueReport;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows the sharing policy: organisations, purposes, roles, users and the agreements in force on a date. */
@Command(name = "policy", description = "Inspect the sharing policy (organisations, purposes, agreements).",
        subcommands = {PolicyCommand.Show.class})
final class PolicyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", description = "Print the policy catalogue (the bundled demo one, or --file).")
    static final class Show implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions options;

        @Option(names = "--file", paramLabel = "FILE.yml", description = "A policy catalogue to check and show instead of the demo one.")
        Path file;

        @Option(names = "--on", paramLabel = "DATE", description = "Agreements in force on this date (default: today).")
        LocalDate on;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PolicyCatalogue catalogue = file == null ? PolicyCatalogue.demo() : PolicyCatalogue.fromFile(file, options.regimes());
            PrintWriter out = spec.commandLine().getOut();
            out.print(CatalogueReport.render(catalogue, on == null ? LocalDate.now() : on));
            out.flush();
            return 0;
        }
    }
}
