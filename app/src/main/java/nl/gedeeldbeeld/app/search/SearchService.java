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

    public SearchPage search(AccessContext ctx, String text, Set<String> schemata, int offset, int limit) {
        return access.entities().search(ctx, text, schemata, SearchFilter.unrestricted(), offset, limit);
    }
}
