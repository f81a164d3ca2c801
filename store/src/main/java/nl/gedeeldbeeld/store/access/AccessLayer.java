package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.Objects;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.store.Storage;

/**
 * Everything that answers users, wired over one store, catalogue and audit log: the decision point reads
 * the store's registers, so joint cases, confirmed hits and protection flags take effect at once.
 */
public record AccessLayer(PolicyDecisionPoint decisions, EntityAccess entities, Exports exports, Retention retention,
                          Protection protection, SharingRegisters sharing, AuditLog audit) {
    public AccessLayer {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(audit, "audit");
    }

    public static AccessLayer over(Storage storage, PolicyCatalogue catalogue, AuditLog audit, SchemaRegistry schemas,
                                   Clock clock) {
        PolicyRegisters registers = storage.store().registers();
        PolicyDecisionPoint decisions = new PolicyDecisionPoint(catalogue, registers, registers, registers);
        ProtectionWatch watch = new ProtectionWatch(registers, storage.store().protectionAlerts(), audit, clock);
        EntityAccess entities = new EntityAccess(storage, decisions, registers, watch, audit, schemas, clock);
        return new AccessLayer(decisions, entities,
                new Exports(entities, storage.store().exportRequests(), watch, audit, schemas, clock),
                new Retention(storage, storage.store().legalHolds(), audit, clock),
                new Protection(entities, registers, storage.store().protectionAlerts(), audit, schemas, clock),
                new SharingRegisters(entities, registers, audit, clock), audit);
    }
}
