package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.Storage;

/**
 * Retention (bewaartermijnen): statements past their retain-until date are purged from the store and the
 * search index, on a schedule and on demand, except where a legal hold keeps them. The audit log is
 * separate from the data and keeps the record of the purge (with counts per dataset and regime) and of the
 * events about the purged entities.
 *
 * <p>The purge's audit event is written before the purge (intent, with the counts a dry run gives) and
 * after it (outcome): a crash between the two leaves an intent without outcome, which tells an auditor to
 * compare with the store, instead of a purge nobody logged.
 */
public final class Retention {
    /** Actor of scheduled purges in the audit log. */
    public static final String SYSTEM_ACTOR = "system:retention";

    private final Storage storage;
    private final LegalHolds holds;
    private final AuditLog audit;
    private final Clock clock;

    public Retention(Storage storage, LegalHolds holds, AuditLog audit, Clock clock) {
        this.storage = storage;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    /** Purges (or with dryRun only counts) what is past retention today, Dutch calendar date. */
    public PurgeReport purge(String actor, boolean dryRun) {
        return purge(actor, PolicyDecisionPoint.dateOf(clock.instant()), dryRun);
    }

    public PurgeReport purge(String actor, LocalDate asOf, boolean dryRun) {
        List<LegalHold> active = holds.activeHolds();
        String trace = UUID.randomUUID().toString().replace("-", "");
        if (dryRun) {
            PurgeReport report = storage.purgeExpired(asOf, active, true);
            append(trace, actor, AuditAction.WRITE, List.of(), "DRY_RUN", describe(report));
            return report;
        }
        PurgeReport planned = storage.purgeExpired(asOf, active, true);
        append(trace, actor, AuditAction.WRITE, List.of(), "PURGE_INTENT", describe(planned));
        PurgeReport done = storage.purgeExpired(asOf, active, false);
        append(trace, actor, AuditAction.WRITE, List.copyOf(done.touchedEntityIds()), "PURGED", describe(done));
        return done;
    }

    public LegalHold placeHold(String actor, HoldScope scope, String target, String reason) {
        if (target == null || target.isBlank()) {
            throw new UserInputException("a legal hold names the " + scope.name().toLowerCase() + " it keeps");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("a legal hold states its reason");
        }
        LegalHold hold = new LegalHold(UUID.randomUUID().toString(), scope, target.strip(), reason.strip(), actor,
                clock.instant(), Optional.empty(), Optional.empty());
        append(UUID.randomUUID().toString().replace("-", ""), actor, AuditAction.ADMIN,
                scope == HoldScope.ENTITY ? List.of(hold.target()) : List.of(), "HOLD_PLACED",
                "legal hold " + hold.id() + " on " + scope + " " + hold.target() + ": " + hold.reason());
        holds.place(hold);
        return hold;
    }

    public boolean liftHold(String actor, String holdId) {
        append(UUID.randomUUID().toString().replace("-", ""), actor, AuditAction.ADMIN, List.of(), "HOLD_LIFTED",
                "legal hold " + holdId + " lifted");
        return holds.lift(holdId, actor, clock.instant());
    }

    public List<LegalHold> holds(boolean includeLifted) {
        return includeLifted ? holds.allHolds() : holds.activeHolds();
    }

    private void append(String trace, String actor, AuditAction action, List<String> ids, String outcome, String detail) {
        audit.append(new AuditRecord(clock.instant(), trace, "retention", "bewaartermijnbeheer", actor, "", "", 
                "AVG art. 5 lid 1 sub e; Wpg art. 14", action, ids, outcome, detail));
        audit.flush();
    }

    private static String describe(PurgeReport r) {
        return "as of " + r.asOf() + ": purged=" + r.purged() + " heldBack=" + r.heldBack() + " byDatasetAndRegime="
                + r.purgedByDatasetAndRegime();
    }
}
