package nl.gedeeldbeeld.store.jdbc;

import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.FALSE;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.TRUE;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.and;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.equal;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.in;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.not;
import static nl.gedeeldbeeld.store.jdbc.SqlPredicate.or;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import nl.gedeeldbeeld.store.EntityChecks;

/**
 * Translates a request's {@link AllowedSlices} for a known set of entities into two SQL predicates over the
 * statements table, mirroring {@code AllowedSlices.allows} and {@code redacts} and the two per-statement
 * rules the slices leave to the store (retention, protected persons):
 * <pre>
 * base     = entity_id = ANY(ids) AND retain_until >= asOf AND NOT (prohibition OR …)
 * allowed  = grant₁ covers AND property allowed AND entity eligible  OR  grant₂ …
 * redacted = grant₁ covers AND property redacted AND entity eligible OR  grant₂ …
 * visible  = base AND allowed                 (value may be returned)
 * masked   = base AND redacted AND NOT allowed (an allowing grant beats a redacting one)
 * </pre>
 * A grant of another partner applies only to the entities that are not protected persons and for which all
 * its conditions hold; both are asked of the {@link EntityChecks} here, before any SQL exists, and become an
 * {@code entity_id = ANY(?)} list. A grant that no entity qualifies for drops out.
 */
final class SliceFilter {
    private static final String ENTITY = "entity_id";
    private static final String PARTNER = "partner";
    private static final String REGIME = "regime";
    private static final String SCHEMA = "schema";
    private static final String PROPERTY = "property";
    private static final String RETAIN_UNTIL = "retain_until";

    private final SqlPredicate visible;
    private final SqlPredicate masked;

    private SliceFilter(SqlPredicate visible, SqlPredicate masked) {
        this.visible = visible;
        this.masked = masked;
    }

    static SliceFilter of(AllowedSlices slices, EntityChecks checks, List<String> entityIds) {
        SqlPredicate base = and(List.of(in(ENTITY, entityIds), SqlPredicate.atLeast(RETAIN_UNTIL, slices.asOf()),
                not(or(slices.prohibitions().stream().map(p -> GrantSql.of(p).covers()).toList()))));
        // Ask the registers once per entity and condition, not once per grant: they may be remote.
        Map<String, Predicate<Condition>> conditions = new LinkedHashMap<>();
        checks.prefetch(entityIds);
        for (String id : entityIds) {
            if (!checks.isProtected(id)) {
                conditions.put(id, remembered(checks.conditionsFor(id)));
            }
        }
        List<SqlPredicate> allowing = new ArrayList<>();
        List<SqlPredicate> redacting = new ArrayList<>();
        for (SliceGrant grant : slices.grants()) {
            GrantSql fixed = GrantSql.of(grant);
            SqlPredicate scope = and(List.of(fixed.covers(), eligibleEntities(grant, slices, conditions, entityIds.size())));
            allowing.add(and(List.of(scope, fixed.allowed())));
            redacting.add(and(List.of(scope, fixed.redacted())));
        }
        SqlPredicate allowed = or(allowing);
        return new SliceFilter(and(List.of(base, allowed)), and(List.of(base, or(redacting), not(allowed))));
    }

    /**
     * The parts of a grant's predicate that do not depend on the entities asked for. The same grants come
     * back with every request of a user and purpose, and building these (sorted arrays, SQL text) was a
     * quarter of a policed profile read (profiled), so they are kept; a catalogue has few distinct grants.
     */
    private record GrantSql(SqlPredicate covers, SqlPredicate allowed, SqlPredicate redacted) {
        private static final int MAX_CACHED = 10_000;
        private static final Map<SliceGrant, GrantSql> CACHE = new ConcurrentHashMap<>();

        static GrantSql of(SliceGrant grant) {
            GrantSql known = CACHE.get(grant);
            if (known != null) {
                return known;
            }
            GrantSql built = new GrantSql(SliceFilter.covers(grant), allowedProperties(grant), in(PROPERTY, grant.redacted()));
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear(); // a catalogue reloaded many times over; start again rather than grow
            }
            CACHE.put(grant, built);
            return built;
        }
    }

    private static Predicate<Condition> remembered(Predicate<Condition> holds) {
        Map<Condition, Boolean> answers = new HashMap<>();
        return condition -> answers.computeIfAbsent(condition, holds::test);
    }

    /** Rows whose value the request may see. */
    SqlPredicate visible() {
        return visible;
    }

    /** Rows the request may only see as "afgeschermd". */
    SqlPredicate masked() {
        return masked;
    }

    /** Same partner, regime and schema (SliceGrant.covers); a grant on no regime or schema covers nothing. */
    private static SqlPredicate covers(SliceGrant grant) {
        return and(List.of(grant.isForAnyPartner() ? TRUE : equal(PARTNER, grant.partner()), selection(REGIME, grant.regimes()),
                selection(SCHEMA, grant.schemata())));
    }

    private static SqlPredicate selection(String column, Selection selection) {
        return selection.all() ? TRUE : in(column, selection.names());
    }

    /** SliceGrant.allowsProperty: the existence statement always, else listed and not redacted. */
    private static SqlPredicate allowedProperties(SliceGrant grant) {
        Set<String> redacted = new HashSet<>(grant.redacted());
        redacted.remove(Statement.ID_PROPERTY);
        if (grant.properties().all()) {
            return not(in(PROPERTY, redacted));
        }
        Set<String> allowed = new HashSet<>(grant.properties().names());
        allowed.removeAll(redacted);
        allowed.add(Statement.ID_PROPERTY);
        return in(PROPERTY, allowed);
    }

    /**
     * Own data is seen whatever the registers say (OWN_DATA comes before PROTECTED_PERSON in the decision
     * point). Another partner's grant reaches only entities that are not protected and meet all its
     * conditions; when that is every requested entity, the list is left out.
     */
    private static SqlPredicate eligibleEntities(SliceGrant grant, AllowedSlices slices,
                                                 Map<String, Predicate<Condition>> unprotected, int requested) {
        if (grant.partner().equals(slices.organisation())) {
            return TRUE;
        }
        List<String> eligible = new ArrayList<>();
        unprotected.forEach((id, holds) -> {
            if (grant.conditions().stream().allMatch(holds)) {
                eligible.add(id);
            }
        });
        if (eligible.isEmpty()) {
            return FALSE;
        }
        return eligible.size() == requested ? TRUE : in(ENTITY, eligible);
    }
}
