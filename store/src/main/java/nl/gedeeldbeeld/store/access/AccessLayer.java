package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.Objects;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.write.WriteDecisionPoint;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.Storage;

/**
 * Everything that answers users, wired over one store, catalogue and audit log: the decision point reads
 * the store's registers, so joint cases, confirmed hits and protection flags take effect at once. Every
 * governed write (joint cases, holds, purges, protection flags, export decisions) asks {@link #writes()}
 * first, which audits the write rule that allowed or refused it, and then commits the write together with
 * its own audit event ({@link AuditedWrites}); opening the layer first drains into the chain the events a
 * killed process committed but never appended.
 */
public record AccessLayer(PolicyDecisionPoint decisions, EntityAccess entities, Exports exports, Retention retention,
                          Protection protection, SharingRegisters sharing, WriteGuard writes, AuditLog audit,
                          AuditedWrites audited) {
    public AccessLayer {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(audited, "audited");
    }

    public static AccessLayer over(Storage storage, PolicyCatalogue catalogue, AuditLog audit, SchemaRegistry schemas,
                                   Clock clock) {
        AuditedWrites audited = AuditedWrites.open(storage.store(), audit);
        PolicyRegisters registers = storage.store().registers();
        ProtectionCovers covers = new ProtectionCovers(storage.store(), registers, schemas, clock);
        PolicyDecisionPoint decisions = new PolicyDecisionPoint(catalogue, registers, registers, covers);
        ProtectionWatch watch = new ProtectionWatch(registers, storage.store().protectionAlerts(), audit, clock);
        EntityAccess entities = new EntityAccess(storage, decisions, registers, watch, audit, schemas, clock, covers);
        WriteGuard writes = new WriteGuard(new WriteDecisionPoint(catalogue), audit, clock);
        return new AccessLayer(decisions, entities,
                new Exports(entities, storage.store().exportRequests(), watch, writes, audited, schemas, clock),
                new Retention(storage, storage.store().legalHolds(), writes, audited, clock),
                new Protection(entities, storage.store(), registers, storage.store().protectionAlerts(), writes, audited,
                        schemas, clock),
                new SharingRegisters(entities, storage.store(), registers, writes, audited, clock), writes, audit, audited);
    }
}
