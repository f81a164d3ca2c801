package nl.gedeeldbeeld.app.ownership;

import nl.gedeeldbeeld.app.network.VisibleEntities;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ownership analyses over the store for the API. */
@Configuration(proxyBeanMethods = false)
class OwnershipConfiguration {
    @Bean
    Ownerships ownerships(VisibleEntities entities) {
        return new Ownerships(entities);
    }
}
