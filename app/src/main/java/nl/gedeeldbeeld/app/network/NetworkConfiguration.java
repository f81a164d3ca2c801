package nl.gedeeldbeeld.app.network;

import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Graph views over the store for the API. */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {
    @Bean
    NetworkViews networkViews(AccessLayer access, Storage storage, SchemaRegistry schemas) {
        return new NetworkViews(access, storage.store(), storage.store().judgements(), schemas);
    }
}
