package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.app.policy.PolicyConfiguration;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.policy.CatalogueReport;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The sharing policy: {@code show} prints organisations, purposes, roles, users and the agreements in force on
 * a date; {@code check} validates a catalogue file before it is put in force (exit 0, or 2 with one line that
 * names the file, the entry and what is wrong).
 */
@Command(name = "policy", description = "Inspect the sharing policy (organisations, purposes, agreements) or check a catalogue file.",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Check.class})
final class PolicyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The legal-regime catalogue a policy is checked against: the bundled one, or {@code --regimes FILE}. */
    static final class RegimesOption {
        @Option(names = "--regimes", paramLabel = "FILE",
                description = "Legal-regime catalogue (YAML) the policy's regimes are checked against, instead of the bundled one.")
        Path regimesFile;

        LegalRegimes regimes() {
            return regimesFile == null ? LegalRegimes.standard() : LegalRegimes.fromFile(regimesFile);
        }
    }

    @Command(name = "show", description = "Print the policy catalogue (the bundled demo one, or --policy FILE).")
    static final class Show implements Callable<Integer> {
        @CommandLine.Mixin
        RegimesOption regimes;

        @Option(names = {"--policy", "--file"}, paramLabel = "FILE.yml",
                description = "A policy catalogue to check and show instead of the demo one (default from $"
                        + PolicyOptions.ENVIRONMENT + ").")
        Path file;

        @Option(names = "--on", paramLabel = "DATE", description = "Agreements in force on this date (default: today).")
        LocalDate on;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PolicyOptions policy = new PolicyOptions();
            policy.file = file;
            PolicyCatalogue catalogue = policy.catalogue(regimes.regimes());
            PrintWriter out = spec.commandLine().getOut();
            out.print(CatalogueReport.render(catalogue, on == null ? LocalDate.now() : on));
            out.flush();
            return 0;
        }
    }

    @Command(name = "check", description = {"Check a policy catalogue file: its YAML shape, every reference (organisations, "
            + "units, roles, purposes, legal regimes, schemata, properties), overlapping versions, and that 'all' is used "
            + "only for public regimes.", "Exit 0 when it can be put in force; else 2 with one line: FILE: entry: reason."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.yml", description = "The catalogue to check (format: policy/README.md).")
        Path file;

        @CommandLine.Mixin
        RegimesOption regimes;

        @Option(names = "--on", paramLabel = "DATE", description = "Count the agreements in force on this date (default: today).")
        LocalDate on;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PolicyCatalogue catalogue = PolicyConfiguration.load(Optional.of(file), regimes.regimes());
            LocalDate day = on == null ? LocalDate.now() : on;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: valid — %d organisations, %d users, %d purposes, %d roles, %d agreement versions (%d in force on %s)%n",
                    file, catalogue.organisations().size(), catalogue.users().size(), catalogue.purposes().size(),
                    catalogue.roles().size(), catalogue.agreements().size(), catalogue.agreementsOn(day).size(), day);
            for (SharingAgreement a : catalogue.agreements()) {
                if (!a.everyone().isEmpty() && !a.prohibits()) {
                    out.printf("%s: %s grants %s to all (%s)%n", file, a.ref(), String.join(", ", a.regimes().stream().sorted().toList()),
                            String.join(", ", a.everyone().stream().sorted().toList()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
