package nl.gedeeldbeeld.policy.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.gedeeldbeeld.policy.Condition;

/** Answers an agreement's conditions for one viewer and one entity, through the registers the caller supplies. */
final class ConditionEvaluator {
    private final CaseMembership cases;
    private final HitRegister hits;

    ConditionEvaluator(CaseMembership cases, HitRegister hits) {
        this.cases = cases;
        this.hits = hits;
    }

    /** The first condition that does not hold, in the agreement's order; empty when all hold. */
    Optional<Condition> firstUnmet(List<Condition> conditions, AccessContext ctx, String entityId) {
        Predicate<Condition> holds = holds(ctx, entityId);
        return conditions.stream().filter(holds.negate()).findFirst();
    }

    Predicate<Condition> holds(AccessContext ctx, String entityId) {
        String organisation = ctx.organisation().code();
        return condition -> {
            if (condition instanceof Condition.JointCase) {
                return cases.inJointCase(entityId, organisation);
            } else if (condition instanceof Condition.ConfirmedHit) {
                return hits.hasConfirmedHit(entityId, organisation);
            } else if (condition instanceof Condition.Units units) {
                return holdsForViewer(units, ctx);
            } else {
                return false; // NEVER
            }
        };
    }

    static boolean holdsForViewer(Condition.Units units, AccessContext ctx) {
        return ctx.user().unit().map(units.units()::contains).orElse(false);
    }
}
