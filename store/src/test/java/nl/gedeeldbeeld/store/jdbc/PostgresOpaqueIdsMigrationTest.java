package nl.gedeeldbeeld.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import nl.gedeeldbeeld.store.StoreConfig;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = "GB_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresOpaqueIdsMigrationTest extends AbstractOpaqueIdsMigrationTest {
    private final String url = System.getenv("GB_TEST_POSTGRES_URL");
    private final String schema = "gb_v7_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Path indexDir;

    @Override
    protected StoreConfig config() throws Exception {
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        indexDir = Files.createTempDirectory("gb-v7-pg-index");
        return StoreConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, indexDir);
    }

    @Override
    protected void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        try (Stream<Path> files = Files.walk(indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
