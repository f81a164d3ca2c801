package nl.gedeeldbeeld.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;

/**
 * Fresh, migrated stores for the H2 and PostgreSQL subclasses of the abstract repository tests: an H2 file in
 * a new temporary directory, or a new schema in the database {@code GB_TEST_POSTGRES_URL} names. Closing
 * removes the directory or drops the schema, so runs never see each other's rows.
 */
final class TestDatabases {
    static final String POSTGRES_URL_VARIABLE = "GB_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    /** A store and what closing it must clean up. */
    interface Opened extends AutoCloseable {
        JdbcStatementStore store();

        @Override
        void close() throws Exception;
    }

    static Opened h2() throws Exception {
        Path dir = Files.createTempDirectory("gb-h2-test");
        JdbcStatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir));
        return new Opened() {
            @Override
            public JdbcStatementStore store() {
                return store;
            }

            @Override
            public void close() throws Exception {
                store.close();
                TestDirs.delete(dir);
            }
        };
    }

    static Opened postgres() throws Exception {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        String schema = "gb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        JdbcStatementStore store = StoreFactory.openStore(StoreConfig.of(scoped, Path.of("unused-index")));
        return new Opened() {
            @Override
            public JdbcStatementStore store() {
                return store;
            }

            @Override
            public void close() throws Exception {
                store.close();
                try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        };
    }
}
