package nl.gedeeldbeeld.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates a {@link SearchAccess} into one filter over the per-statement documents of the index, mirroring
 * {@code PolicyDecisionPoint.decide} (and the store's SQL slice filter):
 * <pre>
 * visible = (grant₁ OR grant₂ …)
 *           AND NOT (prohibition₁ OR …)
 *           AND retain_until >= asOf
 *           AND NOT (entity IN protected AND partner != viewer)
 * grant   = partner = p AND regime IN (…) AND schema IN (…) AND property admitted AND entity IN qualifying
 * </pre>
 * A property is admitted when the grant allows its value ({@code id} always; else listed and not redacted).
 * On a blank text a property the grant redacts is admitted too: the search then only lists entities, and an
 * "afgeschermd" property is visible as existing — but its value never takes part in matching a text.
 * A grant with conditions reaches only the entities that qualify (joint case, confirmed hit; both: the
 * intersection); when none do it drops out. The own-data grant (all regimes, schemata and properties)
 * becomes just {@code partner = viewer}. No grant at all matches nothing.
 */
final class AccessFilter {
    private AccessFilter() {
    }

    static Query of(SearchAccess access, boolean blankText) {
        AllowedSlices slices = access.slices();
        List<Query> grants = new ArrayList<>();
        for (SliceGrant grant : slices.grants()) {
            grant(grant, access, blankText).ifPresent(grants::add);
        }
        if (grants.isEmpty()) {
            return new MatchNoDocsQuery("the access grants nothing");
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(anyOf(grants), Occur.FILTER);
        LocalDate asOf = access.asOf();
        visible.add(LongPoint.newRangeQuery(IndexFields.RETAIN_UNTIL, asOf.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        for (SliceGrant prohibition : slices.prohibitions()) {
            covers(prohibition).ifPresent(q -> visible.add(q, Occur.MUST_NOT));
        }
        if (!access.protectedEntities().isEmpty()) {
            BooleanQuery.Builder othersOnProtected = new BooleanQuery.Builder();
            othersOnProtected.add(QueryFactory.terms(IndexFields.ENTITY, access.protectedEntities()), Occur.FILTER);
            othersOnProtected.add(new TermQuery(new Term(IndexFields.PARTNER, access.organisation())), Occur.MUST_NOT);
            visible.add(othersOnProtected.build(), Occur.MUST_NOT);
        }
        return visible.build();
    }

    private static Query anyOf(List<Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : queries) {
            any.add(q, Occur.SHOULD);
        }
        return any.build();
    }

    private static Optional<Query> grant(SliceGrant grant, SearchAccess access, boolean blankText) {
        Optional<Set<String>> qualifying = access.qualifying(grant.conditions());
        if (qualifying.isPresent() && qualifying.get().isEmpty()) {
            return Optional.empty();
        }
        Optional<BooleanQuery.Builder> covered = coverage(grant);
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder q = covered.get();
        properties(grant, blankText, q);
        qualifying.ifPresent(ids -> q.add(QueryFactory.terms(IndexFields.ENTITY, ids), Occur.FILTER));
        return Optional.of(q.build());
    }

    /** SliceGrant.covers: same partner, regime and schema. Empty when the grant names no regime or schema. */
    private static Optional<BooleanQuery.Builder> coverage(SliceGrant grant) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!grant.isForAnyPartner()) {
            q.add(new TermQuery(new Term(IndexFields.PARTNER, grant.partner())), Occur.FILTER);
        }
        if (!selection(q, IndexFields.REGIME, grant.regimes()) || !selection(q, IndexFields.SCHEMA, grant.schemata())) {
            return Optional.empty();
        }
        return Optional.of(q);
    }

    private static Optional<Query> covers(SliceGrant prohibition) {
        return coverage(prohibition).map(BooleanQuery.Builder::build);
    }

    private static boolean selection(BooleanQuery.Builder q, String field, Selection selection) {
        if (selection.all()) {
            return true;
        }
        if (selection.names().isEmpty()) {
            return false;
        }
        q.add(QueryFactory.terms(field, selection.names()), Occur.FILTER);
        return true;
    }

    /**
     * SliceGrant.allowsProperty (and, on a blank text, redactsProperty) as a clause on PROPERTY. Never empty:
     * the existence statement comes with every grant.
     */
    private static void properties(SliceGrant grant, boolean blankText, BooleanQuery.Builder q) {
        Set<String> redacted = new HashSet<>(grant.redacted());
        redacted.remove(Statement.ID_PROPERTY);
        if (grant.properties().all()) {
            if (!blankText && !redacted.isEmpty()) {
                q.add(QueryFactory.terms(IndexFields.PROPERTY, redacted), Occur.MUST_NOT);
            }
            return;
        }
        Set<String> admitted = new HashSet<>(grant.properties().names());
        if (blankText) {
            admitted.addAll(redacted);
        } else {
            admitted.removeAll(redacted);
        }
        admitted.add(Statement.ID_PROPERTY);
        q.add(QueryFactory.terms(IndexFields.PROPERTY, admitted), Occur.FILTER);
    }
}
