package nl.gedeeldbeeld.app.search;

import java.util.Set;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.store.search.SearchBounds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The search page: one box for names and identifiers, facets counted under the policy, paging. Labels are Dutch
 * ({@link nl.gedeeldbeeld.app.web.DutchLabels}); the FtM names stay available as tooltips.
 */
@Controller
class SearchPageController {
    private static final int PAGE_SIZE = 25;
    /** The last page a search reaches: paging stops at {@link SearchBounds#MAX_OFFSET} hits (finding 14). */
    static final int MAX_PAGE = SearchBounds.MAX_OFFSET / PAGE_SIZE + 1;
    private final SearchService search;

    SearchPageController(SearchService search) {
        this.search = search;
    }

    /** The search of the first version lived at {@code /?q=…}; links and bookmarks to it keep working. */
    @GetMapping(value = "/", params = "q")
    String searchWithQuery(AccessContext ctx, @RequestParam(name = "q", defaultValue = "") String q,
                           @RequestParam(name = "pagina", defaultValue = "1") int page,
                           @RequestParam(name = "soort", defaultValue = "") String schema,
                           @RequestParam(name = "bron", defaultValue = "") String dataset,
                           @RequestParam(name = "partner", defaultValue = "") String partner,
                           @RequestParam(name = "grondslag", defaultValue = "") String regime, Model model) {
        return home(ctx, q, page, schema, dataset, partner, regime, model);
    }

    @GetMapping("/zoeken")
    String home(AccessContext ctx, @RequestParam(name = "q", defaultValue = "") String q,
                @RequestParam(name = "pagina", defaultValue = "1") int page,
                @RequestParam(name = "soort", defaultValue = "") String schema,
                @RequestParam(name = "bron", defaultValue = "") String dataset,
                @RequestParam(name = "partner", defaultValue = "") String partner,
                @RequestParam(name = "grondslag", defaultValue = "") String regime, Model model) {
        for (String narrowing : new String[] {schema, dataset, partner, regime}) {
            if (narrowing.length() > SearchController.MAX_FILTER_LENGTH) {
                throw new UserInputException("Soort, bron, partner en grondslag zijn ten hoogste "
                        + SearchController.MAX_FILTER_LENGTH + " tekens.");
            }
        }
        if (q.length() > SearchBounds.MAX_TEXT_LENGTH) {
            throw new UserInputException("Een zoekvraag is ten hoogste " + SearchBounds.MAX_TEXT_LENGTH + " tekens.");
        }
        model.addAttribute("q", q);
        model.addAttribute("soort", schema);
        model.addAttribute("bron", dataset);
        model.addAttribute("partner", partner);
        model.addAttribute("grondslag", regime);
        if (!q.isBlank()) {
            if (page > MAX_PAGE) {
                throw new UserInputException("Pagina " + page + " bestaat niet: zoeken bladert tot pagina " + MAX_PAGE
                        + " (" + SearchBounds.MAX_OFFSET + " resultaten). Verfijn de zoekvraag met soort of bron.");
            }
            int current = Math.max(1, page);
            var result = search.search(ctx, q, schema.isBlank() ? Set.of() : Set.of(schema),
                    dataset.isBlank() ? Set.of() : Set.of(dataset), partner.isBlank() ? Set.of() : Set.of(partner),
                    regime.isBlank() ? Set.of() : Set.of(regime), (current - 1) * PAGE_SIZE, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("page", current);
            model.addAttribute("pages", Math.min(MAX_PAGE, Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
        }
        return "search";
    }

    @ExceptionHandler(UserInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(UserInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
