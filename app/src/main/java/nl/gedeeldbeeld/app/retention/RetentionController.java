package nl.gedeeldbeeld.app.retention;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention and legal holds, for the privacy officer: only under purpose VERANTWOORDING, because placing a
 * hold or purging is accountability work, not casework. The write rules (PLACE_HOLD, LIFT_HOLD, PURGE)
 * decide in the access layer: the officer's own organisation's data, holds and purges only.
 */
@RestController
@RequestMapping("/api/v1")
class RetentionController {
    static final String PURPOSE = "VERANTWOORDING";
    private final AccessLayer access;

    RetentionController(AccessLayer access) {
        this.access = access;
    }

    record HoldOrder(HoldScope scope, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String target,
                     @Schema(maxLength = Bounds.MAX_TEXT) String reason) {
    }

    @GetMapping("/legal-holds")
    List<LegalHold> holds(AccessContext ctx, @RequestParam(name = "all", defaultValue = "false") boolean all) {
        require(ctx);
        return access.retention().holds(ctx, all);
    }

    @PostMapping("/legal-holds")
    @ResponseStatus(HttpStatus.CREATED)
    LegalHold place(AccessContext ctx, @RequestBody(required = false) HoldOrder order) {
        require(ctx);
        HoldOrder o = Bounds.body(order);
        return access.retention().placeHold(ctx, o.scope() == null ? HoldScope.ENTITY : o.scope(),
                Bounds.id("target", o.target()), Bounds.atMost("reason", o.reason(), Bounds.MAX_TEXT));
    }

    @DeleteMapping("/legal-holds/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(AccessContext ctx, @PathVariable String id) {
        require(ctx);
        if (!access.retention().liftHold(ctx, id)) {
            throw new nl.gedeeldbeeld.model.UserInputException("no active legal hold " + id);
        }
    }

    @PostMapping("/retention/purges")
    PurgeReport purge(AccessContext ctx, @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun) {
        require(ctx);
        return access.retention().purge(ctx, dryRun);
    }

    static void require(AccessContext ctx) {
        if (!PURPOSE.equals(ctx.purpose().code())) {
            throw new AccessRefusedException("retention and legal holds are handled under purpose " + PURPOSE);
        }
    }
}
