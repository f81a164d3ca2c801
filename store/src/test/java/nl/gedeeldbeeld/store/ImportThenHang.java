package nl.gedeeldbeeld.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child process by a test and killed there with SIGKILL: imports two batches into the embedded store
 * under {@code args[0]} and hangs. Batch 1 goes through {@link Storage#commitAndIndex} (in the index writer,
 * not yet in a durable index commit), batch 2 only into the store, as if the process died between the
 * store's commit and the index update; "committed" on stdout tells the test both store commits are done.
 */
public final class ImportThenHang {
    private ImportThenHang() {
    }

    public static void main(String[] args) throws InterruptedException {
        Storage storage = StoreFactory.openEmbedded(Path.of(args[0]));
        storage.store().beginRun(Fixtures.run("r1", "fiod-zaak"));
        storage.commitAndIndex(Fixtures.batch("r1", 1, Fixtures.T0),
                Fixtures.entity("fiod-zaak", "P1", "Person", "name", "Zeynep Polat"), List.of());
        storage.store().commitBatch(Fixtures.batch("r1", 2, Fixtures.T0),
                Fixtures.entity("fiod-zaak", "P2", "Person", "name", "Jan Jansen"), List.of());
        // H2 writes committed transactions to its file in the background (up to a second later); a kill inside
        // that second loses the batch from store and backlog alike, which is consistent but not this test's case.
        Thread.sleep(3_000);
        System.out.println("committed");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
