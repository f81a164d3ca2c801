package nl.gedeeldbeeld.app.network;

import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Analysis views over the store for the API: network, money flows, ownership. */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {
    @Bean
    VisibleEntities visibleEntities(AccessLayer access, Storage storage, SchemaRegistry schemas) {
        return new VisibleEntities(access, storage.store(), schemas);
    }

    @Bean
    NetworkViews networkViews(VisibleEntities entities, Storage storage, nl.gedeeldbeeld.policy.PolicyCatalogue catalogue) {
        // Only judgements their owners stand behind merge records in a view (write rule JUDGE).
        return new NetworkViews(entities, new nl.gedeeldbeeld.app.resolution.ConsentedJudgements(storage.store().judgements(),
                storage.store().pendingJudgements(), storage.store(), catalogue));
    }
}
