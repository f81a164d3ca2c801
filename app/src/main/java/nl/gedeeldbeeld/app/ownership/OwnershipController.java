package nl.gedeeldbeeld.app.ownership;

import java.util.List;
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
    private final Ownerships ownerships;

    OwnershipController(Ownerships ownerships) {
        this.ownerships = ownerships;
    }

    @GetMapping("/api/v1/ownership/ubo")
    UboReport ubo(AccessContext ctx, @RequestParam String company) {
        return ownerships.ubo(ctx, company.trim());
    }

    @GetMapping("/api/v1/ownership/rings")
    List<OwnershipRing> rings(AccessContext ctx) {
        return ownerships.rings(ctx);
    }

    @GetMapping("/api/v1/ownership/front-signals")
    List<CompanySignals> frontSignals(AccessContext ctx, @RequestParam(defaultValue = "2") int minScore) {
        if (minScore < 1) {
            throw new UserInputException("minScore must be at least 1, got " + minScore);
        }
        return ownerships.frontSignals(ctx, minScore);
    }
}
