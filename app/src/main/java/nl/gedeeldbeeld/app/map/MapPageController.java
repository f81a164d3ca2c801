package nl.gedeeldbeeld.app.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.network.ProjectionMemo;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The map ({@code /kaart}): the addresses of the entities in view, placed in their gemeente, and a choropleth
 * of the gemeenten by the number of those addresses (absolute or per 10,000 inhabitants). "In view" is every
 * party and address the user may see, or the ego network of one entity ({@code entiteit}, {@code stappen}).
 * Everything is read through the access layer as the signed-in user under the declared purpose, and counted
 * after the policy: a gemeente's figure never includes an address the user may not see.
 */
@Controller
class MapPageController {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARTIES = Set.of("Person", "Company", "Organization", "LegalEntity");
    /** "Kerkstraat 12A, 3011 AB Rotterdam": the place follows the postcode. */
    private static final Pattern PLACE_AFTER_POSTCODE = Pattern.compile("\\d{4}\\s?[A-Za-z]{2}\\s+(.+)$");
    private static final int MAX_LISTED = 500;
    private final VisibleEntities entities;
    private final NetworkViews views;
    private final Gemeenten gemeenten = Gemeenten.bundled();
    private final Map<String, String> names = nameByCode();
    /** The page's content per pair of projections and parameters (three slices, a few measures and centres each). */
    private final ProjectionMemo<Sources, MapContent> contents = new ProjectionMemo<>(16);

    MapPageController(VisibleEntities entities, NetworkViews views) {
        this.entities = entities;
        this.views = views;
    }

    /** One address on the map: its text, the gemeente it lies in (if known) and the entity that names it. */
    record Placed(String address, Optional<String> gemeente, String entityId, String entityCaption) {
    }

    @GetMapping("/kaart")
    String map(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String start,
               @RequestParam(name = "stappen", defaultValue = "2") int hops,
               @RequestParam(name = "maat", defaultValue = "aantal") String measure, Model model) {
        Bounds.atMost("entiteit", start, Bounds.MAX_ID);
        Bounds.between("stappen", hops, 1, 4);
        if (!measure.equals("aantal") && !measure.equals("inwoners")) {
            throw new UserInputException("Maat is 'aantal' of 'inwoners', niet '" + measure + "'.");
        }
        Optional<Set<String>> inView = start.isBlank() ? Optional.empty() : Optional.of(egoNetwork(ctx, start.trim(), hops));
        List<EntityView> parties = entities.of(ctx, PARTIES, "map-view");
        List<EntityView> addresses = entities.of(ctx, Set.of("Address"), "map-view");
        // Kept beside the projections the two lists came from (both compared by identity), so only a request that got
        // these very answers, of its own slice and store generation, finds it again.
        MapContent content = contents.get(parties, new Sources(new ProjectionMemo.Same(addresses), inView, measure),
                () -> content(placed(parties, addresses, inView), measure));
        model.addAttribute("entiteit", start.trim());
        model.addAttribute("stappen", hops);
        model.addAttribute("maat", measure);
        model.addAttribute("rows", content.rows());
        model.addAttribute("total", content.total());
        model.addAttribute("unplaced", content.unplaced());
        model.addAttribute("placed", content.placed());
        model.addAttribute("names", names);
        model.addAttribute("areasJson", content.areasJson());
        return "kaart";
    }

    /** What the page shows of the addresses in view: the table, the listed addresses and the map's JSON. */
    private record MapContent(List<AreaRow> rows, int total, int unplaced, List<Placed> placed, String areasJson) {
    }

    /** The second projection and the request's parameters, the key beside the first projection. */
    private record Sources(ProjectionMemo.Same addresses, Optional<Set<String>> inView, String measure) {
    }

