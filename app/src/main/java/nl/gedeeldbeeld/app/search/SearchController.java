package nl.gedeeldbeeld.app.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchFacets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=…[&schema=…][&dataset=…][&limit=…][&cursor=…]}. Cursor pagination as the NL API Design
 * Rules ask: the cursor is opaque to clients (it encodes the offset today, and may encode a search-after
 * position later without breaking them).
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    SearchResponse search(AccessContext ctx, @RequestParam(name = "q", defaultValue = "") String q,
                      @RequestParam(name = "schema", required = false) List<String> schema,
                      @RequestParam(name = "dataset", required = false) List<String> dataset,
                      @RequestParam(name = "limit", defaultValue = "20") int limit,
                      @RequestParam(name = "cursor", required = false) String cursor) {
        int offset = Optional.ofNullable(cursor).map(SearchController::decode).orElse(0);
        SearchPage result = search.search(ctx, q, schema == null ? Set.of() : Set.copyOf(schema),
                dataset == null ? Set.of() : Set.copyOf(dataset), offset, limit);
        int next = offset + result.hits().size();
        return new SearchResponse(q, result.total(), result.hits(), result.facets(),
                next < result.total() ? Optional.of(encode(next)) : Optional.empty());
    }

    /** {@code total} and {@code facets} count only entities the caller may see: the policy is inside the query. */
    record SearchResponse(String query, long total, List<FoundEntity> hits, SearchFacets facets,
                          Optional<String> nextCursor) {
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith("o:")) {
                return Integer.parseInt(plain.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the user error below
        }
        throw new UserInputException("cursor '" + cursor + "' is not one this API handed out");
    }
}
