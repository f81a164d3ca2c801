package nl.gedeeldbeeld.app.sharing;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.gedeeldbeeld.app.problem.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joint cases and confirmed hits: the registers that open conditional sharing agreements. */
@RestController
@RequestMapping("/api/v1")
class SharingController {
    private final AccessLayer access;

    SharingController(AccessLayer access) {
        this.access = access;
    }

    record CaseOrder(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_TEXT) String title,
                     @ArraySchema(maxItems = Bounds.MAX_ITEMS, schema = @Schema(maxLength = 100)) Set<String> organisations) {
    }

    record CaseEntity(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String entityId) {
    }

    record HitConfirmation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String entityId,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String organisation) {
    }

    @PostMapping("/joint-cases")
    @ResponseStatus(HttpStatus.CREATED)
    JointCase open(AccessContext ctx, @RequestBody(required = false) CaseOrder order) {
        CaseOrder o = Bounds.body(order);
        return access.sharing().openCase(ctx, Bounds.required("title", o.title(), Bounds.MAX_TEXT),
                Set.copyOf(Bounds.items("organisations", o.organisations() == null ? null : new ArrayList<>(o.organisations()),
                        Bounds.MAX_ITEMS, 100)));
    }

    @GetMapping("/joint-cases")
    List<JointCase> cases(AccessContext ctx) {
        return access.sharing().casesOf(ctx);
    }

    @PostMapping("/joint-cases/{id}/entities")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void add(AccessContext ctx, @PathVariable String id, @RequestBody(required = false) CaseEntity entity) {
        access.sharing().addToCase(ctx, id, Bounds.id("entityId", Bounds.body(entity).entityId()));
    }

    @PostMapping("/confirmed-hits")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(AccessContext ctx, @RequestBody(required = false) HitConfirmation hit) {
        HitConfirmation h = Bounds.body(hit);
        access.sharing().confirmHit(ctx, Bounds.id("entityId", h.entityId()), Bounds.required("organisation", h.organisation(), 100));
    }
}
