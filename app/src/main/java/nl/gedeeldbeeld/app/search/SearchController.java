package nl.gedeeldbeeld.app.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchBounds;
import nl.gedeeldbeeld.store.search.SearchFacets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=…[&schema=…][&dataset=…][&limit=…][&cursor=…]}. Cursor pagination as the NL API Design
 * Rules ask: the cursor is opaque to clients and signed ({@link SearchCursors}), so it can neither be forged nor
 * carried over to another search. Bounds ({@link SearchBounds}): q at most 200 characters and 12 words, limit
 * 1–100, at most 10,000 hits deep; schema and dataset at most 20 values of 100 characters.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {
    static final int MAX_FILTER_VALUES = 20;
    static final int MAX_FILTER_LENGTH = 100;
    private final SearchService search;
    private final SearchCursors cursors = new SearchCursors();

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    SearchResponse search(AccessContext ctx,
                          @Parameter(description = "Name, identifier or words; blank lists everything you may see",
                                  schema = @Schema(maxLength = SearchBounds.MAX_TEXT_LENGTH))
                          @RequestParam(name = "q", defaultValue = "") String q,
                          @Parameter(array = @ArraySchema(maxItems = MAX_FILTER_VALUES, schema = @Schema(maxLength = MAX_FILTER_LENGTH)))
                          @RequestParam(name = "schema", required = false) List<String> schema,
                          @Parameter(array = @ArraySchema(maxItems = MAX_FILTER_VALUES, schema = @Schema(maxLength = MAX_FILTER_LENGTH)))
                          @RequestParam(name = "dataset", required = false) List<String> dataset,
                          @Parameter(schema = @Schema(minimum = "1", maximum = "" + SearchBounds.MAX_LIMIT, defaultValue = "20"))
                          @RequestParam(name = "limit", defaultValue = "20") int limit,
                          @Parameter(description = "The nextCursor of the previous page of the same search",
                                  schema = @Schema(maxLength = SearchCursors.MAX_CURSOR_LENGTH))
                          @RequestParam(name = "cursor", required = false) String cursor) {
        SearchBounds.checkText(q);
        Set<String> schemata = Set.copyOf(Bounds.items("schema", schema, MAX_FILTER_VALUES, MAX_FILTER_LENGTH));
        Set<String> datasets = Set.copyOf(Bounds.items("dataset", dataset, MAX_FILTER_VALUES, MAX_FILTER_LENGTH));
        SearchBounds.checkPage(0, limit);
        int offset = Optional.ofNullable(cursor).map(c -> cursors.decode(c, q, schemata, datasets)).orElse(0);
        SearchPage result = search.search(ctx, q, schemata, datasets, offset, limit);
        int next = offset + result.hits().size();
        boolean more = next < result.total() && next <= SearchBounds.MAX_OFFSET && !result.hits().isEmpty();
        return new SearchResponse(q, result.total(), result.hits(), result.facets(),
                more ? Optional.of(cursors.encode(next, q, schemata, datasets)) : Optional.empty());
    }

    /** {@code total} and {@code facets} count only entities the caller may see: the policy is inside the query. */
    record SearchResponse(String query, long total, List<FoundEntity> hits, SearchFacets facets,
                          Optional<String> nextCursor) {
    }
}
