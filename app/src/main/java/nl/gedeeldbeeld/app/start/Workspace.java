package nl.gedeeldbeeld.app.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.request.InformationRequestDesk;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.InformationRequest;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecisionPoint;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user can do under the purpose they declared, for the start page and the navigation: each
 * screen of the workspace offered only when the catalogue's rules let this user act there under this purpose
 * (the write rules for judging, exports, protection alerts and holds; the purpose for analysis and
 * accountability), with the counts that say whether something waits. Offering is a courtesy, not the guard:
 * every screen still asks the access layer, which refuses what the policy does not allow.
 */
@Component
public class Workspace {
    /** Purposes under which the analysis screens (network, money, map) serve the work. */
    static final Set<String> ANALYSIS_PURPOSES = Set.of("THEMATISCHE_ANALYSE", "STRAFRECHTELIJK_ONDERZOEK", "RIEC_CASUS",
            "BIBOB_TOETS", "BESLAGBEHEER");
    /** The privacy officer's purpose: accounting for processing (audit, holds and retention). */
    static final String ACCOUNTABILITY = "VERANTWOORDING";
    /** The review queue is counted up to this many pairs; beyond it the page says "meer dan". */
    static final int REVIEW_COUNT_LIMIT = 100;

    private final AccessLayer access;
    private final IdentityService identities;
    private final WriteDecisionPoint writes;
    private final InformationRequestDesk requests;

    Workspace(AccessLayer access, IdentityService identities, InformationRequestDesk requests) {
        this.access = access;
        this.identities = identities;
        this.requests = requests;
        this.writes = new WriteDecisionPoint(access.decisions().catalogue());
    }

    /**
     * One screen the user may open: its address, Dutch title and what it is for, and optionally a count of what
     * waits there ({@code countAtLeast} when the count stopped at a bound).
     */
    public record Screen(String key, String path, String title, String description, Optional<Long> count,
                         String countLabel, boolean countAtLeast) {
        static Screen of(String key, String path, String title, String description) {
            return new Screen(key, path, title, description, Optional.empty(), "", false);
        }

        Screen counting(long n, String label, boolean atLeast) {
            return new Screen(key, path, title, description, Optional.of(n), label, atLeast);
        }
    }

    /** Whether the screen named by {@code key} is offered to this request (for navigation links). */
    public boolean offers(AccessContext ctx, String key) {
        return keys(ctx).contains(key);
    }

    /** The keys of the screens offered, without counting anything (cheap: for every page's navigation). */
    public List<String> keys(AccessContext ctx) {
        List<String> keys = new ArrayList<>();
        String purpose = ctx.purpose().code();
        keys.add("zoeken");
        if (purpose.equals("RIEC_CASUS") || purpose.equals("BIBOB_TOETS")) {
            keys.add("casussen");
        }
        if (may(ctx, WriteAction.JUDGE) && !purpose.equals(ACCOUNTABILITY)) {
            keys.add("beoordelen");
        }
        if (may(ctx, WriteAction.READ_PROTECTION_ALERTS)) {
            keys.add("bescherming");
        }
        if (may(ctx, WriteAction.APPROVE_EXPORT)) {
            keys.add("exports");
        }
        if (may(ctx, WriteAction.REQUEST_INFORMATION) || may(ctx, WriteAction.ANSWER_INFORMATION_REQUEST)) {
            keys.add("verzoeken");
        }
        if (ANALYSIS_PURPOSES.contains(purpose)) {
            keys.add("netwerk");
            keys.add("geld");
            keys.add("kaart");
        }
        if (may(ctx, WriteAction.PLACE_HOLD) || purpose.equals(ACCOUNTABILITY)) {
            keys.add("bewaring");
        }
        if (purpose.equals(ACCOUNTABILITY)) {
            keys.add("audit");
        }
        // Every signed-in user may get a token for the API under the same rules as the pages.
        keys.add("api-sleutel");
        return keys;
    }

