package nl.gedeeldbeeld.app.export;

import java.util.List;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.ExportFile;
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
 * {@code GET /api/v1/exports/{id}/file}, built at that moment under their context.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {
    private final AccessLayer access;

    ExportController(AccessLayer access) {
        this.access = access;
    }

    record ExportOrder(List<String> entityIds, ExportFormat format, String justification) {
    }

    record ExportDecision(boolean approve, String note) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExportRequest request(AccessContext ctx, @RequestBody ExportOrder order) {
        return access.exports().request(ctx, order.entityIds() == null ? List.of() : order.entityIds(),
                order.format() == null ? ExportFormat.FTM_JSONL : order.format(), order.justification());
    }

    @GetMapping
    List<ExportRequest> list(AccessContext ctx) {
        return access.exports().ofOrganisation(ctx);
    }

    @GetMapping("/{id}")
    ExportRequest get(AccessContext ctx, @PathVariable String id) {
        return access.exports().find(ctx, id);
    }

    @PostMapping("/{id}/decisions")
    ExportRequest decide(AccessContext ctx, @PathVariable String id, @RequestBody ExportDecision decision) {
        return decision.approve() ? access.exports().approve(ctx, id, decision.note())
                : access.exports().reject(ctx, id, decision.note());
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
