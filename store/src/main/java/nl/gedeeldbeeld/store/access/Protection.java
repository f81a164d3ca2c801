package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.registers.LiftRequest;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.VisibleStatements;
import tech.followthemoney.model.Schema;

/**
 * Flagging persons as protected (bewaken en beveiligen) and reading the alerts, under the write rules:
 * <ul>
 *   <li>PLACE_FLAG — a member of a unit of the partner that holds the person (and no other partner's
 *       statements are on the record), under a purpose the rule names; the flag belongs to that unit and
 *       covers the addresses and vehicles that lead to the person (found one step away); at read time
 *       {@link ProtectionCover} widens that to the links that name any of them and to the same address or
 *       vehicle entered under another id;</li>
 *   <li>REQUEST_FLAG_LIFT and APPROVE_FLAG_LIFT — lifting exposes the person again, so one member of the
 *       owning unit asks, with a reason, and a second, different member of that unit approves (four eyes);
 *       nobody outside the unit, the organisation's privacy officer included, can do either;</li>
 *   <li>READ_PROTECTION_ALERTS — the flags and the alerts (who looked the person up) are the owning
 *       unit's only: to the rest of its organisation and to everyone else a flag shows only as absence.</li>
 * </ul>
 * Every change commits with its ADMIN event in one transaction ({@link AuditedWrites}); a person and the
 * entities covering them are flagged together or not at all.
 */
public final class Protection {
    private final EntityAccess access;
    private final StatementStore store;
    private final PolicyRegisters registers;
    private final ProtectionAlerts alerts;
    private final WriteGuard writes;
    private final AuditedWrites audited;
    private final SchemaRegistry schemas;
    private final Clock clock;

    public Protection(EntityAccess access, StatementStore store, PolicyRegisters registers, ProtectionAlerts alerts,
                      WriteGuard writes, AuditedWrites audited, SchemaRegistry schemas, Clock clock) {
        this.access = access;
        this.store = store;
        this.registers = registers;
        this.alerts = alerts;
        this.writes = writes;
        this.audited = audited;
        this.schemas = schemas;
        this.clock = clock;
    }

