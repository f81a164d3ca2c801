package nl.gedeeldbeeld.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.gedeeldbeeld.store.StoreConfig;

class H2OpaqueIdsMigrationTest extends AbstractOpaqueIdsMigrationTest {
    private Path dir;

    @Override
    protected StoreConfig config() throws Exception {
        dir = Files.createTempDirectory("gb-v7-h2");
        return StoreConfig.embedded(dir);
    }

    @Override
    protected void dropDatabase() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
