package nl.gedeeldbeeld.store.search;

import java.util.Objects;
import java.util.Set;

/**
 * A search: free text (a name, an identifier in any common notation, or words from other values; blank
 * lists everything the request may see), the request's access (mandatory: there is no search outside the
 * policy), optional schemata (a schema matches its descendants: LegalEntity finds Person and Company), an
 * optional narrowing the user chose (datasets, partners, regimes; on top of the access, never instead of
 * it), and the page.
 */
public record SearchQuery(String text, SearchAccess access, Set<String> schemata, SearchFilter filter, int offset,
                          int limit) {
    /** The largest page the index answers; the API's pages are smaller (see {@link SearchBounds}). */
    public static final int MAX_LIMIT = SearchBounds.MAX_QUERY_LIMIT;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(access, "access");
        schemata = Set.copyOf(schemata);
        Objects.requireNonNull(filter, "filter");
        SearchBounds.checkText(text);
        SearchBounds.checkPage(offset, limit, MAX_LIMIT);
    }

    /** The first 20 hits for the text that this access may see, all schemata, no further narrowing. */
    public static SearchQuery of(String text, SearchAccess access) {
        return new SearchQuery(text, access, Set.of(), SearchFilter.unrestricted(), 0, 20);
    }

    public SearchQuery withSchemata(Set<String> schemata) {
        return new SearchQuery(text, access, schemata, filter, offset, limit);
    }

    /** Narrows what the access allows (say, to the datasets the user ticked); never widens it. */
    public SearchQuery withFilter(SearchFilter filter) {
        return new SearchQuery(text, access, schemata, filter, offset, limit);
    }

    public SearchQuery page(int offset, int limit) {
        return new SearchQuery(text, access, schemata, filter, offset, limit);
    }
}
