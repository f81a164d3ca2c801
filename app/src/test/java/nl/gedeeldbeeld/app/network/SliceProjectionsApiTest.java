package nl.gedeeldbeeld.app.network;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The per-slice projections on the embedded H2 store. */
class SliceProjectionsApiTest extends AbstractSliceProjectionsApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-slice-projections");
        registry.add("gb.store", data::toString);
    }
}
