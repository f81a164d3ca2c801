package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo: generate a small synthetic world (once), import everything its manifest lists into the store
 * (a no-op when it was imported before) and serve the web UI and API.
 */
@Command(name = "demo", description = "Generate a small world, load it into the embedded store and serve http://localhost:8080.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the demo world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "small", description = "World size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--world", defaultValue = "worlds/demo", paramLabel = "DIR", description = "Where the world is written (default: ${DEFAULT-VALUE}).")
    Path world;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load the world, then stop (for scripts and tests).")
    boolean noServe;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path manifest = world.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            GenerateCommand.generate(seed, GenerateCommand.parseSize(size), world, out);
        } else {
            out.println("world " + world + " exists; using it");
        }
        try (Storage storage = StoreFactory.open(options.config())) {
            // Quarantined records are part of the demo (the noise is deliberate): report, do not stop.
            IngestCommand.run(storage, ManifestRequests.read(manifest), out, new PrintWriter(java.io.Writer.nullWriter()));
            out.printf("store: %,d statements about %,d entities; %d records in quarantine ('gb quarantine list')%n",
                    storage.store().countStatements(), storage.store().countEntities(),
                    storage.store().quarantine(java.util.Optional.empty(), false).size());
            try (var audit = nl.gedeeldbeeld.policy.audit.FileAuditLog.open(
                    AccessOptions.auditFile(java.util.Optional.empty(), options),
                    nl.gedeeldbeeld.policy.audit.FsyncPolicy.ON_FLUSH, 1000)) {
                DemoScenario.seed(nl.gedeeldbeeld.store.access.AccessLayer.over(storage,
                        nl.gedeeldbeeld.policy.PolicyCatalogue.demo(), audit,
                        nl.gedeeldbeeld.model.schema.SchemaRegistry.standard(), java.time.Clock.systemUTC()), world, out);
            }
        }
        out.flush();
        err.flush();
        if (!noServe) {
            ServeCommand.start(options, port);
        }
        return 0;
    }
}
