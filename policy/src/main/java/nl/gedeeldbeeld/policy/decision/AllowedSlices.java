package nl.gedeeldbeeld.policy.decision;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.gedeeldbeeld.policy.Condition;

/**
 * What one request may see, computed once per request and pushed into the SQL {@code WHERE} and the Lucene
 * query, so counts, facets and pages are right by construction. Agrees with
 * {@link PolicyDecisionPoint#decide} for every statement within retention and not about a protected person;
 * those two checks are per statement and the store applies them beside these slices
 * ({@code retain_until >= asOf}; protected persons of other partners excluded).
 *
 * <p>A slice is allowed when a grant covers its partner, regime and schema, allows its property, and all the
 * grant's conditions hold, and no prohibition covers it. Prohibitions are kept apart because they
 * subtract.
 *
 * @param knownRegimes the regime codes of the catalogue, to expand a grant on all regimes (own data)
 */
public record AllowedSlices(LocalDate asOf, String organisation, String purpose, List<SliceGrant> grants,
                            List<SliceGrant> prohibitions, Set<String> knownRegimes) {
    public AllowedSlices {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(purpose, "purpose");
        grants = List.copyOf(grants);
        prohibitions = List.copyOf(prohibitions);
        knownRegimes = Set.copyOf(knownRegimes);
    }

    public static AllowedSlices nothing(LocalDate asOf, String organisation, String purpose) {
        return new AllowedSlices(asOf, organisation, purpose, List.of(), List.of(), Set.of());
    }

    /** Allowed without any entity-dependent condition. */
    public boolean allows(Slice slice) {
        return allows(slice, condition -> false);
    }

    /** Allowed given the answers to the entity-dependent conditions for the statement's entity. */
    public boolean allows(Slice slice, Predicate<Condition> holds) {
        return grantFor(slice, holds).isPresent();
    }

    /**
     * The grant that lets this slice through: the rule and agreement {@link PolicyDecisionPoint#decide} would
     * name for a statement within retention and not about a protected person. The viewer's own partner has
     * only the OWN_DATA grant, and another partner's grants keep the catalogue's order (a stable sort by
     * partner), which is the order decide tries agreements in, so the first match here is decide's. This lets a read attribute what it returned without deciding each statement
     * again.
     */
    public Optional<SliceGrant> grantFor(Slice slice, Predicate<Condition> holds) {
        if (prohibited(slice)) {
            return Optional.empty();
        }
        return grants.stream()
                .filter(g -> g.covers(slice) && g.allowsProperty(slice.property()) && g.conditions().stream().allMatch(holds))
                .findFirst();
    }

    /** Visible only as "afgeschermd": a grant redacts the property and none allows its value. */
    public boolean redacts(Slice slice, Predicate<Condition> holds) {
        return !prohibited(slice) && !allows(slice, holds) && grants.stream()
                .anyMatch(g -> g.covers(slice) && g.redactsProperty(slice.property()) && g.conditions().stream().allMatch(holds));
    }

    public boolean prohibited(Slice slice) {
        return prohibitions.stream().anyMatch(p -> p.covers(slice));
    }

    /**
     * Every (partner, regime) pair of which something may be visible, under some condition: the coarse
     * filter for the search index ({@code SearchFilter.withPartnerRegimes}). Schema, property and
     * conditions must still be applied at statement level. A pair whose partner is {@link SliceGrant#ANY_PARTNER}
     * stands for the regime of every partner (an agreement with {@code providers: all}).
     */
    public Set<PartnerRegime> partnerRegimes() {
        return pairs(grants);
    }

    /** The pairs of grants without conditions; a conditional pair also needs the joint-case/hit join. */
    public Set<PartnerRegime> unconditionalPartnerRegimes() {
        return pairs(grants.stream().filter(SliceGrant::isUnconditional).toList());
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    private Set<PartnerRegime> pairs(List<SliceGrant> selected) {
        Set<PartnerRegime> result = new LinkedHashSet<>();
        for (SliceGrant g : selected) {
            Set<String> regimes = g.regimes().all() ? knownRegimes : g.regimes().names();
            for (String regime : regimes.stream().sorted().toList()) {
                if (!whollyProhibited(g, regime)) {
                    result.add(new PartnerRegime(g.partner(), regime));
                }
            }
        }
        return result;
    }

    /** A prohibition on the pair that covers every schema the grant covers leaves nothing of the pair. */
    private boolean whollyCovers(SliceGrant prohibition, SliceGrant grant) {
        if (prohibition.schemata().all()) {
            return true;
        }
        return !grant.schemata().all() && prohibition.schemata().names().containsAll(grant.schemata().names());
    }

    private boolean whollyProhibited(SliceGrant grant, String regime) {
        return prohibitions.stream().anyMatch(p -> (p.isForAnyPartner() || p.partner().equals(grant.partner()))
                && p.regimes().contains(regime)
                && whollyCovers(p, grant));
    }
}