    /** Flags the person and their addresses and vehicles for the actor's unit; returns every flag placed. */
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
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.PLACE_FLAG, store.partnersOf(personId))
                .ownedByUnit(unit), List.of(personId));
        ProtectionFlag person = new ProtectionFlag(personId, ctx.organisation().code(), unit, reason.strip(),
                ctx.user().id(), ctx.purpose().code(), clock.instant(), Optional.empty());
        List<ProtectionFlag> placed = new ArrayList<>(List.of(person));
        // The covering entities are read before the transaction, so the (audited) read stays outside it and
        // the flags are written together.
        for (Neighbour n : access.neighbours(ctx, personId).neighbours()) {
            if (isA(n.schema(), "Address") || isA(n.schema(), "Vehicle")) {
                placed.add(new ProtectionFlag(n.entityId(), person.ownerOrganisation(), unit, person.reason(),
                        ctx.user().id(), person.purpose(), person.flaggedAt(), Optional.of(personId)));
            }
        }
        audited.write("flagging a protected person", () -> placed.forEach(registers::protect),
                List.of(AccessAudit.record(ctx, "protection-flag", AuditAction.ADMIN,
                        placed.stream().map(ProtectionFlag::entityId).toList(), "FLAGGED",
                        "protected by " + person.ownerOrganisation() + "/" + unit + " with " + (placed.size() - 1)
                                + " covering entities (write rule " + allowed.rule() + ")", clock.instant())));
        return List.copyOf(placed);
    }

    /** The first pair of eyes: a member of the owning unit asks to lift the flag on the person. */
    public LiftRequest requestLift(AccessContext ctx, String personId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("state why the protection can end (reason)");
        }
        ProtectionFlag flag = flagOfOwnOrganisation(ctx, personId);
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.REQUEST_FLAG_LIFT,
                Set.of(flag.ownerOrganisation())).ownedByUnit(flag.ownerUnit()), List.of(personId));
        LiftRequest request = new LiftRequest(personId, ctx.user().id(), clock.instant(), reason.strip());
        return audited.write("requesting to lift a protection flag", () -> {
            registers.requestLift(request);
            return registers.liftRequestOf(personId).orElse(request);
        }, open -> List.of(AccessAudit.record(ctx, "protection-flag", AuditAction.ADMIN, List.of(personId),
                "LIFT_REQUESTED", "lift of the protection requested by " + open.requestedBy() + "; a second member of "
                        + flag.ownerOrganisation() + "/" + flag.ownerUnit() + " must approve (write rule "
                        + allowed.rule() + ")", clock.instant())));
    }

    /** The second pair of eyes: another member of the owning unit approves, and the flag is lifted. */
    public void approveLift(AccessContext ctx, String personId) {
        ProtectionFlag flag = flagOfOwnOrganisation(ctx, personId);
        Optional<LiftRequest> request = registers.liftRequestOf(personId);
        WriteRequest write = WriteRequest.on(WriteAction.APPROVE_FLAG_LIFT, Set.of(flag.ownerOrganisation()))
                .ownedByUnit(flag.ownerUnit());
        WriteDecision allowed = writes.check(ctx, request.map(r -> write.after(r.requestedBy())).orElse(write),
                List.of(personId));
        audited.write("lifting a protection flag", () -> registers.lift(flag.entityId(), ctx.user().id(), clock.instant()),
                List.of(AccessAudit.record(ctx, "protection-flag", AuditAction.ADMIN, List.of(personId), "LIFTED",
                        "protection lifted: requested by " + request.map(LiftRequest::requestedBy).orElse("")
                                + ", approved by " + ctx.user().id() + " (write rule " + allowed.rule() + ")",
                        clock.instant())));
    }

    /** The open request to lift the flag, for the owning unit. */
    public Optional<LiftRequest> liftRequest(AccessContext ctx, String personId) {
        ProtectionFlag flag = flagOfOwnOrganisation(ctx, personId);
        if (!ownUnit(ctx, flag.ownerUnit())) {
            return Optional.empty();
        }
        return registers.liftRequestOf(personId);
    }

    /** The active flags of the actor's own unit. */
    public List<ProtectionFlag> flags(AccessContext ctx) {
        return registers.flagsOwnedBy(ctx.organisation().code()).stream().filter(f -> ownUnit(ctx, f.ownerUnit())).toList();
    }

    /** The alerts of the actor's own unit's flags, newest first; audited with the rule that allowed it. */
    public List<ProtectionAlert> alerts(AccessContext ctx, boolean includeAcknowledged) {
        String unit = ctx.user().unit().orElse("");
        writes.check(ctx, WriteRequest.on(WriteAction.READ_PROTECTION_ALERTS, Set.of(ctx.organisation().code()))
                .ownedByUnit(unit), List.of());
        return alerts.forOwningUnit(ctx.organisation().code(), unit, includeAcknowledged);
    }

    public void acknowledge(AccessContext ctx, String alertId) {
        String unit = ctx.user().unit().orElse("");
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.READ_PROTECTION_ALERTS,
                Set.of(ctx.organisation().code())).ownedByUnit(unit), List.of());
        boolean ownAlert = alerts.forOwningUnit(ctx.organisation().code(), unit, false).stream()
                .anyMatch(a -> a.id().equals(alertId));
        if (!ownAlert) {
            throw new UserInputException("no open alert " + alertId + " for " + ctx.organisation().code() + "/" + unit);
        }
        boolean acknowledged = audited.write("acknowledging a protection alert",
                () -> alerts.acknowledge(alertId, ctx.organisation().code(), ctx.user().id(), clock.instant()),
                done -> done ? List.<AuditRecord>of(AccessAudit.record(ctx, "protection-alert", AuditAction.ADMIN, List.of(),
                        "ACKNOWLEDGED", "alert " + alertId + " acknowledged (write rule " + allowed.rule() + ")",
                        clock.instant())) : List.of());
        if (!acknowledged) {
            throw new UserInputException("no open alert " + alertId + " for " + ctx.organisation().code() + "/" + unit);
        }
    }

    /**
     * The active flag on the entity, when it is of the actor's organisation; otherwise the same answer as for
     * an entity without a flag, so a flag of another organisation stays invisible.
     */
    private ProtectionFlag flagOfOwnOrganisation(AccessContext ctx, String entityId) {
        return registers.protectionOf(entityId).filter(f -> f.ownerOrganisation().equals(ctx.organisation().code()))
                .orElseThrow(() -> new UserInputException("no protection flag of " + ctx.organisation().code() + " on " + entityId));
    }

    private static boolean ownUnit(AccessContext ctx, String unit) {
        return ctx.user().unit().map(unit::equals).orElse(false);
    }

    private boolean isA(String schemaName, String ancestor) {
        Optional<Schema> a = schemas.schema(ancestor);
        return schemas.schema(schemaName).flatMap(s -> a.map(s::isA)).orElse(false);
    }
}
