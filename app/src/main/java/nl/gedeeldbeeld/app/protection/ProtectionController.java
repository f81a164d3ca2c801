package nl.gedeeldbeeld.app.protection;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.gedeeldbeeld.app.problem.Bounds;
import java.util.List;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.LiftRequest;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bewaken en beveiligen: flags on protected persons and the alerts they raise, for the owning unit only
 * (need-to-know: to anyone else a flag is indistinguishable from absence). Lifting takes four eyes: a member
 * of the owning unit asks ({@code POST /protected-persons/{id}/lift-requests {reason}}), a second member of
 * that unit approves ({@code POST /protected-persons/{id}/lift-approvals}), which lifts the flag.
 */
@RestController
@RequestMapping("/api/v1")
class ProtectionController {
    private final AccessLayer access;

    ProtectionController(AccessLayer access) {
        this.access = access;
    }

    record FlagOrder(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String entityId,
                     @Schema(maxLength = Bounds.MAX_TEXT) String reason) {
    }

    @PostMapping("/protected-persons")
    @ResponseStatus(HttpStatus.CREATED)
    List<ProtectionFlag> protect(AccessContext ctx, @RequestBody(required = false) FlagOrder order) {
        FlagOrder o = Bounds.body(order);
        return access.protection().protect(ctx, Bounds.id("entityId", o.entityId()),
                Bounds.atMost("reason", o.reason(), Bounds.MAX_TEXT));
    }

    @GetMapping("/protected-persons")
    List<ProtectionFlag> flags(AccessContext ctx) {
        return access.protection().flags(ctx);
    }

    record LiftOrder(String reason) {
    }

    @PostMapping("/protected-persons/{id}/lift-requests")
    @ResponseStatus(HttpStatus.CREATED)
    LiftRequest requestLift(AccessContext ctx, @PathVariable String id, @RequestBody LiftOrder order) {
        return access.protection().requestLift(ctx, id, order == null ? null : order.reason());
    }

    @GetMapping("/protected-persons/{id}/lift-requests")
    List<LiftRequest> liftRequests(AccessContext ctx, @PathVariable String id) {
        return access.protection().liftRequest(ctx, id).stream().toList();
    }

    @PostMapping("/protected-persons/{id}/lift-approvals")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approveLift(AccessContext ctx, @PathVariable String id) {
        access.protection().approveLift(ctx, id);
    }

    @GetMapping("/protection-alerts")
    List<ProtectionAlert> alerts(AccessContext ctx, @RequestParam(name = "all", defaultValue = "false") boolean all) {
        return access.protection().alerts(ctx, all);
    }

    @PostMapping("/protection-alerts/{id}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(AccessContext ctx, @PathVariable String id) {
        access.protection().acknowledge(ctx, id);
    }
}
