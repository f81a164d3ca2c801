package nl.gedeeldbeeld.app.resolution;

import java.time.Clock;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identities and the review queue over the store's judgement ledger, for the API. */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {
    @Bean
    IdentityService identityService(AccessLayer access, Storage storage, PolicyCatalogue catalogue, SchemaRegistry schemas,
                                    AuditLog audit, Clock clock) {
        return new IdentityService(access, storage.store(), storage.store().judgements(), storage.store().pendingJudgements(),
                catalogue, schemas, audit, clock);
    }
}
