package nl.gedeeldbeeld.app.money;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.app.problem.Bounds;
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
 *       where the money of an account went, or came from, with the transaction chains that carried it;</li>
 *   <li>{@code GET /api/v1/money/scores?account=&limit=&from=&to=}: the learned score, computed on the payments the
 *       caller may see: the accounts it flags (or one account's score), each with its strongest features in Dutch
 *       words and the typology rules that fired on it.</li>
 * </ul>
 */
@RestController
class MoneyFlowController {
    /** How many transaction hops a trace follows at most. */
    static final int MAX_DEPTH = 10;
    private final MoneyFlows flows;

    MoneyFlowController(MoneyFlows flows) {
        this.flows = flows;
    }

    @GetMapping("/api/v1/money/alerts")
    MoneyFlows.Alerts alerts(AccessContext ctx,
                             @Parameter(schema = @Schema(maxLength = 40)) @RequestParam(required = false) String typology,
                             @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String from,
                             @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String to) {
        Bounds.atMost("typology", typology, 40);
        Bounds.atMost("from", from, 10);
        Bounds.atMost("to", to, 10);
        Optional<Typology> only = Optional.ofNullable(typology).filter(t -> !t.isBlank()).map(t -> Typology.byLabel(t.trim())
                .orElseThrow(() -> new UserInputException("unknown typology '" + t + "'; use fan-in, fan-out, cycle, "
                        + "scatter-gather, gather-scatter, layering-chain, structuring, pass-through or offsetting")));
        return flows.alerts(ctx, ViewParameters.date("from", from), ViewParameters.date("to", to), only);
    }

    /** How many flagged accounts one answer lists at most. */
    static final int MAX_SCORES = 1000;

    @GetMapping("/api/v1/money/scores")
    MoneyFlows.Scores scores(AccessContext ctx,
                             @Parameter(description = "IBAN or entity id: this account's score, flagged or not",
                                     schema = @Schema(maxLength = Bounds.MAX_ID)) @RequestParam(required = false) String account,
                             @Parameter(schema = @Schema(minimum = "0", maximum = "" + MAX_SCORES, defaultValue = "100"))
                             @RequestParam(defaultValue = "100") int limit,
                             @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String from,
                             @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String to) {
        Bounds.atMost("account", account, Bounds.MAX_ID);
        Bounds.between("limit", limit, 0, MAX_SCORES);
        Bounds.atMost("from", from, 10);
        Bounds.atMost("to", to, 10);
        var fromDate = ViewParameters.date("from", from);
        var toDate = ViewParameters.date("to", to);
        var view = flows.view(ctx, fromDate, toDate);
        MoneyFlows.Scores all = flows.scores(view, limit);
        if (account == null || account.isBlank()) {
            return all;
        }
        MoneyFlows.AccountScore one = flows.score(view, account.trim()).orElseThrow(() -> new UserInputException(
                "account '" + account.trim() + "' has no payments you may see"
                        + (fromDate.isPresent() || toDate.isPresent() ? " in the chosen period" : "")
                        + "; name it by IBAN (NL91ABNA0417164300) or by entity id"));
        return new MoneyFlows.Scores(all.basis(), all.transactions(), all.accounts(), all.threshold(), all.flaggedCount(),
                java.util.List.of(one), all.notes());
    }

    @GetMapping("/api/v1/money/trace")
    FundTrace trace(AccessContext ctx,
                    @Parameter(description = "IBAN or entity id", schema = @Schema(maxLength = Bounds.MAX_ID))
                    @RequestParam String account,
                    @Parameter(schema = @Schema(allowableValues = {"forward", "backward"}, defaultValue = "forward"))
                    @RequestParam(defaultValue = "forward") String direction,
                    @Parameter(schema = @Schema(allowableValues = {"fifo", "lifo", "proportional"}, defaultValue = "fifo"))
                    @RequestParam(defaultValue = "fifo") String allocation,
                    @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_DEPTH, defaultValue = "5"))
                    @RequestParam(defaultValue = "5") int depth,
                    @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String from,
                    @Parameter(schema = @Schema(format = "date", maxLength = 10)) @RequestParam(required = false) String to) {
        Bounds.id("account", account);
        Bounds.between("depth", depth, 1, MAX_DEPTH);
        Bounds.atMost("direction", direction, 20);
        Bounds.atMost("allocation", allocation, 20);
        Bounds.atMost("from", from, 10);
        Bounds.atMost("to", to, 10);
        return flows.trace(ctx, account.trim(), ViewParameters.choice(FundTrace.Direction.class, "direction", direction),
                ViewParameters.choice(Allocation.class, "allocation", allocation), depth, ViewParameters.date("from", from), ViewParameters.date("to", to));
    }
}
