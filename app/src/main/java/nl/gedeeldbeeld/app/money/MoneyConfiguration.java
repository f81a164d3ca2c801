package nl.gedeeldbeeld.app.money;

import nl.gedeeldbeeld.app.network.VisibleEntities;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Money-flow analyses over the store for the API. */
@Configuration(proxyBeanMethods = false)
class MoneyConfiguration {
    @Bean
    MoneyFlows moneyFlows(VisibleEntities entities) {
        return new MoneyFlows(entities);
    }
}
