package nl.gedeeldbeeld.app.resolution;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.gedeeldbeeld.app.problem.Bounds;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entity resolution in the API:
 * <ul>
 *   <li>{@code GET /api/v1/entities/{id}/identity}: the records resolved to the same person that the caller
 *       may see, and "bekend bij" the partners it may only learn know the person (hit/no-hit); 404 when the
 *       caller may not see the entity;</li>
 *   <li>{@code GET /api/v1/resolution/review?limit=}: pairs waiting for a person's judgement, of which the
 *       caller sees both records, each feature compared on the values the caller may see (a feature hidden on
 *       either side is "niet beschikbaar"); the model's score and explanation only on pairs of the caller's
 *       own records;</li>
 *   <li>{@code POST /api/v1/resolution/judgements}: a person's judgement {@code {left, right, verdict, reason}}
 *       (MATCH, NO_MATCH or UNSURE); judging again reverses it, nothing is erased. On records of the judge's
 *       own organisation it applies at once ({@code status: APPLIED}); one naming another partner's record
 *       waits for that owner ({@code status: PENDING_CONSENT}, {@code pendingId});</li>
 *   <li>{@code GET /api/v1/resolution/pending-judgements}: the owner's queue, judgements of others on its
 *       records waiting for its answer; {@code POST .../pending-judgements/{id}/answers} {@code {consent}}
 *       gives it, {@code id} being the judgement's opaque reference; {@code GET /api/v1/resolution/proposed-judgements}:
 *       what the caller's organisation proposed. Both lists name a record by id only to a caller who may see
 *       it now, and otherwise as "een record van FIOD" (issue 13, finding 18).</li>
 * </ul>
 */
@RestController
class ResolutionController {
    private static final int MAX_LIMIT = 200;
    private final IdentityService identities;

    ResolutionController(IdentityService identities) {
        this.identities = identities;
    }

    @GetMapping("/api/v1/entities/{id}/identity")
    IdentityService.Identity identity(AccessContext ctx, @PathVariable String id) {
        return identities.identity(ctx, id).orElseThrow(() -> new EntityNotFoundException(id));
    }

