package nl.gedeeldbeeld.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.app.cli.ManifestRequests;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.synth.WorldGenerator;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * A small synthetic world, generated and imported into a fresh embedded store with its own audit log, and
 * the access layer over it: the setting of the end-to-end tests of lawful sharing. Each test class opens
 * its own (purges and flags change it); the world files are generated once per JVM.
 */
final class SyntheticWorld implements AutoCloseable {
    private static Path world;

    final Path dir;
    final Storage storage;
    final FileAuditLog audit;
    final AccessLayer access;

    private SyntheticWorld(Path dir, Storage storage, FileAuditLog audit, AccessLayer access) {
        this.dir = dir;
        this.storage = storage;
        this.audit = audit;
        this.access = access;
    }

    static synchronized Path worldFiles() {
        if (world == null) {
            try {
                world = Files.createTempDirectory("gb-synthetic-world");
                new WorldGenerator().generate(7, WorldSize.SMALL, world, nl.gedeeldbeeld.synth.ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return world;
    }

    static SyntheticWorld open() {
        try {
            Path dir = Files.createTempDirectory("gb-lawful-sharing");
            Storage storage = StoreFactory.open(StoreConfig.embedded(dir.resolve("data")));
            Importer importer = new Importer(storage.importTarget());
            for (var request : ManifestRequests.read(worldFiles().resolve("manifest.json"))) {
                importer.importAll(request, ProgressListener.NONE);
            }
            FileAuditLog audit = FileAuditLog.open(dir.resolve("audit/audit.log"), FsyncPolicy.ON_FLUSH, 100);
            AccessLayer access = AccessLayer.over(storage, PolicyCatalogue.demo(), audit, SchemaRegistry.standard(),
                    Clock.systemUTC());
            return new SyntheticWorld(dir, storage, audit, access);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AccessContext as(String user, String purpose) {
        return as(user, purpose, Instant.now());
    }

    AccessContext as(String user, String purpose, Instant at) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "test-" + user, at);
    }

    Path groundTruth() {
        return worldFiles().resolve("ground-truth");
    }

    /** Lines of ground-truth/identities.csv as dataset, source id, true id, schema. */
    List<String[]> identities() {
        try {
            List<String> lines = Files.readAllLines(groundTruth().resolve("identities.csv"));
            return lines.subList(1, lines.size()).stream().map(line -> {
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                int beforeLast = line.lastIndexOf(',', last - 1);
                return new String[] {line.substring(0, first), line.substring(first + 1, beforeLast),
                        line.substring(beforeLast + 1, last), line.substring(last + 1)};
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        audit.close();
        storage.close();
    }
}
