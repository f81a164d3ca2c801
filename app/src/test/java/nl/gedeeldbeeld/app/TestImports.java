package nl.gedeeldbeeld.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;

/**
 * A partner's FtM lines written to a file and imported as the app imports (through the store's import target, so
 * the search index follows), for tests that build their own small world. A helper, not a base class: a shared
 * base would make Spring share one context, and so one store, between the test classes.
 */
public final class TestImports {
    private static final AtomicInteger FILES = new AtomicInteger();

    private TestImports() {
    }

    /** Imports the lines as {@code dataset} of {@code partner} under WPG_ART8, reliability B2; each call its own file. */
    public static void load(Storage storage, Path dir, String dataset, String partner, Optional<LocalDate> retainUntil,
                            List<String> lines) throws IOException {
        Path file = Files.writeString(dir.resolve(dataset + "-" + FILES.incrementAndGet() + ".ftm.json"),
                String.join("\n", lines) + "\n");
        ImportRequest.Builder request = ImportRequest.builder(dataset, partner, "WPG_ART8").file(file).reliability("B2");
        retainUntil.ifPresent(request::retainUntil);
        new Importer(storage.importTarget()).importAll(request.build(), ProgressListener.NONE);
    }

    public static String person(String id, String name) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"]}}";
    }

    /** An Associate or a Family link between two persons. */
    public static String link(String id, String schema, String from, String to) {
        String[] ends = schema.equals("Family") ? new String[] {"person", "relative"} : new String[] {"person", "associate"};
        return "{\"id\":\"" + id + "\",\"schema\":\"" + schema + "\",\"properties\":{\"" + ends[0] + "\":[\"" + from
                + "\"],\"" + ends[1] + "\":[\"" + to + "\"]}}";
    }
}
