package nl.gedeeldbeeld.app.network;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gedeeldbeeld.analytics.view.DerivedLink;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.app.search.SearchService;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.search.SearchBounds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The network explorer page ({@code /netwerk}): the frame and the choices (where to start, filters); the
 * network itself is drawn by {@code js/netwerk.js} from the same API an API client uses
 * ({@code /api/v1/network/...}), called with the browser's session and the purpose declared on {@code /doel},
 * so the page shows nothing the API would not give this user under this purpose. Without a start entity the
 * page offers a search (through the same search service as the search page) to pick one.
 */
@Controller
class NetworkPageController {
    private static final int START_HITS = 20;
    private final SearchService search;
    private final PolicyCatalogue catalogue;
    private final VisibleEntities entities;

    NetworkPageController(SearchService search, PolicyCatalogue catalogue, VisibleEntities entities) {
        this.search = search;
        this.catalogue = catalogue;
        this.entities = entities;
    }

    @GetMapping("/netwerk")
    String explorer(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String start,
                    @RequestParam(name = "zoek", defaultValue = "") String q, Model model) {
        Bounds.atMost("entiteit", start, Bounds.MAX_ID);
        if (q.length() > SearchBounds.MAX_TEXT_LENGTH) {
            throw new UserInputException("Een zoekvraag is ten hoogste " + SearchBounds.MAX_TEXT_LENGTH + " tekens.");
        }
        model.addAttribute("entiteit", start.trim());
        model.addAttribute("zoek", q);
        model.addAttribute("doel", ctx.purpose().code());
        if (start.isBlank() && !q.isBlank()) {
            model.addAttribute("hits", search.search(ctx, q, java.util.Set.of(), java.util.Set.of(), 0, START_HITS).hits());
        }
        model.addAttribute("relationSchemata", relationSchemata());
        model.addAttribute("partners", catalogue.organisations().stream().map(Organisation::code).sorted().toList());
        model.addAttribute("derivedKinds", derivedKinds());
        return "netwerk";
    }

    /** The FtM schemata that are relationships (edges), with the name a user reads; FtM's name is the value. */
    private List<Map.Entry<String, String>> relationSchemata() {
        var schemas = entities.schemas();
        Map<String, String> edges = new TreeMap<>();
        for (String name : schemas.schemaNames()) {
            var schema = schemas.require(name);
            if (schema.isEdge()) {
                edges.put(name, schema.getLabel() == null ? name : schema.getLabel());
            }
        }
        return List.copyOf(edges.entrySet());
    }

    private static List<Map.Entry<String, String>> derivedKinds() {
        return Arrays.stream(DerivedLink.values())
                .map(d -> Map.entry(d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), d.dutch())).toList();
    }

    @ExceptionHandler(UserInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(UserInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
