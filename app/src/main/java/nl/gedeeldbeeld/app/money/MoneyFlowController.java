package nl.gedeeldbeeld.app.money;

import java.util.Optional;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money flows in the API:
 * <ul>
 *   <li>{@code GET /api/v1/money/alerts?typology=&from=&to=}: typology alerts on the payments the caller may
 *       see, each with its rule, figures and subgraph;</li>
 *   <li>{@code GET /api/v1/money/trace?account=&direction=forward|backward&allocation=fifo|lifo|proportional&depth=}:
 *       where the money of an account went, or came from, with the transaction chains that carried it.</li>
 * </ul>
 */
@RestController
class MoneyFlowController {
    private final MoneyFlows flows;

    MoneyFlowController(MoneyFlows flows) {
        this.flows = flows;
    }

    @GetMapping("/api/v1/money/alerts")
    MoneyFlows.Alerts alerts(AccessContext ctx, @RequestParam(required = false) String typology,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Optional<Typology> only = Optional.ofNullable(typology).filter(t -> !t.isBlank()).map(t -> Typology.byLabel(t.trim())
                .orElseThrow(() -> new UserInputException("unknown typology '" + t + "'; use fan-in, fan-out, cycle, "
                        + "scatter-gather, gather-scatter, layering-chain, structuring, pass-through or offsetting")));
        return flows.alerts(ctx, ViewParameters.date("from", from), ViewParameters.date("to", to), only);
    }

    @GetMapping("/api/v1/money/trace")
    FundTrace trace(AccessContext ctx, @RequestParam String account,
                    @RequestParam(defaultValue = "forward") String direction,
                    @RequestParam(defaultValue = "fifo") String allocation, @RequestParam(defaultValue = "5") int depth,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (depth < 1 || depth > 10) {
            throw new UserInputException("depth must be 1-10, got " + depth);
        }
        return flows.trace(ctx, account.trim(), ViewParameters.choice(FundTrace.Direction.class, "direction", direction),
                ViewParameters.choice(Allocation.class, "allocation", allocation), depth, ViewParameters.date("from", from), ViewParameters.date("to", to));
    }
}
