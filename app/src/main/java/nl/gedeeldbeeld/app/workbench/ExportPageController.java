package nl.gedeeldbeeld.app.workbench;

import java.util.Arrays;
import java.util.List;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.store.access.ExportView;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.ExportFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exports of the own organisation on screen ({@code /werkbank/exports}): ask for one, let a colleague approve
 * or reject it (four eyes: the requester cannot), and download it once approved. Every step goes through the
 * access layer's {@code Exports}, as the API does, so the write rule APPROVE_EXPORT, {@code FourEyes} and the
 * audit apply unchanged; the file is built at download under the requester's context.
 */
@Controller
class ExportPageController {
    /** The most entities one export may name, as on the API. */
    static final int MAX_ENTITIES = 500;
    private final AccessLayer access;
    private final WorkbenchAccess screens;

    ExportPageController(AccessLayer access, WorkbenchAccess screens) {
        this.access = access;
        this.screens = screens;
    }

    @GetMapping("/werkbank/exports")
    String list(AccessContext ctx, @RequestParam(name = "entiteit", defaultValue = "") String entity, Model model) {
        screens.require(ctx, WorkScreen.EXPORTS);
        model.addAttribute("exports", access.exports().ofOrganisation(ctx));
        model.addAttribute("me", ctx.user().id());
        model.addAttribute("purpose", ctx.purpose().code());
        model.addAttribute("entiteit", Bounds.atMost("entiteit", entity, Bounds.MAX_ID));
        model.addAttribute("formats", ExportFormat.values());
        return "werkbank/exports";
    }

    @PostMapping("/werkbank/exports")
    String request(AccessContext ctx, @RequestParam(name = "entiteiten", defaultValue = "") String entities,
                   @RequestParam(name = "formaat", defaultValue = "FTM_JSONL") String format,
                   @RequestParam(name = "toelichting", defaultValue = "") String justification,
                   RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.EXPORTS);
        List<String> ids = Arrays.stream(Bounds.atMost("entiteiten", entities, MAX_ENTITIES * (Bounds.MAX_ID + 2)).split("[\\s,]+"))
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw new UserInputException("Noem ten minste één entiteit (id) om te exporteren.");
        }
        Bounds.items("entiteiten", ids, MAX_ENTITIES, Bounds.MAX_ID);
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(Bounds.atMost("formaat", format, 20));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("Kies als formaat FTM_JSONL of CSV.");
        }
        ExportView made = access.exports().request(ctx, ids, f, Bounds.atMost("toelichting", justification, Bounds.MAX_TEXT));
        redirect.addFlashAttribute("melding", switch (made.status()) {
            case APPROVED -> "De export is klaar om te downloaden.";
            case PENDING_APPROVAL -> "De export bevat persoonsgegevens van een andere partner en wacht op goedkeuring door een collega.";
            case REJECTED -> "De export is afgewezen.";
        });
        return "redirect:/werkbank/exports";
    }

    @PostMapping("/werkbank/exports/{id}/besluit")
    String decide(AccessContext ctx, @PathVariable String id, @RequestParam("goedkeuren") boolean approve,
                  @RequestParam(name = "notitie", defaultValue = "") String note, RedirectAttributes redirect) {
        screens.require(ctx, WorkScreen.EXPORTS);
        Bounds.id("id", id);
        Bounds.atMost("notitie", note, Bounds.MAX_TEXT);
        if (approve) {
            access.exports().approve(ctx, id, note);
        } else {
            access.exports().reject(ctx, id, note);
        }
        redirect.addFlashAttribute("melding", approve ? "U keurde de export goed." : "U wees de export af.");
        return "redirect:/werkbank/exports";
    }

    @GetMapping("/werkbank/exports/{id}/bestand")
    ResponseEntity<byte[]> file(AccessContext ctx, @PathVariable String id) {
        screens.require(ctx, WorkScreen.EXPORTS);
        ExportFile file = access.exports().download(ctx, Bounds.id("id", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("Digest", "sha-256=" + file.sha256())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
