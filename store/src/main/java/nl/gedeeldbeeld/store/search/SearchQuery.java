package nl.gedeeldbeeld.store.search;

import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * A search: free text (a name, an identifier in any common notation, or words from other values; blank
 * lists everything), optional schemata (a schema matches its descendants: LegalEntity finds Person and
 * Company), the access filter, and the page.
 */
public record SearchQuery(String text, Set<String> schemata, SearchFilter filter, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        schemata = Set.copyOf(schemata);
        Objects.requireNonNull(filter, "filter");
        if (offset < 0) {
            throw new UserInputException("offset must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UserInputException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The first 20 hits for the text, all schemata, no access restriction. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), SearchFilter.unrestricted(), 0, 20);
    }

    public SearchQuery withSchemata(Set<String> schemata) {
        return new SearchQuery(text, schemata, filter, offset, limit);
    }

    public SearchQuery withFilter(SearchFilter filter) {
        return new SearchQuery(text, schemata, filter, offset, limit);
    }

    public SearchQuery page(int offset, int limit) {
        return new SearchQuery(text, schemata, filter, offset, limit);
    }
}
