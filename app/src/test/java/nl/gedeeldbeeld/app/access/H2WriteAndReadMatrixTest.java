package nl.gedeeldbeeld.app.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The write-and-read matrix on the embedded H2 store (every build). */
class H2WriteAndReadMatrixTest extends AbstractWriteAndReadMatrixTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("gb-matrix-h2");
        registry.add("gb.store", () -> dir.resolve("data").toString());
        commonProperties(registry, dir);
    }
}
