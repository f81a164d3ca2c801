package nl.gedeeldbeeld.policy.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.User;

/**
 * The policy decision point: for a request context and a statement, allow, redact or deny, with the rule
 * and agreement that decided. The rules, first applicable wins (see {@link DecisionRule}):
 * <ol>
 *   <li>CONTEXT — the user's roles must grant the declared purpose;</li>
 *   <li>RETENTION — past its retain-until date a statement is denied to everyone;</li>
 *   <li>OWN_DATA — a partner sees its own statements;</li>
 *   <li>PROTECTED_PERSON — statements on a protected person, on what their flag covers (links naming them,
 *       the same address or vehicle under another id) and references to those, are denied to other
 *       partners ({@link ProtectedPersons#hides});</li>
 *   <li>PROHIBITION — an agreement in force with condition NEVER for this recipient, purpose and slice;</li>
 *   <li>AGREEMENT — an agreement in force for recipient, purpose, provider, regime and schema whose
 *       conditions hold: allow when it allows the property, else redact when it redacts it (an allowing
 *       agreement beats a redacting one: each is a lawful ground on its own);</li>
 *   <li>CONDITION_NOT_MET — such an agreement exists but a condition fails (named in the reason);</li>
 *   <li>NO_AGREEMENT — default deny, naming the nearest agreement and why it does not apply.</li>
 * </ol>
 * Agreements are tried in (id, version) order, so the same catalogue, registers and moment always give the
 * same decision. Dates are taken in Europe/Amsterdam: agreements and retention are Dutch calendar dates.
 */
public final class PolicyDecisionPoint {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final PolicyCatalogue catalogue;
    private final ConditionEvaluator conditions;
    private final ProtectedPersons protectedPersons;
    private static final int MAX_CACHED_SLICES = 10_000;
    private final Map<SlicesKey, AllowedSlices> slicesCache = new ConcurrentHashMap<>();

    public PolicyDecisionPoint(PolicyCatalogue catalogue, CaseMembership cases, HitRegister hits,
                               ProtectedPersons protectedPersons) {
        this.catalogue = catalogue;
        this.conditions = new ConditionEvaluator(cases, hits);
        this.protectedPersons = protectedPersons;
    }

    public PolicyCatalogue catalogue() {
        return catalogue;
    }

    public static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /**
     * Opens the context of one request, refusing a user who acts for another organisation or declares a
     * purpose their roles do not grant.
     */
    public AccessContext open(String userId, String organisation, String purpose, String traceId, Instant at) {
        User user = catalogue.requireUser(userId);
        Organisation org = catalogue.requireOrganisation(organisation);
        Purpose p = catalogue.requirePurpose(purpose);
        AccessContext ctx = new AccessContext(user, org, p, traceId, at);
        contextProblem(ctx).ifPresent(problem -> {
            throw new AccessRefusedException(problem);
        });
        return ctx;
    }

    private Optional<String> contextProblem(AccessContext ctx) {
        if (!catalogue.purposesOf(ctx.user()).contains(ctx.purpose().code())) {
            return Optional.of("user '" + ctx.user().id() + "' may not act for purpose " + ctx.purpose().code()
                    + "; their roles grant " + String.join(", ", catalogue.purposesOf(ctx.user())));
        }
        return Optional.empty();
    }

    public Decision decide(AccessContext ctx, Statement statement) {
        Optional<String> problem = contextProblem(ctx);
        if (problem.isPresent()) {
            return new Decision.Deny(DecisionRule.CONTEXT, problem.get(), Optional.empty());
        }
        LocalDate today = dateOf(ctx.at());
        Slice slice = Slice.of(statement);
        String viewer = ctx.organisation().code();
        if (today.isAfter(statement.provenance().retainUntil())) {
            return new Decision.Deny(DecisionRule.RETENTION, "retained until " + statement.provenance().retainUntil()
                    + " under " + slice.regime() + "; awaiting purge", Optional.empty());
        }
        if (slice.partner().equals(viewer)) {
            return new Decision.Allow(DecisionRule.OWN_DATA, "own data of " + viewer, Optional.empty());
        }
        if (protectedPersons.hides(statement, viewer)) {
            return new Decision.Deny(DecisionRule.PROTECTED_PERSON,
                    "protected person (bewaken en beveiligen): never shared beyond " + slice.partner(), Optional.empty());
        }
        List<SharingAgreement> applicable = catalogue.agreementsOn(today).stream()
                .filter(a -> a.recipients().contains(viewer) && a.purposes().contains(ctx.purpose().code())
                        && covers(a, slice.partner()) && a.regimes().contains(slice.regime())
                        && a.coveredSchemata().contains(slice.schema()))
                .toList();
        for (SharingAgreement a : applicable) {
            if (a.prohibits()) {
                String reason = a.conditions().stream().filter(c -> c instanceof Condition.Never)
                        .map(Condition::describe).findFirst().orElse("never");
                return new Decision.Deny(DecisionRule.PROHIBITION, reason, Optional.of(a.ref()));
            }
        }
        Decision redaction = null;
        Decision unmetCondition = null;
        for (SharingAgreement a : applicable) {
            boolean allowed = Statement.ID_PROPERTY.equals(slice.property())
                    || a.properties().contains(slice.property()) && !a.redact().contains(slice.property());
            boolean redacted = a.redact().contains(slice.property());
            if (!allowed && !redacted) {
                continue;
            }
            Optional<Condition> unmet = conditions.firstUnmet(a.conditions(), ctx, statement.entityId());
            if (unmet.isPresent()) {
                if (unmetCondition == null) {
                    unmetCondition = new Decision.Deny(DecisionRule.CONDITION_NOT_MET, a.ref() + " requires "
                            + unmet.get().code() + " (" + unmet.get().describe() + "), which does not hold",
                            Optional.of(a.ref()));
                }
                continue;
            }
            if (allowed) {
                return new Decision.Allow(DecisionRule.AGREEMENT, a.title() + " (" + a.basis() + ")", Optional.of(a.ref()));
            }
            if (redaction == null) {
                redaction = new Decision.Redact(a.redact(), DecisionRule.AGREEMENT, a.title() + " (" + a.basis()
                        + ") withholds " + slice.schema() + ":" + slice.property(), Optional.of(a.ref()));
            }
        }
        if (redaction != null) {
            return redaction;
        }
        if (unmetCondition != null) {
            return unmetCondition;
        }
        return new Decision.Deny(DecisionRule.NO_AGREEMENT, new NearestAgreement(catalogue).explain(ctx, slice, today),
                Optional.empty());
    }

