package nl.gedeeldbeeld.app.web;

import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.app.cli.StoreOptions;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the one store and index the application serves, and closes them on shutdown. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    Storage storage(GbProperties properties) {
        return StoreFactory.open(StoreOptions.resolve(Optional.of(properties.store()),
                Optional.of(properties.index()).filter(s -> !s.isBlank()).map(Path::of)));
    }

    @Bean
    SchemaRegistry schemaRegistry() {
        return SchemaRegistry.standard();
    }
}
