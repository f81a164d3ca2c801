package nl.gedeeldbeeld.store.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.value.ContainerNumberType;
import nl.gedeeldbeeld.model.value.EmailType;
import nl.gedeeldbeeld.model.value.IbanType;
import nl.gedeeldbeeld.model.value.IdentifierType;
import nl.gedeeldbeeld.model.value.KvkNumberType;
import nl.gedeeldbeeld.model.value.LicencePlateType;
import nl.gedeeldbeeld.model.value.PhoneType;
import nl.gedeeldbeeld.model.value.PostcodeType;
import nl.gedeeldbeeld.model.value.ValueResult;
import nl.gedeeldbeeld.model.value.ValueType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene query for a {@link SearchQuery}. Matching is: an exact identifier (the text read as an
 * IBAN, KvK number, plate, postcode, phone, e-mail, container or document number), or the name words with
 * typo tolerance, or all words in other values. Ranking adds exact whole-name matches and tussenvoegsels.
 * The access, schema and user filters are FILTER clauses: they decide membership, never score.
 */
final class QueryFactory {
    /** Identifier hits are certain; they rank above any name similarity. */
    private static final float IDENTIFIER_BOOST = 100f;
    private static final List<ValueType> IDENTIFIER_TYPES = List.of(new IbanType(), new KvkNumberType(),
            new LicencePlateType(), new PostcodeType(), new PhoneType(), new EmailType(), new ContainerNumberType(),
            new IdentifierType());

    private final org.apache.lucene.util.QueryBuilder textQueries;

    QueryFactory(Analyzer textAnalyzer) {
        this.textQueries = new org.apache.lucene.util.QueryBuilder(textAnalyzer);
    }

    /** The normalised forms the text could have as an identifier; the search looks for each exactly. */
    static Set<String> identifierForms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return forms;
        }
        forms.add(trimmed);
        for (ValueType type : IDENTIFIER_TYPES) {
            ValueResult result = type.normalise(trimmed);
            if (result.isValid()) {
                forms.add(result.value());
            }
        }
        return forms;
    }

    Query build(SearchQuery q) {
        return build(q, matching(q.text()));
    }

    /** As {@link #build(SearchQuery)}, with the text's query already made ({@link #matching}). */
    Query build(SearchQuery q, Query matching) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(matching, Occur.MUST);
        root.add(AccessFilter.of(q.access(), q.text().isBlank()), Occur.FILTER);
        filters(q).forEach(f -> root.add(f, Occur.FILTER));
        return root.build();
    }

    /** The text among these entities, whoever may see it: for alerting, never for showing. */
    Query matchingAmong(String text, Collection<String> entityIds) {
        return matchingAmong(matching(text), entityIds);
    }

    /** As above, with the text's query already made ({@link #matching}). */
    Query matchingAmong(Query matching, Collection<String> entityIds) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(matching, Occur.MUST);
        root.add(terms(IndexFields.ENTITY, entityIds), Occur.FILTER);
        return root.build();
    }

    /** What the text matches, whoever may see it; the access and other filters come on top. */
    Query matching(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> identifiers = identifierForms(text);
        any.add(new BoostQuery(new ConstantScoreQuery(terms(IndexFields.IDENT, identifiers)), IDENTIFIER_BOOST),
                Occur.SHOULD);
        // Names hold no digits: a word with one is an identifier or a number, and fuzzy name matching on it
        // (or on its first letter as an initial) would only find noise.
        List<String> words = NameKeys.matchWords(text).stream().filter(w -> w.chars().noneMatch(Character::isDigit)).toList();
        if (!words.isEmpty()) {
            any.add(nameWords(words), Occur.SHOULD);
        }
        Query textQuery = textQueries.createBooleanQuery(IndexFields.TEXT, text, Occur.MUST);
        if (textQuery != null) {
            any.add(new BoostQuery(textQuery, 0.3f), Occur.SHOULD);
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        ranked.add(any.build(), Occur.MUST);
        // Ranking only: these never make a document match on their own (a shared "van" is no match).
        List<String> full = NameKeys.fullWords(text);
        for (String w : full) {
            ranked.add(new BoostQuery(new TermQuery(new Term(IndexFields.NAME_FULL, w)), 0.5f), Occur.SHOULD);
        }
        if (!full.isEmpty()) {
            ranked.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(
                    new Term(IndexFields.NAME_EXACT, String.join(" ", full)))), 4f), Occur.SHOULD);
            ranked.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(
                    new Term(IndexFields.NAME_KEY, String.join(" ", words)))), 2f), Occur.SHOULD);
        }
        return ranked.build();
    }

    /**
     * Each word matches exactly, within its edit distance, or as an initial ("Jan de Vries" finds "J. de
     * Vries"). Initials count only beside other words: a lone "Jan" matching every "J." is noise.
     * Most words must match: all of one or two, all but one of three or four.
     */
    private static Query nameWords(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(new BoostQuery(new TermQuery(new Term(IndexFields.NAME, w)), 2f), Occur.SHOULD);
            int edits = NameKeys.maxEdits(w);
            if (edits > 0) {
                word.add(new FuzzyQuery(new Term(IndexFields.NAME, w), edits, 1), Occur.SHOULD);
            }
            if (words.size() > 1) {
                Query initial = w.length() > 1
                        ? new TermQuery(new Term(IndexFields.NAME, w.substring(0, 1)))
                        : new PrefixQuery(new Term(IndexFields.NAME, w));
                word.add(new BoostQuery(initial, 0.2f), Occur.SHOULD);
            }
            all.add(word.build(), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(words.size() - words.size() / 3);
        return all.build();
    }

    private static List<Query> filters(SearchQuery q) {
        List<Query> filters = new java.util.ArrayList<>();
        if (!q.schemata().isEmpty()) {
            filters.add(terms(IndexFields.SCHEMATA, q.schemata()));
        }
        SearchFilter f = q.filter();
        filter(IndexFields.DATASET, f.datasets()).ifPresent(filters::add);
        filter(IndexFields.PARTNER, f.partners()).ifPresent(filters::add);
        filter(IndexFields.REGIME, f.regimes()).ifPresent(filters::add);
        filter(IndexFields.PARTNER_REGIME, f.partnerRegimes().map(pairs -> pairs.stream()
                .map(SearchFilter.PartnerRegime::term).collect(Collectors.toSet()))).ifPresent(filters::add);
        return filters;
    }

    private static Optional<Query> filter(String field, Optional<Set<String>> allowed) {
        return allowed.map(values -> values.isEmpty() ? new MatchNoDocsQuery("nothing allowed") : terms(field, values));
    }

    static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
