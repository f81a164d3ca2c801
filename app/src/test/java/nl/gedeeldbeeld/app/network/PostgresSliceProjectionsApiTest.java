package nl.gedeeldbeeld.app.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The per-slice projections on PostgreSQL, when {@code GB_TEST_POSTGRES_URL} names a database: a fresh schema of
 * its own (so runs never see each other's rows), the search index and the audit log in a temporary directory.
 */
@EnabledIfEnvironmentVariable(named = "GB_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresSliceProjectionsApiTest extends AbstractSliceProjectionsApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException, SQLException {
        String url = System.getenv("GB_TEST_POSTGRES_URL");
        String schema = "gb_slices_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        Path dir = Files.createTempDirectory("gb-slice-projections-pg");
        data = dir;
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        registry.add("gb.store", () -> scoped);
        registry.add("gb.index", () -> dir.resolve("index").toString());
        registry.add("gb.audit", () -> dir.resolve("audit/audit.log").toString());
    }
}
