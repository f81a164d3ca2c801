package nl.gedeeldbeeld.store.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.policy.registers.RegisterFacts;
import nl.gedeeldbeeld.store.EntityChecks;

/**
 * The registers' answers for one request, each asked once: the filtered read, the protection watch and the
 * audit of the same request need the same answers (protected? in a joint case? a confirmed hit?). Asking
 * again would cost queries and could give two answers within one request. {@link #prefetch} asks for a
 * whole page of entities in one query. Lives no longer than the request, so a flag set by another process
 * is seen by the next request.
 */
final class RequestChecks implements EntityChecks {
    private final PolicyDecisionPoint decisions;
    private final AccessContext ctx;
    private final PolicyRegisters registers;
    private final Set<RegisterFacts.Kind> kinds;
    private final Map<String, Boolean> protectedAnswers = new HashMap<>();
    private final Map<String, Predicate<Condition>> conditionAnswers = new HashMap<>();
    private final ProtectionCover cover;
    /** The protected persons this request has alerted about already: one alert per person and request. */
    private final Set<String> alerted = new java.util.HashSet<>();

    private RequestChecks(PolicyDecisionPoint decisions, AccessContext ctx, PolicyRegisters registers,
                          Set<RegisterFacts.Kind> kinds, ProtectionCover cover) {
        this.decisions = decisions;
        this.ctx = ctx;
        this.registers = registers;
        this.kinds = kinds;
        this.cover = cover;
    }

    /**
     * Checks for a request with these slices: a prefetch asks the protection register (the watch needs it
     * for every request) and only those condition registers the slices' grants depend on.
     */
    static RequestChecks of(PolicyDecisionPoint decisions, AccessContext ctx, PolicyRegisters registers,
                            AllowedSlices slices) {
        return of(decisions, ctx, registers, slices, ProtectionCover.NONE);
    }

    /** As above, with what the flags cover beyond their own ids (links, the same address under another id). */
    static RequestChecks of(PolicyDecisionPoint decisions, AccessContext ctx, PolicyRegisters registers,
                            AllowedSlices slices, ProtectionCover cover) {
        Set<RegisterFacts.Kind> kinds = EnumSet.of(RegisterFacts.Kind.PROTECTED);
        for (SliceGrant grant : slices.grants()) {
            for (Condition c : grant.conditions()) {
                if (c instanceof Condition.JointCase) {
                    kinds.add(RegisterFacts.Kind.JOINT_CASE);
                } else if (c instanceof Condition.ConfirmedHit) {
                    kinds.add(RegisterFacts.Kind.CONFIRMED_HIT);
                }
            }
        }
        return new RequestChecks(decisions, ctx, registers, kinds, cover);
    }

    @Override
    public void prefetch(Collection<String> entityIds) {
        List<String> unknown = entityIds.stream().filter(id -> !protectedAnswers.containsKey(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        RegisterFacts facts = registers.factsOf(unknown, ctx.organisation().code(), kinds);
        for (String id : unknown) {
            protectedAnswers.put(id, facts.protectedIds().contains(id));
            boolean inCase = facts.jointCaseIds().contains(id);
            boolean hit = facts.confirmedHitIds().contains(id);
            Predicate<Condition> elsewhere = decisions.conditionCheck(ctx, id);
            conditionAnswers.putIfAbsent(id, remembered(condition -> {
                if (condition instanceof Condition.JointCase && kinds.contains(RegisterFacts.Kind.JOINT_CASE)) {
                    return inCase;
                }
                if (condition instanceof Condition.ConfirmedHit && kinds.contains(RegisterFacts.Kind.CONFIRMED_HIT)) {
                    return hit;
                }
                return elsewhere.test(condition); // a register this request did not prefetch, or a viewer condition
            }));
        }
    }

    /**
     * Protected for this request's viewer: flagged itself, or covered by a flag (a link to a protected person,
     * the same address or vehicle under another id) and the viewer is not the flag's organisation.
     */
    @Override
    public boolean isProtected(String entityId) {
        return protectedAnswers.computeIfAbsent(entityId, registers::isProtected)
                || cover.hides(entityId, ctx.organisation().code());
    }

    /** The flag that protects or covers the entity, for the alert to its owner. */
    Optional<ProtectionFlag> protection(String entityId) {
        if (protectedAnswers.computeIfAbsent(entityId, registers::isProtected)) {
            return registers.protectionOf(entityId);
        }
        return cover.derivedFlag(entityId);
    }

    ProtectionCover cover() {
        return cover;
    }

    /** True the first time this request alerts about the protected person; false after. */
    boolean firstAlertAbout(String protectedId) {
        return alerted.add(protectedId);
    }

    @Override
    public Predicate<Condition> conditionsFor(String entityId) {
        return conditionAnswers.computeIfAbsent(entityId, id -> remembered(decisions.conditionCheck(ctx, id)));
    }

    private static Predicate<Condition> remembered(Predicate<Condition> holds) {
        Map<Condition, Boolean> answers = new HashMap<>();
        return condition -> answers.computeIfAbsent(condition, holds::test);
    }
}
