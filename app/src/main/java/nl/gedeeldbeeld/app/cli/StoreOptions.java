package nl.gedeeldbeeld.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * Where the data lives, shared by every command that touches the store: the embedded H2 store under a
 * directory (default {@code ./data}) or a JDBC URL, from {@code --store} or the {@code GB_STORE}
 * environment variable; and the legal-regime catalogue (bundled, or {@code --regimes FILE}).
 */
public final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR|JDBC-URL",
            description = "Data directory of the embedded store (default: ./data) or a JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/gb?user=gb. Default from $GB_STORE.")
    String store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Search index directory when --store is a JDBC URL (default: ./data/index).")
    Path index;

    @Option(names = "--regimes", paramLabel = "FILE",
            description = "Legal-regime catalogue (YAML) to use instead of the bundled one.")
    Path regimesFile;

    /** The store configuration: option, then environment, then the embedded default. */
    public StoreConfig config() {
        return resolve(location(), Optional.ofNullable(index));
    }

    /**
     * The configuration for a location as users give it: a JDBC URL, or a data directory for the embedded
     * store (default {@code data}); the web application resolves its {@code gb.store} the same way.
     */
    public static StoreConfig resolve(Optional<String> location, Optional<Path> index) {
        String where = location.filter(s -> !s.isBlank()).orElse("data");
        StoreConfig config = where.startsWith("jdbc:") ? StoreConfig.of(where, index.orElse(Path.of("data", "index")))
                : StoreConfig.embedded(Path.of(where));
        // Production keeps the entity id key out of the database (and its backups): from the environment, as
        // a secret of the deployment. Without it the store makes and keeps its own key on first open.
        return Optional.ofNullable(System.getenv(ENTITY_ID_KEY_VARIABLE)).filter(k -> !k.isBlank())
                .map(config::withEntityIdKey).orElse(config);
    }

    /** Base64 or hex of at least 32 random bytes, e.g. {@code head -c 32 /dev/urandom | base64}. */
    static final String ENTITY_ID_KEY_VARIABLE = "GB_ENTITY_ID_KEY";

    public LegalRegimes regimes() {
        return regimesFile == null ? LegalRegimes.standard() : LegalRegimes.fromFile(regimesFile);
    }

    /** The location as given: the option, else the environment; empty means the embedded default. */
    Optional<String> location() {
        return Optional.ofNullable(store).or(() -> Optional.ofNullable(System.getenv("GB_STORE")));
    }
}
