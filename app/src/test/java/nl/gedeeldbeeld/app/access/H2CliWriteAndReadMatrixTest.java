package nl.gedeeldbeeld.app.access;

import java.nio.file.Path;
import java.util.Optional;

/** The command-line write-and-read matrix on an embedded H2 store (every build). */
class H2CliWriteAndReadMatrixTest extends AbstractCliWriteAndReadMatrixTest {
    @Override
    String storeLocation(Path dir) {
        return dir.resolve("data").toString();
    }

    @Override
    Optional<Path> indexDirectory(Path dir) {
        return Optional.empty();
    }
}