    /** The screens offered, with their counts: what the start page shows. */
    public List<Screen> screens(AccessContext ctx) {
        List<Screen> screens = new ArrayList<>();
        for (String key : keys(ctx)) {
            screens.add(switch (key) {
                case "zoeken" -> Screen.of(key, "/zoeken", "Zoeken",
                        "Personen, bedrijven, rekeningen, voertuigen: op naam (ook met tikfouten en tussenvoegsels) of kenmerk.");
                case "casussen" -> cases(ctx);
                case "beoordelen" -> {
                    int n = identities.reviewQueue(ctx, REVIEW_COUNT_LIMIT).size();
                    yield Screen.of(key, "/werkbank/beoordelen", "Beoordelen",
                            "Paren van registraties die mogelijk dezelfde persoon zijn: beoordeel ze naast elkaar.")
                            .counting(n, n == 1 ? "paar wacht op een oordeel" : "paren wachten op een oordeel",
                                    n >= REVIEW_COUNT_LIMIT);
                }
                case "bescherming" -> {
                    long n = access.protection().alerts(ctx, false).size();
                    yield Screen.of(key, "/werkbank/bescherming", "Afgeschermde personen",
                            "Personen die uw eenheid afschermt (bewaken en beveiligen) en wie naar hen zocht.")
                            .counting(n, n == 1 ? "nieuwe melding" : "nieuwe meldingen", false);
                }
                case "exports" -> {
                    long n = access.exports().ofOrganisation(ctx).stream()
                            .filter(r -> r.status() == ExportStatus.PENDING_APPROVAL)
                            .filter(r -> !r.requestedBy().equals(ctx.user().id())).count();
                    yield Screen.of(key, "/werkbank/exports", "Exports",
                            "Exports met gegevens van andere partners gaan pas weg na goedkeuring door een tweede persoon.")
                            .counting(n, n == 1 ? "export wacht op uw goedkeuring" : "exports wachten op uw goedkeuring", false);
                }
                case "verzoeken" -> {
                    long n = requests.received(ctx).stream()
                            .filter(r -> r.status() == InformationRequest.Status.OPEN).count();
                    yield Screen.of(key, "/werkbank/verzoeken", "Verzoeken",
                            "Informatie opvragen bij partners die een persoon kennen, en verzoeken aan uw organisatie beantwoorden.")
                            .counting(n, n == 1 ? "verzoek wacht op uw antwoord" : "verzoeken wachten op uw antwoord", false);
                }
                case "netwerk" -> Screen.of(key, "/netwerk", "Netwerk",
                        "Relaties tussen partijen, sleutelfiguren, facilitators en verstoring van het netwerk.");
                case "geld" -> Screen.of(key, "/geld", "Geldstromen",
                        "Betalingen in de tijd, signalen van witwastypologieën, herkomst van geld en eigendom (UBO).");
                case "kaart" -> Screen.of(key, "/kaart", "Kaart", "Adressen en gebiedsindicatoren per gemeente.");
                case "bewaring" -> Screen.of(key, "/werkbank/bewaring", "Bewaring",
                        "Bewaartermijnen, opschoning en juridische bewaarplichten (legal holds).");
                case "audit" -> Screen.of(key, "/werkbank/audit", "Verantwoording",
                        "Wie heeft wat geraadpleegd, waarom en onder welke afspraak.");
                case "api-sleutel" -> Screen.of(key, "/api-sleutel", "API-sleutel",
                        "Een kortlevende sleutel voor scripts en programma's die de API als u gebruiken.");
                default -> throw new IllegalStateException("no screen " + key);
            });
        }
        return screens;
    }

    /** Whether the declared purpose is one the user's roles grant (the session may hold a stale one). */
    boolean declarable(AccessContext ctx) {
        return access.decisions().catalogue().purposesOf(ctx.user()).contains(ctx.purpose().code());
    }

    /** The joint cases the request's organisation takes part in. */
    public List<JointCase> openCases(AccessContext ctx) {
        return access.sharing().casesOf(ctx);
    }

    private Screen cases(AccessContext ctx) {
        long n = openCases(ctx).size();
        return Screen.of("casussen", "/#casussen", "Casussen",
                "De RIEC-casussen waaraan uw organisatie deelneemt; wat partners daarin delen ziet u onder dit doel.")
                .counting(n, n == 1 ? "open casus" : "open casussen", false);
    }

    /** Whether the write rules let this user, under this purpose, do the act on their own unit's data. */
    private boolean may(AccessContext ctx, WriteAction action) {
        WriteRequest request = WriteRequest.on(action, Set.of(ctx.organisation().code()))
                .ownedByUnit(ctx.user().unit().orElse(""));
        if (action == WriteAction.APPROVE_EXPORT) {
            // Approving is a second person's act: ask as the second person of an export someone else requested.
            request = request.after("iemand-anders");
        }
        return writes.decide(ctx, request).allowed();
    }
}
