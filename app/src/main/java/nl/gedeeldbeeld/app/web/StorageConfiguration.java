package nl.gedeeldbeeld.app.web;

import java.nio.file.Path;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the one store and index the application serves, and closes them on shutdown. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    Storage storage(GbProperties properties) {
        String where = properties.store();
        StoreConfig config = where.startsWith("jdbc:")
                ? StoreConfig.of(where, properties.index().isBlank() ? Path.of("data", "index") : Path.of(properties.index()))
                : StoreConfig.embedded(Path.of(where));
        return StoreFactory.open(config);
    }

    @Bean
    SchemaRegistry schemaRegistry() {
        return SchemaRegistry.standard();
    }
}
