package nl.gedeeldbeeld.app.search;

import java.util.Set;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchFilter;
import org.springframework.stereotype.Service;

/** Search under the request's context: the policy is the query's filter, so hits and totals are right by construction. */
@Service
public class SearchService {
    private final AccessLayer access;

    SearchService(AccessLayer access) {
        this.access = access;
    }

    /**
     * Narrowing by dataset only ever narrows: it is ANDed with the policy's own filter, so naming a dataset
     * the request may not see finds nothing rather than something.
     */
    public SearchPage search(AccessContext ctx, String text, Set<String> schemata, Set<String> datasets, int offset,
                             int limit) {
        return search(ctx, text, schemata, datasets, Set.of(), Set.of(), offset, limit);
    }

    /** As above, also narrowed to partners and legal regimes (each ignored when empty). */
    public SearchPage search(AccessContext ctx, String text, Set<String> schemata, Set<String> datasets,
                             Set<String> partners, Set<String> regimes, int offset, int limit) {
        SearchFilter narrowing = datasets.isEmpty() ? SearchFilter.unrestricted() : SearchFilter.datasets(datasets);
        if (!partners.isEmpty()) {
            narrowing = narrowing.withPartners(partners);
        }
        if (!regimes.isEmpty()) {
            narrowing = narrowing.withRegimes(regimes);
        }
        return access.entities().search(ctx, text, schemata, narrowing, offset, limit);
    }
}
