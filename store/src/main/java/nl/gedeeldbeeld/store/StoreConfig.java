package nl.gedeeldbeeld.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the statement store and its search index live.
 *
 * @param jdbcUrl        {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
 * @param user           database user; empty when the URL carries it or none is needed
 * @param password       database password; empty when the URL carries it or none is needed
 * @param indexDirectory the Lucene index directory (local even when the statements are in PostgreSQL)
 * @param entityIdKey    the platform's entity id key from configuration ({@code GB_ENTITY_ID_KEY}, base64 or
 *                       hex of at least 32 bytes); empty: the store makes and keeps its own on first open
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path indexDirectory, Optional<String> entityIdKey) {

    /** H2 settings chosen for bulk import: PostgreSQL-compatible SQL, a 64 MB page cache, 10 s lock wait. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";CACHE_SIZE=65536;LOCK_TIMEOUT=10000";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(indexDirectory, "indexDirectory");
        Objects.requireNonNull(entityIdKey, "entityIdKey");
        Database.of(jdbcUrl);
    }

    public StoreConfig(String jdbcUrl, String user, String password, Path indexDirectory) {
        this(jdbcUrl, user, password, indexDirectory, Optional.empty());
    }

    /** The same store under an entity id key given by configuration instead of one kept in the store. */
    public StoreConfig withEntityIdKey(String key) {
        return new StoreConfig(jdbcUrl, user, password, indexDirectory, Optional.of(key));
    }

    /** The embedded default: an H2 file {@code <dataDir>/gedeeldbeeld.mv.db} and the index in {@code <dataDir>/index}. */
    public static StoreConfig embedded(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return new StoreConfig("jdbc:h2:file:" + dir.resolve("gedeeldbeeld").toString().replace('\\', '/') + H2_SETTINGS,
                "", "", dir.resolve("index"));
    }

    /** A database given by URL (credentials in the URL or none), with the index in {@code indexDirectory}. */
    public static StoreConfig of(String jdbcUrl, Path indexDirectory) {
        return new StoreConfig(jdbcUrl, "", "", indexDirectory);
    }

    public StoreConfig withCredentials(String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, indexDirectory, entityIdKey);
    }

    public Database database() {
        return Database.of(jdbcUrl);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + Database.redact(jdbcUrl) + ", index " + indexDirectory + "]";
    }
}
