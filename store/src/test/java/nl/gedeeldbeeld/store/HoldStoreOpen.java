package nl.gedeeldbeeld.store;

import java.nio.file.Path;

/** Run in a child process by a test: opens the embedded store, says so, and keeps it open until killed. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (Storage storage = StoreFactory.openEmbedded(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
