package nl.gedeeldbeeld.app.web;

import java.nio.file.Path;
import java.time.Clock;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access layer every controller reads through, the decision point it uses (over the store's
 * registers) and the audit log. The log is a file of its own, apart from the database, so a purge or a
 * restore of the data never touches the record of who saw it. Changes, exports and alerts are forced to
 * disk before they return; reads within 20 ms, unless {@code gb.audit-fsync} asks for more
 * ({@link FsyncPolicy#READS_GROUPED} says why). An anchor every 1,000 events makes truncation detectable.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean(destroyMethod = "close")
    AuditLog auditLog(GbProperties properties) {
        return FileAuditLog.open(Path.of(properties.audit()), properties.auditFsync(), 1000);
    }

    @Bean
    AccessLayer accessLayer(Storage storage, PolicyCatalogue catalogue, AuditLog audit, SchemaRegistry schemas, Clock clock) {
        return AccessLayer.over(storage, catalogue, audit, schemas, clock);
    }

    @Bean
    PolicyDecisionPoint policyDecisionPoint(AccessLayer access) {
        return access.decisions();
    }
}
