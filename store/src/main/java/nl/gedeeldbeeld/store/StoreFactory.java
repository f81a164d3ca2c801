package nl.gedeeldbeeld.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.jdbc.DriverManagerDataSource;
import nl.gedeeldbeeld.store.jdbc.EntityIdKeys;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import nl.gedeeldbeeld.store.jdbc.OpaqueEntityIdsMigration;
import nl.gedeeldbeeld.store.search.SearchIndex;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the store (migrating its schema first) and the search index, from a {@link StoreConfig}, a data
 * directory or a data source someone else manages.
 */
public final class StoreFactory {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    private StoreFactory() {
    }

    /** Store and index together: H2 and Lucene under {@code dataDir}. */
    public static Storage openEmbedded(Path dataDir) {
        return open(StoreConfig.embedded(dataDir));
    }

    /** Store and index together, as configured. */
    public static Storage open(StoreConfig config) {
        JdbcStatementStore store = openStore(config);
        try {
            SearchIndex index = SearchIndex.open(config.indexDirectory(), SchemaRegistry.standard(),
                    store.entityIds().fingerprint());
            Storage storage = new Storage(store, index);
            if (index.formatOutdated()) {
                LOG.warn("search index {} was written in an older layout; rebuilding it from the store", config.indexDirectory());
                IndexBacklog.Pending before = store.indexBacklog().pending();
                index.rebuild(store);
                store.indexBacklog().clear(before.keys());
            } else if (index.idGenerationOutdated()) {
                // Ids moved to another generation or key (migration V7): every entity field is stale.
                LOG.warn("search index {} holds entity ids of another id key; rebuilding it from the store", config.indexDirectory());
                IndexBacklog.Pending before = store.indexBacklog().pending();
                index.rebuild(store);
                store.indexBacklog().clear(before.keys());
            } else {
                storage.catchUpIndex();
            }
            return storage;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The statement store alone, migrated to the current schema. */
    public static JdbcStatementStore openStore(StoreConfig config) {
        Database database = config.database();
        Optional<byte[]> key = config.entityIdKey().map(EntityIdKeys::parse);
        if (database == Database.POSTGRESQL) {
            // A request asks the policy registers several times; a new PostgreSQL connection per question
            // costs milliseconds each (a backend process per connection), a pooled one microseconds.
            HikariDataSource pool = pool(config);
            try {
                migrate(pool, database, config.jdbcUrl(), key);
                return new JdbcStatementStore(pool, database, EntityIdKeys.load(pool, key), pool::close);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
        DataSource direct = new DriverManagerDataSource(config.jdbcUrl(), config.user(), config.password());
        // An embedded H2 database closes with its last connection; holding one open for the store's
        // lifetime keeps the file open between calls. The first connection is opened directly so that a
        // database locked by another process gets our message, not the pool's.
        Connection keepOpen = connect(direct, config.jdbcUrl());
        HikariDataSource pool;
        EntityIdScheme ids;
        try {
            migrate(direct, database, config.jdbcUrl(), key);
            ids = EntityIdKeys.load(direct, key);
            // Pooled all the same: H2 caches parsed statements per session, and a policed read's SQL is
            // the same text for every request of one context, so a pooled session skips the parse.
            pool = pool(config);
        } catch (RuntimeException e) {
            close(keepOpen);
            throw e;
        }
        return new JdbcStatementStore(pool, database, ids, () -> {
            pool.close();
            close(keepOpen);
        });
    }

    private static HikariDataSource pool(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        hikari.setPoolName("gedeeldbeeld-store");
        hikari.setMaximumPoolSize(10);
        hikari.setMinimumIdle(1);
        // Fail at once with our message, instead of Hikari's 30 s wait for a server that is not there.
        hikari.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UserInputException("cannot open database " + Database.redact(config.jdbcUrl()) + ": "
                    + firstLine(cause.getMessage()), e);
        }
    }

    /** A store over a data source the caller manages (e.g. an application's connection pool). */
    public static JdbcStatementStore openStore(DataSource dataSource, Database database) {
        migrate(dataSource, database, database.name(), Optional.empty());
        return new JdbcStatementStore(dataSource, database, EntityIdKeys.load(dataSource, Optional.empty()), () -> { });
    }

    private static Connection connect(DataSource dataSource, String url) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                // The embedded store allows one process at a time; the likely other one is `gb serve`.
                throw new UserInputException("the embedded store " + h2File(url) + " is in use by another process "
                        + "(a running 'gb serve' or 'gb demo'?); stop it first, or use PostgreSQL with --store jdbc:postgresql://…", e);
            }
            throw new UserInputException("cannot open database " + Database.redact(url) + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static String h2File(String url) {
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "");
        int semicolon = path.indexOf(';');
        return semicolon < 0 ? path : path.substring(0, semicolon);
    }

    private static void migrate(DataSource dataSource, Database database, String url, Optional<byte[]> entityIdKey) {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(database.migrationLocations().toArray(String[]::new))
                    // V7 is Java (it hashes ids under the key), registered here so it gets the configured key.
                    .javaMigrations(new OpaqueEntityIdsMigration(entityIdKey))
                    .load()
                    .migrate();
            LOG.info("store schema ready: database={} migrationsApplied={}", database, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new UserInputException("cannot prepare the schema of database " + Database.redact(url) + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        // H2 appends its error code ("[90020-232]"), which tells a user nothing.
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed: sqlState={}", e.getSQLState());
        }
    }
}
