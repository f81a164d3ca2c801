package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.app.resolution.StoreResolution;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
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
        try (Storage storage = StoreFactory.open(options.config());
             FileAuditLog audit = FileAuditLog.open(AccessOptions.auditFile(Optional.empty(), options),
                     FsyncPolicy.ON_FLUSH, 1000)) {
            // Quarantined records are part of the demo (the noise is deliberate): report, do not stop.
            IngestCommand.run(storage, new ImportAudit(storage, audit, options.regimes(), ImportAudit.cliActor(), Clock.systemUTC()),
                    ManifestRequests.read(manifest), out, new PrintWriter(Writer.nullWriter()));
            out.printf("store: %,d statements about %,d entities; %d records in quarantine ('gb quarantine list')%n",
                    storage.store().countStatements(), storage.store().countEntities(),
                    storage.store().quarantine(Optional.empty(), false).size());
            AccessLayer layer = AccessLayer.over(storage, PolicyCatalogue.demo(), audit, SchemaRegistry.standard(),
                    Clock.systemUTC());
            DemoScenario.seed(layer, storage.store().entityIds(), world, out);
            // Identities and a review queue belong to the shared picture from the start; a second demo run
            // on the same store records nothing new.
            StoreResolution.Summary resolved = new StoreResolution(storage.store(), storage.store().judgements(),
                    PolicyCatalogue.demo(), SchemaRegistry.standard(), layer.audited(), Clock.systemUTC())
                    .run(ImportAudit.cliActor(), ResolutionProgress.NONE);
            out.println("resolution: " + resolved.describe());
        }
        out.flush();
        err.flush();
        if (!noServe) {
            // The demo's users, joint case and hits belong to the bundled catalogue: serve under it whatever the
            // environment says.
            ServeCommand.start(options, port, Optional.of(""));
        }
        return 0;
    }
}
