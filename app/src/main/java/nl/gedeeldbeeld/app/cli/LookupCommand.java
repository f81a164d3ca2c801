package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.EntityProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Finds the entity a record of one's own dataset became, by its id in the source file: entity ids are opaque
 * and made under the platform's key, so this is how a partner goes from its registration key to the id.
 * Answers only to the organisation that supplied the dataset (exit 3 "not found" otherwise, as for an unknown
 * source id); audited like a profile read.
 */
@Command(name = "lookup", description = "Find the entity id of a record of your own dataset by its source id.")
final class LookupCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @CommandLine.Mixin
    AccessOptions access;

    @Option(names = "--dataset", required = true, description = "The dataset the record was imported into.")
    String dataset;

    @Parameters(paramLabel = "SOURCE_ID", description = "The record's id in its source file (e.g. a BVH number).")
    String sourceId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = StoreFactory.open(options.config()); AuditLog log = access.openAudit(options)) {
            AccessLayer layer = access.layer(storage, log, options);
            Optional<EntityProfile> found = layer.entities().bySourceId(access.open(layer), dataset, sourceId);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no record with that source id in dataset " + dataset + " that you may see");
                spec.commandLine().getErr().flush();
                return 3;
            }
            out.printf("%s %s %s%n", found.get().view().id(), found.get().view().schema(), found.get().view().caption());
        }
        out.flush();
        return 0;
    }
}
