package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.Storage;

/**
 * Retention (bewaartermijnen): statements past their retain-until date are purged from the store and the
 * search index, on a schedule and on demand, except where a legal hold keeps them. The audit log is
 * separate from the data and keeps the record of the purge (with counts per dataset and regime) and of the
 * events about the purged entities.
 *
 * <p>Two kinds of actor. A user — the privacy officer of an organisation, under the write rules PLACE_HOLD,
 * LIFT_HOLD and PURGE — acts on the organisation's own data only: holds on its own entities and datasets,
 * lifting its own organisation's holds, and purges that delete and report its own statements alone. The
 * platform-wide purge is a system action ({@link #SYSTEM_ACTOR}: the nightly schedule, or the operator on
 * the server), because retention is a legal duty of every partner that no single partner's user may run
 * for the others.
 *
 * <p>The purge's audit event is written before the purge (intent, with the counts a dry run gives) and
 * after it (outcome): a crash between the two leaves an intent without outcome, which tells an auditor to
 * compare with the store, instead of a purge nobody logged.
 *
 * <p>Placing and lifting a hold write the hold and its ADMIN event in one transaction ({@link AuditedWrites}):
 * a crash cannot leave a hold nobody logged, nor a logged hold that is not there.
 */
public final class Retention {
    /** Actor of scheduled purges in the audit log. */
    public static final String SYSTEM_ACTOR = "system:retention";

    private final Storage storage;
    private final LegalHolds holds;
    private final WriteGuard writes;
    private final AuditedWrites audited;
    private final AuditLog audit;
    private final Clock clock;

    public Retention(Storage storage, LegalHolds holds, WriteGuard writes, AuditedWrites audited, Clock clock) {
        this.storage = storage;
        this.holds = holds;
        this.writes = writes;
        this.audited = audited;
        this.audit = audited.log();
        this.clock = clock;
    }

    /** The platform-wide purge as of today (Dutch calendar date): a system action, never a user's. */
    public PurgeReport purgeAll(String systemActor, boolean dryRun) {
        return purgeAll(systemActor, PolicyDecisionPoint.dateOf(clock.instant()), dryRun);
    }

    public PurgeReport purgeAll(String systemActor, LocalDate asOf, boolean dryRun) {
        String trace = UUID.randomUUID().toString().replace("-", "");
        return run(asOf, Optional.empty(), dryRun, (action, ids, outcome, detail) ->
                appendSystem(trace, systemActor, action, ids, outcome, detail));
    }

    /** The officer's purge of their own organisation's data as of today. */
    public PurgeReport purge(AccessContext ctx, boolean dryRun) {
        return purge(ctx, PolicyDecisionPoint.dateOf(clock.instant()), dryRun);
    }

