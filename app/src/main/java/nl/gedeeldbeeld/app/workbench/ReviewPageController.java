package nl.gedeeldbeeld.app.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue on screen ({@code /werkbank/beoordelen}): the pairs the model was unsure of that the user
 * sees both records of, the owner's queue of other partners' judgements waiting for its consent, and what the
 * own organisation proposed. A pair opens side by side with each feature's comparison and every earlier
 * judgement, so a reversal is visible. Judging and answering go through {@link IdentityService}, the service
 * the API uses, so the write rule JUDGE and the audit apply unchanged.
 */
@Controller
class ReviewPageController {
    static final int QUEUE_SIZE = 25;
    private final IdentityService identities;
    private final WorkbenchAccess screens;
    private final PolicyCatalogue catalogue;

    ReviewPageController(IdentityService identities, WorkbenchAccess screens, PolicyCatalogue catalogue) {
        this.identities = identities;
        this.screens = screens;
        this.catalogue = catalogue;
    }

    @GetMapping("/werkbank/beoordelen")
    String queue(AccessContext ctx, Model model) {
        screens.require(ctx, WorkScreen.BEOORDELEN);
        model.addAttribute("queue", identities.reviewQueue(ctx, QUEUE_SIZE));
        model.addAttribute("consents", identities.pending(ctx));
        model.addAttribute("proposed", identities.proposed(ctx));
        model.addAttribute("names", organisationNames());
        return "werkbank/beoordelen";
    }

    @GetMapping("/werkbank/beoordelen/paar")
    String pair(AccessContext ctx, @RequestParam("links") String left, @RequestParam("rechts") String right, Model model) {
        screens.require(ctx, WorkScreen.BEOORDELEN);
        Bounds.id("links", left);
        Bounds.id("rechts", right);
        IdentityService.PairReview pair = identities.pair(ctx, left, right)
                .orElseThrow(() -> new EntityNotFoundException(left + " / " + right));
        model.addAttribute("pair", pair);
        model.addAttribute("names", organisationNames());
        return "werkbank/paar";
    }

    @PostMapping("/werkbank/beoordelen/oordelen")
    String judge(AccessContext ctx, @RequestParam("links") String left, @RequestParam("rechts") String right,
                 @RequestParam("oordeel") String verdict, @RequestParam(name = "reden", defaultValue = "") String reason,
                 RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BEOORDELEN);
        Bounds.id("links", left);
        Bounds.id("rechts", right);
        Bounds.atMost("reden", reason, Bounds.MAX_TEXT);
        Verdict v;
        try {
            v = Verdict.valueOf(Bounds.atMost("oordeel", verdict, 20).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("Kies een oordeel: dezelfde persoon, niet dezelfde persoon of onzeker.");
        }
        IdentityService.Judged judged = identities.judge(ctx, left, right, v,
                Optional.of(reason.strip()).filter(r -> !r.isEmpty()));
        redirect.addFlashAttribute("melding", "APPLIED".equals(judged.status())
                ? "Uw oordeel is vastgelegd."
                : "Uw oordeel wacht op toestemming van " + judged.awaitingConsentOf().stream().map(this::name)
                        .collect(Collectors.joining(", ")) + " (eigenaar van een van de registraties).");
        return "redirect:" + UriComponentsBuilder.fromPath("/werkbank/beoordelen/paar").queryParam("links", left)
                .queryParam("rechts", right).encode().build().toUriString();
    }

    @PostMapping("/werkbank/beoordelen/toestemmingen/{id}")
    String answer(AccessContext ctx, @PathVariable String id, @RequestParam("toestemming") boolean consent,
                  RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.BEOORDELEN);
        Bounds.id("id", id);
        var answered = identities.answer(ctx, id, consent);
        redirect.addFlashAttribute("melding", switch (answered.status()) {
            case APPLIED -> "U gaf toestemming; het oordeel geldt nu.";
            case REFUSED -> "U weigerde; het oordeel geldt niet.";
            case PENDING -> "U gaf toestemming; het oordeel wacht nog op andere eigenaren.";
        });
        return "redirect:/werkbank/beoordelen";
    }

    private Map<String, String> organisationNames() {
        return catalogue.organisations().stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
    }

    private String name(String organisation) {
        return catalogue.organisation(organisation).map(Organisation::name).orElse(organisation);
    }
}
