package nl.gedeeldbeeld.app.ownership;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.analytics.ownership.CompanySignals;
import nl.gedeeldbeeld.analytics.ownership.OwnershipRing;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ownership in the API:
 * <ul>
 *   <li>{@code GET /api/v1/ownership/ubo?company=ID}: the ultimate beneficial owners with the chains that
 *       give their share, or the directors as pseudo-UBO, and where chains end;</li>
 *   <li>{@code GET /api/v1/ownership/rings}: companies that own each other in a circle;</li>
 *   <li>{@code GET /api/v1/ownership/front-signals?minScore=}: companies with front-company signals (crowded
 *       address, short life, nominee director), each signal with its figures.</li>
 * </ul>
 */
@RestController
class OwnershipController {
    /** Above the number of signal kinds a company can score; a higher minimum can only find nothing. */
    static final int MAX_SCORE = 10;
    private final Ownerships ownerships;

    OwnershipController(Ownerships ownerships) {
        this.ownerships = ownerships;
    }

    @GetMapping("/api/v1/ownership/ubo")
    UboReport ubo(AccessContext ctx, @Parameter(schema = @Schema(maxLength = Bounds.MAX_ID)) @RequestParam String company) {
        return ownerships.ubo(ctx, Bounds.id("company", company).trim());
    }

    @GetMapping("/api/v1/ownership/rings")
    List<OwnershipRing> rings(AccessContext ctx) {
        return ownerships.rings(ctx);
    }

    @GetMapping("/api/v1/ownership/front-signals")
    List<CompanySignals> frontSignals(AccessContext ctx,
                                      @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_SCORE, defaultValue = "2"))
                                      @RequestParam(defaultValue = "2") int minScore) {
        Bounds.between("minScore", minScore, 1, MAX_SCORE);
        return ownerships.frontSignals(ctx, minScore);
    }
}
