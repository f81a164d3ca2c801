package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * The changes that open conditional agreements: entities put in a joint case (gezamenlijke casus) and hits
 * confirmed by the partner that holds the data (hit/no-hit). Each is an audited admin change, because
 * each widens who sees what; the change and its event commit in one transaction ({@link AuditedWrites}).
 */
public final class SharingRegisters {
    private final EntityAccess access;
    private final StatementStore store;
    private final PolicyRegisters registers;
    private final WriteGuard writes;
    private final AuditedWrites audited;
    private final Clock clock;

    public SharingRegisters(EntityAccess access, StatementStore store, PolicyRegisters registers, WriteGuard writes,
                            AuditedWrites audited, Clock clock) {
        this.access = access;
        this.store = store;
        this.registers = registers;
        this.writes = writes;
        this.audited = audited;
        this.clock = clock;
    }

    /** Opens a joint case in which the requester's organisation and the named ones take part. */
    public JointCase openCase(AccessContext ctx, String title, Set<String> organisations) {
        if (title == null || title.isBlank()) {
            throw new UserInputException("a joint case has a title");
        }
        Set<String> parties = new TreeSet<>(organisations);
        parties.add(ctx.organisation().code());
        parties.forEach(access.decisions().catalogue()::requireOrganisation);
        JointCase jointCase = new JointCase("casus-" + UUID.randomUUID().toString().substring(0, 8), title.strip(),
                parties, ctx.user().id(), clock.instant());
        audited.write("opening a joint case", () -> registers.openCase(jointCase),
                admin(ctx, List.of(), "CASE_OPENED", "joint case " + jointCase.id() + " with " + parties));
        return jointCase;
    }

    /**
     * Adds an entity to a case the requester's organisation takes part in. Only the entity's owner may:
     * being in a joint case opens the owners' JOINT_CASE agreements, which is theirs to decide (write rule
     * ADD_TO_CASE; an entity with statements of several partners needs all of them to be the requester's).
     */
    public void addToCase(AccessContext ctx, String caseId, String entityId) {
        JointCase jointCase = registers.findCase(caseId)
                .filter(c -> c.organisations().contains(ctx.organisation().code()))
                .orElseThrow(() -> new UserInputException("no joint case " + caseId + " of " + ctx.organisation().code()));
        if (access.visibleUnaudited(ctx, List.of(entityId)).isEmpty()) {
            throw new UserInputException("entity " + entityId + " is not visible to " + ctx.organisation().code()
                    + " under " + ctx.purpose().code() + "; a case can only hold what a party knows");
        }
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.ADD_TO_CASE, store.partnersOf(entityId)),
                List.of(entityId));
        audited.write("adding an entity to a joint case",
                () -> registers.addToCase(jointCase.id(), entityId, ctx.user().id(), clock.instant()),
                admin(ctx, List.of(entityId), "CASE_ENTITY_ADDED", "added to joint case " + caseId + " (write rule "
                        + allowed.rule() + ")"));
    }

    /** The holder of the data confirms another organisation's hit on an entity it holds. */
    public void confirmHit(AccessContext ctx, String entityId, String forOrganisation) {
        access.decisions().catalogue().requireOrganisation(forOrganisation);
        boolean holds = access.visibleUnaudited(ctx, List.of(entityId)).statementsOf(entityId).stream()
                .anyMatch(s -> s.provenance().partner().equals(ctx.organisation().code()));
        if (!holds) {
            throw new AccessRefusedException("only a partner that holds entity " + entityId + " can confirm a hit on it");
        }
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.CONFIRM_HIT, store.partnersOf(entityId)),
                List.of(entityId));
        audited.write("confirming a hit", () -> registers.confirmHit(entityId, forOrganisation, ctx.user().id(), clock.instant()),
                admin(ctx, List.of(entityId), "HIT_CONFIRMED", "hit of " + forOrganisation + " confirmed by "
                        + ctx.organisation().code() + " (write rule " + allowed.rule() + ")"));
    }

    public List<JointCase> casesOf(AccessContext ctx) {
        return registers.casesOf(ctx.organisation().code());
    }

    private List<AuditRecord> admin(AccessContext ctx, List<String> ids, String outcome, String detail) {
        return List.of(AccessAudit.record(ctx, "sharing-registers", AuditAction.ADMIN, ids, outcome, detail, clock.instant()));
    }
}
