package nl.gedeeldbeeld.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web application.
 *
 * @param store data directory of the embedded store or a JDBC URL (as {@code gb --store})
 * @param index search index directory when {@code store} is a JDBC URL; blank for the default
 */
@ConfigurationProperties(prefix = "gb")
public record GbProperties(String store, String index) {
    public GbProperties {
        store = store == null || store.isBlank() ? "data" : store;
        index = index == null ? "" : index;
    }
}
