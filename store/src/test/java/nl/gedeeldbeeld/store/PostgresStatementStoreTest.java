package nl.gedeeldbeeld.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The repository contract on PostgreSQL, when {@code GB_TEST_POSTGRES_URL} names a database. The class
 * works in a schema of its own, dropped afterwards, so runs never see each other's rows.
 */
@EnabledIfEnvironmentVariable(named = "GB_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresStatementStoreTest extends AbstractStatementStoreTest {
    private final String url = System.getenv("GB_TEST_POSTGRES_URL");
    private final String schema = "gb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected JdbcStatementStore openStore() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return StoreFactory.openStore(StoreConfig.of(scoped, Path.of("unused-index")));
    }

    @Override
    protected void closeStore() throws Exception {
        super.closeStore();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
