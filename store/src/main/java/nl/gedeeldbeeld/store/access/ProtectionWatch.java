package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.EntityChecks;

/**
 * Bewaken en beveiligen: when a request touches a protected entity (a lookup, a search that matches it, a
 * network expansion or an export that reaches it) the unit that owns the flag is alerted, whether or not
 * the requester was shown anything, and the alert is audited. Only the owning unit's own members are not
 * reported: everyone else, colleagues of other units included, is, because interest from inside is the
 * risk the stelsel guards against as much as interest from outside.
 */
public final class ProtectionWatch {
    private final PolicyRegisters registers;
    private final ProtectionAlerts alerts;
    private final AuditLog audit;
    private final Clock clock;

    public ProtectionWatch(PolicyRegisters registers, ProtectionAlerts alerts, AuditLog audit, Clock clock) {
        this.registers = registers;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises an alert for each protected entity among these; returns how many alerts were raised. */
    public int touched(AccessContext ctx, Collection<String> entityIds, AlertTrigger trigger) {
        return touched(ctx, entityIds, trigger, EntityChecks.unconditional(registers));
    }

    /**
     * As above, asking the request's checks first whether an entity is protected at all, so that the usual
     * case (not protected) shares its answer with the filtered read of the same request. Without request
     * checks only the flagged ids themselves are known.
     */
    int touched(AccessContext ctx, Collection<String> entityIds, AlertTrigger trigger, EntityChecks checks) {
        if (checks instanceof RequestChecks request) {
            return touched(ctx, entityIds, trigger, request);
        }
        int raised = 0;
        checks.prefetch(entityIds);
        for (String id : entityIds) {
            if (!checks.isProtected(id)) {
                continue;
            }
            Optional<ProtectionFlag> flag = registers.protectionOf(id);
            if (flag.isPresent() && !ownUnit(ctx, flag.get())) {
                raise(ctx, id, id, flag.get(), trigger);
                raised++;
            }
        }
        return raised;
    }

    /**
     * The request's touches of flagged entities and of what their flags cover (a link that names the person, the
     * same address or vehicle under another id): a covered entity alerts the owner of the flag it derives from,
     * about the protected person, once per person and request however many of its links the request reached.
     */
    int touched(AccessContext ctx, Collection<String> entityIds, AlertTrigger trigger, RequestChecks checks) {
        int raised = 0;
        checks.prefetch(entityIds);
        for (String id : entityIds) {
            Optional<ProtectionFlag> flag = checks.protection(id);
            if (flag.isEmpty() || ownUnit(ctx, flag.get())) {
                continue;
            }
            boolean derived = !flag.get().entityId().equals(id);
            String about = derived ? flag.get().coverOf().orElse(flag.get().entityId()) : id;
            if (!checks.firstAlertAbout(about)) {
                continue;
            }
            raise(ctx, about, id, flag.get(), trigger);
            raised++;
        }
        return raised;
    }

    private void raise(AccessContext ctx, String about, String touched, ProtectionFlag f, AlertTrigger trigger) {
        ProtectionAlert alert = new ProtectionAlert(UUID.randomUUID().toString(), about, f.ownerOrganisation(),
                f.ownerUnit(), trigger, ctx.user().id(), ctx.organisation().code(), ctx.purpose().code(),
                ctx.traceId(), clock.instant(), Optional.empty(), Optional.empty());
        alerts.raise(alert);
        String via = about.equals(touched) ? "" : " through " + touched + ", which refers to it or is the same thing";
        audit.append(AccessAudit.record(ctx, "protection-alert", AuditAction.ALERT,
                about.equals(touched) ? List.of(about) : List.of(about, touched), "ALERT",
                trigger + " of a protected entity" + via + "; alert " + alert.id() + " to " + f.ownerOrganisation() + "/"
                        + f.ownerUnit(), clock.instant()));
    }

    private static boolean ownUnit(AccessContext ctx, ProtectionFlag flag) {
        return ctx.organisation().code().equals(flag.ownerOrganisation())
                && ctx.user().unit().map(flag.ownerUnit()::equals).orElse(false);
    }
}
