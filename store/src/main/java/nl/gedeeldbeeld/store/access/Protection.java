package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.VisibleStatements;
import tech.followthemoney.model.Schema;

/**
 * Flagging persons as protected (bewaken en beveiligen) and reading the alerts. Only a unit of the partner
 * that holds the person can flag them, and the flag covers the addresses and vehicles that lead to them
 * (found one step away in the partner's own data). Flags and alerts are need-to-know: an organisation
 * sees only its own; to everyone else a flag shows only as absence.
 */
public final class Protection {
    private final EntityAccess access;
    private final PolicyRegisters registers;
    private final ProtectionAlerts alerts;
    private final AuditLog audit;
    private final SchemaRegistry schemas;
    private final Clock clock;

    public Protection(EntityAccess access, PolicyRegisters registers, ProtectionAlerts alerts, AuditLog audit,
                      SchemaRegistry schemas, Clock clock) {
        this.access = access;
        this.registers = registers;
        this.alerts = alerts;
        this.audit = audit;
        this.schemas = schemas;
        this.clock = clock;
    }

    /** Flags the person and their addresses and vehicles; returns every flag placed. */
    public List<ProtectionFlag> protect(AccessContext ctx, String personId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("state why the person is protected (reason)");
        }
        String unit = ctx.user().unit().orElseThrow(() -> new AccessRefusedException(
                "only a member of a unit can flag a person; " + ctx.user().id() + " has no unit"));
        VisibleStatements own = access.visibleUnaudited(ctx, List.of(personId));
        boolean holds = own.statementsOf(personId).stream()
                .anyMatch(s -> s.provenance().partner().equals(ctx.organisation().code()) && isA(s.schema(), "Person"));
        if (!holds) {
            throw new AccessRefusedException("only the partner that holds person " + personId + " can flag them");
        }
        ProtectionFlag person = new ProtectionFlag(personId, ctx.organisation().code(), unit, reason.strip(),
                ctx.user().id(), clock.instant(), Optional.empty());
        registers.protect(person);
        List<ProtectionFlag> placed = new java.util.ArrayList<>(List.of(person));
        for (Neighbour n : access.neighbours(ctx, personId).neighbours()) {
            if (isA(n.schema(), "Address") || isA(n.schema(), "Vehicle")) {
                ProtectionFlag cover = new ProtectionFlag(n.entityId(), person.ownerOrganisation(), unit, person.reason(),
                        ctx.user().id(), person.flaggedAt(), Optional.of(personId));
                registers.protect(cover);
                placed.add(cover);
            }
        }
        audit.append(AccessAudit.record(ctx, "protection-flag", AuditAction.ADMIN,
                placed.stream().map(ProtectionFlag::entityId).toList(), "FLAGGED",
                "protected by " + person.ownerOrganisation() + "/" + unit + " with " + (placed.size() - 1) + " covering entities",
                clock.instant()));
        audit.flush();
        return List.copyOf(placed);
    }

    public void lift(AccessContext ctx, String personId) {
        ProtectionFlag flag = ownFlag(ctx, personId);
        registers.lift(flag.entityId(), ctx.user().id(), clock.instant());
        audit.append(AccessAudit.record(ctx, "protection-flag", AuditAction.ADMIN, List.of(personId), "LIFTED",
                "protection lifted", clock.instant()));
        audit.flush();
    }

    public List<ProtectionFlag> flags(AccessContext ctx) {
        return registers.flagsOwnedBy(ctx.organisation().code());
    }

    public List<ProtectionAlert> alerts(AccessContext ctx, boolean includeAcknowledged) {
        return alerts.forOwner(ctx.organisation().code(), includeAcknowledged);
    }

    public void acknowledge(AccessContext ctx, String alertId) {
        if (!alerts.acknowledge(alertId, ctx.organisation().code(), ctx.user().id(), clock.instant())) {
            throw new UserInputException("no open alert " + alertId + " for " + ctx.organisation().code());
        }
        audit.append(AccessAudit.record(ctx, "protection-alert", AuditAction.ADMIN, List.of(), "ACKNOWLEDGED",
                "alert " + alertId + " acknowledged", clock.instant()));
        audit.flush();
    }

    private ProtectionFlag ownFlag(AccessContext ctx, String entityId) {
        return registers.protectionOf(entityId).filter(f -> f.ownerOrganisation().equals(ctx.organisation().code()))
                .orElseThrow(() -> new UserInputException("no protection flag of " + ctx.organisation().code() + " on " + entityId));
    }

    private boolean isA(String schemaName, String ancestor) {
        Optional<Schema> a = schemas.schema(ancestor);
        return schemas.schema(schemaName).flatMap(s -> a.map(s::isA)).orElse(false);
    }
}
