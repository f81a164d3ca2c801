package nl.gedeeldbeeld.store;

import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;

/** The databases the store runs on, recognised from the JDBC URL. */
public enum Database {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String vendor;

    Database(String vendor) {
        this.vendor = vendor;
    }

    /** The database a JDBC URL points at, or a user error naming the URL. */
    public static Database of(String jdbcUrl) {
        String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new UserInputException("database URL '" + redact(jdbcUrl)
                + "' is neither H2 (jdbc:h2:…) nor PostgreSQL (jdbc:postgresql:…)");
    }

    /** Flyway locations: the portable migrations plus this vendor's few specific ones. */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }

    /** A URL as it may appear in messages and logs: passwords blanked out. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
