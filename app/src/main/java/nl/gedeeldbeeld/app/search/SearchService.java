package nl.gedeeldbeeld.app.search;

import java.util.Set;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.SearchResult;
import org.springframework.stereotype.Service;

/**
 * Search over the index. TODO(issue 4): the caller's allowed (partner, regime) set becomes the query's
 * filter here, so hits and totals are policy-correct by construction.
 */
@Service
public class SearchService {
    private final Storage storage;

    SearchService(Storage storage) {
        this.storage = storage;
    }

    public SearchResult search(String text, Set<String> schemata, int offset, int limit) {
        return storage.index().search(SearchQuery.of(text).withSchemata(schemata).page(offset, limit));
    }
}
