package nl.gedeeldbeeld.policy.write;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;

/**
 * Decides writes: an organisation acts on its own data, and on another's only with that owner's consent
 * (where the rule allows consent at all). The checks, first failing refuses, in this order:
 * <ol>
 *   <li>a rule for the action exists ({@link WriteRules#NO_RULE} otherwise);</li>
 *   <li>the actor holds one of the rule's roles, and the request declares one of its purposes;</li>
 *   <li>the data has an owner: a write on nothing is refused rather than allowed by default;</li>
 *   <li>with {@code owningUnit}, the actor is a member of the unit that owns the object;</li>
 *   <li>with {@code secondPerson}, the actor is not the person who took the first step;</li>
 *   <li>the owners are the actor's organisation alone: ALLOW; otherwise PENDING_CONSENT of the other owners
 *       when the rule says {@link ForeignData#CONSENT}, else REFUSE.</li>
 * </ol>
 * Plain Java over the catalogue; the store's access layer asks it before every governed write and audits
 * the answer with the rule id.
 */
public final class WriteDecisionPoint {
    private final PolicyCatalogue catalogue;

    public WriteDecisionPoint(PolicyCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public PolicyCatalogue catalogue() {
        return catalogue;
    }

    public WriteDecision decide(AccessContext ctx, WriteRequest request) {
        WriteRule rule = catalogue.writeRules().forAction(request.action()).orElse(null);
        if (rule == null) {
            return refuse(WriteRules.NO_RULE, "the policy catalogue has no write rule for " + request.action());
        }
        if (!rule.roles().isEmpty() && ctx.user().roles().stream().noneMatch(rule.roles()::contains)) {
            return refuse(rule.id(), "to " + verb(request.action()) + " needs the role " + sorted(rule.roles()) + "; "
                    + ctx.user().id() + " holds " + sorted(ctx.user().roles()));
        }
        if (!rule.purposes().isEmpty() && !rule.purposes().contains(ctx.purpose().code())) {
            return refuse(rule.id(), "to " + verb(request.action()) + " is done under purpose " + sorted(rule.purposes())
                    + ", not " + ctx.purpose().code());
        }
        if (request.owners().isEmpty()) {
            return refuse(rule.id(), "there is no data of any organisation to " + verb(request.action()));
        }
        String own = ctx.organisation().code();
        if (rule.owningUnit()) {
            String unit = request.owningUnit().orElse("");
            boolean member = request.owners().contains(own) && ctx.user().unit().map(unit::equals).orElse(false);
            if (!member) {
                return refuse(rule.id(), "only members of the owning unit may " + verb(request.action()));
            }
        }
        if (rule.secondPerson()) {
            String first = request.firstPerson().orElse("");
            if (first.isEmpty() || first.equals(ctx.user().id())) {
                return refuse(rule.id(), "a second person must " + verb(request.action())
                        + ", not " + ctx.user().id() + " who took the first step");
            }
        }
        Set<String> others = new TreeSet<>(request.owners());
        others.remove(own);
        if (others.isEmpty()) {
            return new WriteDecision(WriteDecision.Outcome.ALLOW, rule.id(), rule.description(), Set.of());
        }
        if (rule.foreign() == ForeignData.CONSENT) {
            return new WriteDecision(WriteDecision.Outcome.PENDING_CONSENT, rule.id(),
                    "the data is also of " + others + ": it takes effect once they consent", others);
        }
        // The refusal does not name the other owners: the actor may not even know that they hold the record.
        return refuse(rule.id(), "the data is not " + own + "'s alone: an organisation may "
                + verb(request.action()) + " on its own data only");
    }

    private static WriteDecision refuse(String rule, String reason) {
        return new WriteDecision(WriteDecision.Outcome.REFUSE, rule, reason, Set.of());
    }

    private static String verb(WriteAction action) {
        return switch (action) {
            case JUDGE -> "judge records";
            case CONSENT_JUDGEMENT -> "consent to a judgement";
            case ADD_TO_CASE -> "add an entity to a joint case";
            case CONFIRM_HIT -> "confirm a hit";
            case PLACE_HOLD -> "place a legal hold";
            case LIFT_HOLD -> "lift a legal hold";
            case PURGE -> "purge";
            case PLACE_FLAG -> "flag a protected person";
            case REQUEST_FLAG_LIFT -> "ask to lift a protection flag";
            case APPROVE_FLAG_LIFT -> "approve the lift of a protection flag";
            case READ_PROTECTION_ALERTS -> "read protection alerts";
            case APPROVE_EXPORT -> "decide on an export";
            case REQUEST_INFORMATION -> "ask a partner for information";
            case ANSWER_INFORMATION_REQUEST -> "answer a request for information";
        };
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }
}
