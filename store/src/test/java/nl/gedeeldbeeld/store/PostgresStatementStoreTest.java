package nl.gedeeldbeeld.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.junit.jupiter.api.Test;
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
        return StoreFactory.openStore(StoreConfig.of(scoped(), Path.of("unused-index")));
    }

    private String scoped() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /*
     * The per-slice projections of a server are keyed on the write generation; on a database that several
     * processes share, a write by another one (gb ingest, gb retention purge) must move it too, or the server
     * would go on serving what was purged or replaced.
     */
    @Test
    void aCommittedWriteTakesANumberFromTheDatabaseSoOtherProcessesNoticeIt() throws Exception {
        long before = databaseGeneration();
        store.registers().confirmHit("entity-1", "POLITIE", "rechercheur-politie", Instant.now());
        assertThat(databaseGeneration()).isGreaterThan(before);
    }

    @Test
    void aNumberTakenByAnotherProcessMovesThisStoresWriteGeneration() throws Exception {
        long before = store.writeGeneration();
        // What another process's store does around a committed write.
        try (Connection c = DriverManager.getConnection(scoped()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nextval('write_generation')")) {
            rs.next();
        }
        assertThat(store.writeGeneration()).isNotEqualTo(before);
    }

    private long databaseGeneration() throws Exception {
        try (Connection c = DriverManager.getConnection(scoped()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM write_generation")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    protected void closeStore() throws Exception {
        super.closeStore();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