    private MapContent content(List<Placed> placed, String measure) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<String>> listed = new TreeMap<>();
        int unplaced = 0;
        for (Placed p : placed) {
            if (p.gemeente().isEmpty()) {
                unplaced++;
                continue;
            }
            counts.merge(p.gemeente().get(), 1, Integer::sum);
            List<String> l = listed.computeIfAbsent(p.gemeente().get(), k -> new ArrayList<>());
            if (l.size() < 10) {
                l.add(p.address() + " (" + p.entityCaption() + ")");
            }
        }
        List<Map<String, Object>> areas = new ArrayList<>();
        List<AreaRow> rows = new ArrayList<>();
        for (Gemeenten.Gemeente g : gemeenten.all()) {
            int n = counts.getOrDefault(g.code(), 0);
            double per10k = g.inhabitants() > 0 ? n * 10_000.0 / g.inhabitants() : 0;
            if (n > 0) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("code", g.code());
                a.put("naam", g.name());
                a.put("aantal", n);
                a.put("perInwoners", per10k);
                a.put("lat", g.lat());
                a.put("lng", g.lng());
                a.put("adressen", listed.getOrDefault(g.code(), List.of()));
                areas.add(a);
                rows.add(new AreaRow(g.name(), n, g.inhabitants(), per10k));
            }
        }
        rows.sort(java.util.Comparator.comparingInt(AreaRow::count).reversed().thenComparing(AreaRow::name));
        return new MapContent(List.copyOf(rows), placed.size(), unplaced,
                List.copyOf(placed.size() > MAX_LISTED ? placed.subList(0, MAX_LISTED) : placed),
                json(Map.of("maat", measure, "gebieden", areas)));
    }

    /** A gemeente's row in the table beside the map. */
    record AreaRow(String name, int count, long inhabitants, double per10k) {
    }

    private Map<String, String> nameByCode() {
        Map<String, String> names = new TreeMap<>();
        gemeenten.all().forEach(g -> names.put(g.code(), g.name()));
        return java.util.Collections.unmodifiableMap(names);
    }

    /** The records of the parties within {@code hops} of the start, as the caller sees them. */
    private Set<String> egoNetwork(AccessContext ctx, String start, int hops) {
        GraphView view = views.view(ctx, ViewParameters.parse(null, null, null, null, null, null));
        String centre = view.graph().node(start).isPresent() ? start : view.nodes().stream()
                .filter(n -> n.members().contains(start)).map(ViewNode::id).findFirst()
                .orElseThrow(() -> new UserInputException("'" + start + "' is geen partij in uw netwerkweergave: "
                        + "niet zichtbaar voor u, of zonder verbanden."));
        Set<String> members = new HashSet<>();
        GraphView ego = view.around(centre, hops);
        ego.nodes().forEach(n -> members.addAll(n.members()));
        for (int e = 0; e < ego.graph().edgeCount(); e++) {
            ego.evidence(e).forEach(ev -> members.add(ev.via()));
        }
        return members;
    }

    private List<Placed> placed(List<EntityView> parties, List<EntityView> addresses, Optional<Set<String>> inView) {
        List<Placed> placed = new ArrayList<>();
        Map<String, String> namedBy = new LinkedHashMap<>();
        Map<String, String> namedByCaption = new LinkedHashMap<>();
        for (EntityView party : parties) {
            if (inView.isPresent() && !inView.get().contains(party.id())) {
                continue;
            }
            for (String a : party.values("addressEntity")) {
                namedBy.putIfAbsent(a, party.id());
                namedByCaption.putIfAbsent(a, party.caption());
            }
            for (String text : party.values("address")) {
                placed.add(new Placed(text, place(text).flatMap(gemeenten::byPlace).map(Gemeenten.Gemeente::code),
                        party.id(), party.caption()));
            }
        }
        for (EntityView address : addresses) {
            boolean wanted = inView.isEmpty() || inView.get().contains(address.id()) || namedBy.containsKey(address.id());
            if (!wanted) {
                continue;
            }
            String text = address.first("full").orElse(address.caption());
            Optional<String> city = address.first("city").or(() -> place(text));
            placed.add(new Placed(text, city.flatMap(gemeenten::byPlace).map(Gemeenten.Gemeente::code),
                    namedBy.getOrDefault(address.id(), address.id()),
                    namedByCaption.getOrDefault(address.id(), address.caption())));
        }
        return placed;
    }

    private static Optional<String> place(String address) {
        Matcher m = PLACE_AFTER_POSTCODE.matcher(address.trim());
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler(UserInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(UserInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
