package nl.gedeeldbeeld.app.export;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.gedeeldbeeld.app.problem.Bounds;
import java.util.List;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.ExportFile;
import nl.gedeeldbeeld.store.access.ExportView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports under the four-eyes rule: {@code POST /api/v1/exports} asks for one (approved at once when it
 * holds no personal data of another partner), a colleague of the same organisation approves or rejects it
 * with {@code POST /api/v1/exports/{id}/decisions}, and the requester downloads the file from
 * {@code GET /api/v1/exports/{id}/file}, built at that moment under their context. The list and every
 * answer name only the entities the caller may see now ({@link ExportView}): a colleague under another
 * purpose does not learn the ids of what the requester may see.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {
    private final AccessLayer access;

    ExportController(AccessLayer access) {
        this.access = access;
    }

    /** The most entities one export may name; an export is a file for a case, not a copy of the store. */
    static final int MAX_ENTITIES = 500;

    record ExportOrder(
            @ArraySchema(maxItems = MAX_ENTITIES, schema = @Schema(maxLength = Bounds.MAX_ID)) List<String> entityIds,
            ExportFormat format,
            @Schema(maxLength = Bounds.MAX_TEXT) String justification) {
    }

    record ExportDecision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean approve, @Schema(maxLength = Bounds.MAX_TEXT) String note) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExportView request(AccessContext ctx, @RequestBody(required = false) ExportOrder order) {
        ExportOrder o = Bounds.body(order);
        return access.exports().request(ctx, Bounds.items("entityIds", o.entityIds(), MAX_ENTITIES, Bounds.MAX_ID),
                o.format() == null ? ExportFormat.FTM_JSONL : o.format(),
                Bounds.atMost("justification", o.justification(), Bounds.MAX_TEXT));
    }

    @GetMapping
    List<ExportView> list(AccessContext ctx) {
        return access.exports().ofOrganisation(ctx);
    }

    @GetMapping("/{id}")
    ExportView get(AccessContext ctx, @PathVariable String id) {
        return access.exports().find(ctx, id);
    }

    @PostMapping("/{id}/decisions")
    ExportView decide(AccessContext ctx, @PathVariable String id, @RequestBody(required = false) ExportDecision decision) {
        ExportDecision d = Bounds.body(decision);
        if (d.approve() == null) {
            throw new nl.gedeeldbeeld.model.UserInputException("a decision needs approve: true or false");
        }
        String note = Bounds.atMost("note", d.note(), Bounds.MAX_TEXT);
        return d.approve() ? access.exports().approve(ctx, id, note) : access.exports().reject(ctx, id, note);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(AccessContext ctx, @PathVariable String id) {
        ExportFile file = access.exports().download(ctx, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("Digest", "sha-256=" + file.sha256())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