    /** The answers to the entity-dependent conditions for one entity, to use with {@link AllowedSlices#allows(Slice, Predicate)}. */
    public Predicate<Condition> conditionCheck(AccessContext ctx, String entityId) {
        return conditions.holds(ctx, entityId);
    }

    /**
     * The slices the request may see; push them into the store's queries. Remembered per user, organisation,
     * purpose and day: they depend on nothing else (the catalogue of a decision point never changes, and
     * entity-dependent conditions are left to the caller), and every request of a signed-in user asks.
     */
    public AllowedSlices allowedSlices(AccessContext ctx) {
        SlicesKey key = new SlicesKey(ctx.user(), ctx.organisation().code(), ctx.purpose().code(), dateOf(ctx.at()));
        AllowedSlices known = slicesCache.get(key);
        if (known != null) {
            return known;
        }
        AllowedSlices computed = computeAllowedSlices(ctx);
        if (slicesCache.size() >= MAX_CACHED_SLICES) {
            slicesCache.clear(); // a new day or many users: start again rather than grow
        }
        slicesCache.put(key, computed);
        return computed;
    }

    private record SlicesKey(User user, String organisation, String purpose, LocalDate day) {
    }

    /**
     * A grant with {@code providers: all} covers every partner, also one the catalogue does not name; a
     * prohibition's {@code all} means the catalogue's organisations (as the grants it is weighed against are
     * computed in {@link #computeAllowedSlices}), so both paths decide alike.
     */
    private static boolean covers(SharingAgreement a, String partner) {
        return a.prohibits() ? a.providers().contains(partner) : a.coversProvider(partner);
    }

    private AllowedSlices computeAllowedSlices(AccessContext ctx) {
        LocalDate today = dateOf(ctx.at());
        String viewer = ctx.organisation().code();
        String purpose = ctx.purpose().code();
        if (contextProblem(ctx).isPresent()) {
            return AllowedSlices.nothing(today, viewer, purpose);
        }
        List<SliceGrant> grants = new ArrayList<>();
        List<SliceGrant> prohibitions = new ArrayList<>();
        grants.add(new SliceGrant(viewer, Selection.ALL, Selection.ALL, Selection.ALL, Set.of(), List.of(),
                DecisionRule.OWN_DATA, Optional.empty()));
        for (SharingAgreement a : catalogue.agreementsOn(today)) {
            if (!a.recipients().contains(viewer) || !a.purposes().contains(purpose)) {
                continue;
            }
            boolean viewerExcluded = a.conditions().stream().anyMatch(c -> c instanceof Condition.Units u
                    && !ConditionEvaluator.holdsForViewer(u, ctx));
            if (viewerExcluded && !a.prohibits()) {
                continue;
            }
            List<Condition> entityConditions = a.conditions().stream()
                    .filter(c -> c instanceof Condition.JointCase || c instanceof Condition.ConfirmedHit).toList();
            List<String> providers = a.isForEveryone(SharingAgreement.PROVIDERS) && !a.prohibits()
                    ? List.of(SliceGrant.ANY_PARTNER) : a.providers().stream().sorted().toList();
            for (String provider : providers) {
                if (provider.equals(viewer)) {
                    continue; // own data is never restricted by an agreement
                }
                if (a.prohibits()) {
                    prohibitions.add(new SliceGrant(provider, Selection.only(a.regimes()), Selection.only(a.coveredSchemata()),
                            Selection.ALL, Set.of(), List.of(), DecisionRule.PROHIBITION, Optional.of(a.ref())));
                } else {
                    grants.add(new SliceGrant(provider, Selection.only(a.regimes()), Selection.only(a.coveredSchemata()),
                            a.properties(), a.redact(), entityConditions, DecisionRule.AGREEMENT, Optional.of(a.ref())));
                }
            }
        }
        // Own data first, whatever else covers it (OWN_DATA comes first in decide), and a grant to any partner
        // last, so that a named partner's own agreement is the one reported where both cover a slice.
        grants.sort(Comparator.comparingInt((SliceGrant g) -> g.partner().equals(viewer) ? 0 : g.isForAnyPartner() ? 2 : 1)
                .thenComparing(SliceGrant::partner));
        return new AllowedSlices(today, viewer, purpose, grants, prohibitions,
                Set.copyOf(catalogue.regimes().codes()));
    }
}
