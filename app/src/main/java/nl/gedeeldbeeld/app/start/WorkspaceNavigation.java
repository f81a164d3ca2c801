package nl.gedeeldbeeld.app.start;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.app.policy.RequestAccessContext;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The workspace links in every page's header ({@code ${@nav.links()}} in layout.html): the screens
 * {@link Workspace} offers the signed-in user under the declared purpose, none before a purpose is declared.
 */
@Component("nav")
public class WorkspaceNavigation {
    /** Short Dutch names for the navigation, by screen key. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("zoeken", "Zoeken"),
            Map.entry("casussen", "Casussen"), Map.entry("beoordelen", "Beoordelen"), Map.entry("bescherming", "Afscherming"),
            Map.entry("exports", "Exports"), Map.entry("netwerk", "Netwerk"), Map.entry("geld", "Geldstromen"),
            Map.entry("kaart", "Kaart"), Map.entry("bewaring", "Bewaring"), Map.entry("audit", "Verantwoording"),
            Map.entry("verzoeken", "Verzoeken"), Map.entry("api-sleutel", "API-sleutel"));
    private static final Map<String, String> PATHS = Map.ofEntries(Map.entry("zoeken", "/zoeken"),
            Map.entry("casussen", "/#casussen"), Map.entry("beoordelen", "/werkbank/beoordelen"),
            Map.entry("bescherming", "/werkbank/bescherming"), Map.entry("exports", "/werkbank/exports"),
            Map.entry("netwerk", "/netwerk"), Map.entry("geld", "/geld"), Map.entry("kaart", "/kaart"),
            Map.entry("bewaring", "/werkbank/bewaring"), Map.entry("audit", "/werkbank/audit"),
            Map.entry("verzoeken", "/werkbank/verzoeken"), Map.entry("api-sleutel", "/api-sleutel"));

    private final Workspace workspace;
    private final RequestAccessContext contexts;

    WorkspaceNavigation(Workspace workspace, RequestAccessContext contexts) {
        this.workspace = workspace;
        this.contexts = contexts;
    }

    /** A navigation link: its address, Dutch name and screen key. */
    public record Link(String key, String path, String name) {
    }

    /** The links for the current request; empty when nobody is signed in or no valid purpose is declared. */
    public List<Link> links() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return List.of();
        }
        HttpServletRequest request = attributes.getRequest();
        AccessContext ctx;
        try {
            ctx = contexts.open(request);
        } catch (RuntimeException notSignedInOrNoPurpose) {
            // The login and purpose pages, and error pages, have no context to offer screens for.
            return List.of();
        }
        if (!workspace.declarable(ctx)) {
            return List.of();
        }
        return workspace.keys(ctx).stream().map(k -> new Link(k, PATHS.get(k), NAMES.get(k))).toList();
    }
}
