package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches names (typo-tolerant, tussenvoegsel-aware) and identifiers from the command line. */
@Command(name = "search", description = "Search entities by name or identifier (IBAN, KvK, plate, passport …).")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @CommandLine.Mixin
    AccessOptions access;

    @Option(names = "--schema", description = "Only this schema and its descendants (repeatable), e.g. Person.")
    List<String> schemata = List.of();

    @Option(names = "--limit", defaultValue = "20", description = "Number of hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = StoreFactory.open(options.config()); AuditLog log = access.openAudit(options)) {
            AccessLayer layer = access.layer(storage, log, options);
            SearchPage result = layer.entities().search(access.open(layer), String.join(" ", words),
                    Set.copyOf(schemata), SearchFilter.unrestricted(), 0, limit);
            out.println(result.total() + (result.total() == 1 ? " hit" : " hits"));
            for (FoundEntity hit : result.hits()) {
                out.printf("%-13s %-40s %s  [%s; %s]%n", hit.schema(), hit.caption(), hit.entityId(),
                        hit.matchedField(), String.join(",", hit.datasets()));
            }
        }
        out.flush();
        return 0;
    }
}
