package nl.gedeeldbeeld.app.cli;

import java.util.concurrent.Callable;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the legal-regime codes that {@code gb ingest --regime} accepts. */
@Command(name = "regimes", description = "List the legal regimes that --regime accepts.")
final class RegimesCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (LegalRegime regime : options.regimes().all()) {
            out.printf("%-15s %-5s %s%n", regime.code(), regime.retention().toString().substring(1), regime.name());
            out.printf("%-15s       grondslag: %s%n", "", regime.legalBasis());
        }
        out.flush();
        return 0;
    }
}