    @GetMapping("/api/v1/resolution/review")
    ReviewPage review(AccessContext ctx,
                      @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
                              minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "20"))
                      @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UserInputException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return new ReviewPage(identities.reviewQueue(ctx, limit).stream().map(ReviewDocument::of).toList());
    }

    @PostMapping("/api/v1/resolution/judgements")
    @ResponseStatus(HttpStatus.CREATED)
    JudgementDocument judge(AccessContext ctx, @RequestBody(required = false) JudgementRequest request) {
        if (request == null || request.left() == null || request.right() == null || request.verdict() == null) {
            throw new UserInputException("a judgement needs left, right and verdict (MATCH, NO_MATCH or UNSURE)");
        }
        Bounds.id("left", request.left());
        Bounds.id("right", request.right());
        Bounds.atMost("verdict", request.verdict(), 20);
        Bounds.atMost("reason", request.reason(), Bounds.MAX_TEXT);
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(request.verdict().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("verdict must be MATCH, NO_MATCH or UNSURE, got '" + request.verdict() + "'");
        }
        IdentityService.Judged judged = identities.judge(ctx, request.left(), request.right(), verdict,
                Optional.ofNullable(request.reason()).filter(r -> !r.isBlank()));
        return JudgementDocument.of(judged);
    }

    @GetMapping("/api/v1/resolution/pending-judgements")
    List<PendingDocument> pending(AccessContext ctx) {
        return identities.pending(ctx).stream().map(PendingDocument::of).toList();
    }

    @GetMapping("/api/v1/resolution/proposed-judgements")
    List<PendingDocument> proposed(AccessContext ctx) {
        return identities.proposed(ctx).stream().map(PendingDocument::of).toList();
    }

    @PostMapping("/api/v1/resolution/pending-judgements/{id}/answers")
    PendingDocument answer(AccessContext ctx, @PathVariable String id, @RequestBody(required = false) ConsentAnswer answer) {
        if (answer == null || answer.consent() == null) {
            throw new UserInputException("an answer to a pending judgement is {\"consent\": true} or {\"consent\": false}");
        }
        Bounds.id("id", id);
        return PendingDocument.of(identities.answer(ctx, id, answer.consent()));
    }

    record JudgementRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String left,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Bounds.MAX_ID) String right,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"MATCH", "NO_MATCH", "UNSURE"}) String verdict,
                            @Schema(maxLength = Bounds.MAX_TEXT) String reason) {
    }

    record ConsentAnswer(Boolean consent) {
    }

    /**
     * A cross-owner judgement as the caller may see it, under its opaque {@code id} (the reference to answer
     * by): who judged, which owners it waits for, and each record as {@link RecordDocument}.
     */
    record PendingDocument(String id, String verdict, String by, String judgeOrganisation, Instant at, Double score,
                           String reason, String status, java.util.Set<String> owners, java.util.Set<String> awaiting,
                           RecordDocument left, RecordDocument right) {
        static PendingDocument of(IdentityService.PendingItem p) {
            return new PendingDocument(p.id(), p.verdict().name(), p.by(), p.judgeOrganisation(), p.at(),
                    p.score().orElse(null), p.reason().orElse(null), p.status().name(), p.owners(), p.awaiting(),
                    RecordDocument.of(p.left()), RecordDocument.of(p.right()));
        }
    }

    /**
     * A record a pending judgement names: id, schema, caption and dataset when the caller may see it now;
     * otherwise only the organisations whose record it is, and {@code shown} "een record van FIOD".
     */
    record RecordDocument(String entityId, String schema, String caption, String dataset,
                          java.util.Set<String> organisations, String shown) {
        static RecordDocument of(IdentityService.NamedRecord r) {
            return new RecordDocument(r.member().map(IdentityService.Member::entityId).orElse(null),
                    r.member().map(IdentityService.Member::schema).orElse(null),
                    r.member().map(IdentityService.Member::caption).orElse(null),
                    r.member().map(IdentityService.Member::dataset).orElse(null), r.organisations(), r.shown());
        }
    }

    record ReviewPage(List<ReviewDocument> items) {
    }

    /** A pair to review; {@code comparison} holds each feature's level on the values the caller may see. */
    record ReviewDocument(JudgementDocument judgement, IdentityService.Member left, IdentityService.Member right,
                          List<FeatureDocument> comparison) {
        static ReviewDocument of(IdentityService.ReviewItem item) {
            return new ReviewDocument(JudgementDocument.of(item.judgement()), item.left(), item.right(),
                    item.comparison().stream().map(FeatureDocument::of).toList());
        }
    }

    /** A feature's level, or none (and {@code shown} "niet beschikbaar") where a side has no visible value. */
    record FeatureDocument(String feature, int levels, Integer level, String shown) {
        static FeatureDocument of(IdentityService.FeatureLevel f) {
            return new FeatureDocument(f.feature(), f.levels(), f.level().orElse(null), f.shown());
        }
    }

    /** A judgement as the API shows it; a score the model never gave is left out rather than sent as NaN. */
    record JudgementDocument(String left, String right, String verdict, String by, boolean human, Instant at,
                             Double score, String reason, String status, String pendingId) {
        static JudgementDocument of(Judgement j) {
            return new JudgementDocument(j.left(), j.right(), j.verdict().name(), j.by(), j.human(), j.at(),
                    Double.isNaN(j.score()) ? null : j.score(), j.reason().orElse(null), null, null);
        }

        static JudgementDocument of(IdentityService.Judged judged) {
            Judgement j = judged.judgement();
            return new JudgementDocument(j.left(), j.right(), j.verdict().name(), j.by(), j.human(), j.at(),
                    Double.isNaN(j.score()) ? null : j.score(), j.reason().orElse(null), judged.status(),
                    judged.pendingId().orElse(null));
        }
    }
}