    /**
     * Purges (or with dryRun only counts) what is past retention of the officer's own organisation: the
     * report names only its statements and entities, never another partner's.
     */
    public PurgeReport purge(AccessContext ctx, LocalDate asOf, boolean dryRun) {
        String own = ctx.organisation().code();
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.PURGE, Set.of(own)), List.of());
        return run(asOf, Optional.of(own), dryRun, (action, ids, outcome, detail) -> {
            audit.append(AccessAudit.record(ctx, "retention", action, ids, outcome,
                    detail + " partner=" + own + " (write rule " + allowed.rule() + ")", clock.instant()));
            audit.flush();
        });
    }

    private interface Events {
        void append(AuditAction action, List<String> ids, String outcome, String detail);
    }

    private PurgeReport run(LocalDate asOf, Optional<String> partner, boolean dryRun, Events events) {
        List<LegalHold> active = holds.activeHolds();
        if (dryRun) {
            PurgeReport report = storage.purgeExpired(asOf, active, partner, true);
            events.append(AuditAction.WRITE, List.of(), "DRY_RUN", describe(report));
            return report;
        }
        PurgeReport planned = storage.purgeExpired(asOf, active, partner, true);
        events.append(AuditAction.WRITE, List.of(), "PURGE_INTENT", describe(planned));
        PurgeReport done = storage.purgeExpired(asOf, active, partner, false);
        events.append(AuditAction.WRITE, List.copyOf(done.touchedEntityIds()), "PURGED", describe(done));
        return done;
    }

    /**
     * Places a hold on an entity or dataset of the officer's own organisation. The owners are the partners
     * whose statements the entity holds, or that imported into the dataset; a target of no organisation is
     * a mistake of the user, a target of another's is refused.
     */
    public LegalHold placeHold(AccessContext ctx, HoldScope scope, String target, String reason) {
        if (scope == null) {
            throw new UserInputException("a legal hold has a scope: ENTITY or DATASET");
        }
        if (target == null || target.isBlank()) {
            throw new UserInputException("a legal hold names the " + scope.name().toLowerCase() + " it keeps");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("a legal hold states its reason");
        }
        String kept = target.strip();
        Set<String> owners = scope == HoldScope.ENTITY ? storage.store().partnersOf(kept)
                : storage.store().partnersOfDataset(kept);
        if (owners.isEmpty()) {
            throw new UserInputException("no " + scope.name().toLowerCase() + " '" + kept + "' of "
                    + ctx.organisation().code() + " to keep");
        }
        List<String> ids = scope == HoldScope.ENTITY ? List.of(kept) : List.of();
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.PLACE_HOLD, owners), ids);
        LegalHold hold = new LegalHold(UUID.randomUUID().toString(), scope, kept, reason.strip(), ctx.user().id(),
                ctx.organisation().code(), clock.instant(), Optional.empty(), Optional.empty());
        audited.write("placing a legal hold", () -> holds.place(hold), List.of(AccessAudit.record(ctx, "retention",
                AuditAction.ADMIN, ids, "HOLD_PLACED", "legal hold " + hold.id() + " on " + scope + " " + hold.target()
                        + ": " + hold.reason() + " (write rule " + allowed.rule() + ")", clock.instant())));
        return hold;
    }

    /**
     * Lifts an active hold of the officer's own organisation; false when there is no such hold. A hold of
     * another organisation is refused, one the platform operator placed (no organisation) too.
     */
    public boolean liftHold(AccessContext ctx, String holdId) {
        Optional<LegalHold> hold = holds.activeHolds().stream().filter(h -> h.id().equals(holdId)).findFirst();
        if (hold.isEmpty()) {
            return false;
        }
        LegalHold h = hold.get();
        List<String> ids = h.scope() == HoldScope.ENTITY ? List.of(h.target()) : List.of();
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.LIFT_HOLD, Set.of(h.organisation())), ids);
        return audited.write("lifting a legal hold", () -> holds.lift(holdId, ctx.user().id(), clock.instant()),
                lifted -> lifted ? List.of(AccessAudit.record(ctx, "retention", AuditAction.ADMIN, ids, "HOLD_LIFTED",
                        "legal hold " + holdId + " lifted (write rule " + allowed.rule() + ")", clock.instant())) : List.of());
    }

    /** The holds of the officer's own organisation. */
    public List<LegalHold> holds(AccessContext ctx, boolean includeLifted) {
        String own = ctx.organisation().code();
        return holds(includeLifted).stream().filter(h -> h.organisation().equals(own)).toList();
    }

    /** Every hold of every organisation: for the system and the operator on the server, not for users. */
    public List<LegalHold> holds(boolean includeLifted) {
        return includeLifted ? holds.allHolds() : holds.activeHolds();
    }

    /**
     * Places a hold as the platform operator on the server ({@code gb retention hold} without a user): no
     * organisation owns it, so no officer can lift it, only the operator again.
     */
    public LegalHold placeHoldAsOperator(String operator, HoldScope scope, String target, String reason) {
        if (target == null || target.isBlank() || reason == null || reason.isBlank()) {
            throw new UserInputException("a legal hold names what it keeps and states its reason");
        }
        LegalHold hold = new LegalHold(UUID.randomUUID().toString(), scope, target.strip(), reason.strip(), operator, "",
                clock.instant(), Optional.empty(), Optional.empty());
        audited.write("placing a legal hold", () -> holds.place(hold), List.of(systemRecord(
                UUID.randomUUID().toString().replace("-", ""), operator, AuditAction.ADMIN,
                scope == HoldScope.ENTITY ? List.of(hold.target()) : List.of(), "HOLD_PLACED",
                "legal hold " + hold.id() + " on " + scope + " " + hold.target() + " by the platform operator: " + hold.reason())));
        return hold;
    }

    /** Lifts a hold the platform operator placed; a hold of an organisation is its officer's to lift. */
    public boolean liftHoldAsOperator(String operator, String holdId) {
        Optional<LegalHold> hold = holds.activeHolds().stream().filter(h -> h.id().equals(holdId)).findFirst();
        if (hold.isEmpty()) {
            return false;
        }
        if (!hold.get().organisation().isEmpty()) {
            throw new nl.gedeeldbeeld.policy.decision.AccessRefusedException("legal hold " + holdId + " belongs to "
                    + hold.get().organisation() + "; only its privacy officer can lift it");
        }
        String trace = UUID.randomUUID().toString().replace("-", "");
        return audited.write("lifting a legal hold", () -> holds.lift(holdId, operator, clock.instant()),
                lifted -> lifted ? List.of(systemRecord(trace, operator, AuditAction.ADMIN, List.of(), "HOLD_LIFTED",
                        "legal hold " + holdId + " lifted by the platform operator")) : List.of());
    }

    private void appendSystem(String trace, String actor, AuditAction action, List<String> ids, String outcome,
                              String detail) {
        audit.append(systemRecord(trace, actor, action, ids, outcome, detail));
        audit.flush();
    }

    private AuditRecord systemRecord(String trace, String actor, AuditAction action, List<String> ids, String outcome,
                                     String detail) {
        return new AuditRecord(clock.instant(), trace, "retention", "bewaartermijnbeheer", actor, "", "",
                "AVG art. 5 lid 1 sub e; Wpg art. 14", action, ids, outcome, detail);
    }

    private static String describe(PurgeReport r) {
        return "as of " + r.asOf() + ": purged=" + r.purged() + " heldBack=" + r.heldBack() + " byDatasetAndRegime="
                + r.purgedByDatasetAndRegime();
    }
}
