package nl.gedeeldbeeld.app.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests for information after a hit, over the API ({@link InformationRequestDesk} decides and audits):
 * ask a partner that is "bekend bij", list the own organisation's requests, list those addressed to it, answer.
 */
@RestController
@RequestMapping("/api/v1/requests")
class InformationRequestController {
    private final InformationRequestDesk desk;

    InformationRequestController(InformationRequestDesk desk) {
        this.desk = desk;
    }

    record Ask(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String entityId,
               @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String organisation,
               @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InformationRequestDesk.MAX_TEXT) String justification) {
    }

    enum Decision { PROVIDE, REFUSE }

    record AnswerBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InformationRequestDesk.MAX_TEXT,
                              description = "what is provided (a note or reference), or the reason for refusing") String text) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InformationRequestDesk.Sent ask(AccessContext ctx, @RequestBody(required = false) Ask ask) {
        Ask a = Bounds.body(ask);
        return desk.ask(ctx, Bounds.id("entityId", a.entityId()), Bounds.required("organisation", a.organisation(), 100),
                Bounds.required("justification", a.justification(), InformationRequestDesk.MAX_TEXT));
    }

    @GetMapping
    List<InformationRequestDesk.Sent> sent(AccessContext ctx) {
        return desk.sent(ctx);
    }

    @GetMapping("/received")
    List<InformationRequestDesk.Received> received(AccessContext ctx) {
        return desk.received(ctx);
    }

    @PostMapping("/{id}/answers")
    InformationRequestDesk.Received answer(AccessContext ctx, @PathVariable String id,
                                           @RequestBody(required = false) AnswerBody body) {
        AnswerBody b = Bounds.body(body);
        if (b.decision() == null) {
            throw new UserInputException("decision is required: PROVIDE or REFUSE");
        }
        return desk.answer(ctx, Bounds.id("id", id), b.decision() == Decision.PROVIDE,
                Bounds.required("text", b.text(), InformationRequestDesk.MAX_TEXT));
    }
}
