package nl.gedeeldbeeld.app.access;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The command-line write-and-read matrix on PostgreSQL (a fresh schema), when {@code GB_TEST_POSTGRES_URL} names one. */
@EnabledIfEnvironmentVariable(named = "GB_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresCliWriteAndReadMatrixTest extends AbstractCliWriteAndReadMatrixTest {
    @Override
    String storeLocation(Path dir) throws Exception {
        String url = System.getenv("GB_TEST_POSTGRES_URL");
        String schema = "gb_cli_matrix_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    Optional<Path> indexDirectory(Path dir) {
        return Optional.of(dir.resolve("index"));
    }
}
