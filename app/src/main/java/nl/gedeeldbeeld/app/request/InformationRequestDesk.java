package nl.gedeeldbeeld.app.request;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.registers.InformationRequest;
import nl.gedeeldbeeld.policy.registers.InformationRequests;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.springframework.stereotype.Component;

/**
 * Requests for information after a hit ("bekend bij → informatie opvragen"), lawful by construction:
 * <ul>
 *   <li>asking: only about an entity the requester sees, to a partner that is "bekend bij" for it, for the declared
 *       purpose, with a justification; write rule REQUEST_INFORMATION on the requester's own organisation (the
 *       request is its record), audited in the write's transaction;</li>
 *   <li>the requester sees its organisation's requests with their status and the answer's text, never the
 *       partner's records nor who at the partner answered;</li>
 *   <li>the addressed partner sees the requester's organisation, purpose, justification and the ids of its own
 *       records that hit (only those it may see itself), never the requester's record nor the requesting person;</li>
 *   <li>answering: a user of the addressed organisation under the request's purpose (doelbinding: the partner
 *       provides for that purpose, so only its people working under it decide), write rule
 *       ANSWER_INFORMATION_REQUEST on the owners of the records that hit, which must be that organisation alone.
 *       Verstrekken confirms the hit on each of those records for the requester (write rule CONFIRM_HIT), which
 *       opens the partner's CONFIRMED_HIT agreements; weigeren only records the reason.</li>
 * </ul>
 */
@Component
public class InformationRequestDesk {
    public static final int MAX_TEXT = 2000;

    private final AccessLayer access;
    private final IdentityService identities;
    private final InformationRequests requests;
    private final Storage storage;
    private final Clock clock;

    InformationRequestDesk(AccessLayer access, IdentityService identities, Storage storage, Clock clock) {
        this.access = access;
        this.identities = identities;
        this.storage = storage;
        this.requests = storage.store().informationRequests();
        this.clock = clock;
    }

    /** A request as its requester's organisation sees it: nothing of the partner's records. */
    public record Sent(String id, String addressedOrganisation, String purpose, String subjectId, String justification,
                       String requestedBy, Instant requestedAt, InformationRequest.Status status,
                       Optional<Instant> answeredAt, Optional<String> answer) {
    }

    /** A request as the addressed organisation sees it: the requester's organisation, not its record or person. */
    public record Received(String id, String requesterOrganisation, String purpose, String justification,
                           List<String> ownRecords, Instant requestedAt, InformationRequest.Status status,
                           Optional<String> answeredBy, Optional<Instant> answeredAt, Optional<String> answer) {
    }

    /** Asks the partner {@code organisation}, "bekend bij" for the entity, for the information. */
    public Sent ask(AccessContext ctx, String entityId, String organisation, String justification) {
        String why = justification == null ? "" : justification.strip();
        if (why.isEmpty()) {
            throw new UserInputException("een verzoek om informatie heeft een onderbouwing (justification is required)");
        }
        if (why.length() > MAX_TEXT) {
            throw new UserInputException("de onderbouwing is langer dan " + MAX_TEXT + " tekens");
        }
        if (access.entities().statements(ctx, List.of(entityId), "information-request").statementsOf(entityId).isEmpty()) {
            throw new EntityNotFoundException(entityId);
        }
        List<String> hits = identities.hitRecords(ctx, entityId, organisation);
        if (hits.isEmpty()) {
            throw new UserInputException("deze persoon is voor u niet 'bekend bij' " + organisation
                    + ": u kunt deze partner er niet om vragen");
        }
        String own = ctx.organisation().code();
        WriteDecision allowed = access.writes().check(ctx, WriteRequest.on(WriteAction.REQUEST_INFORMATION, Set.of(own)),
                List.of(entityId));
        InformationRequest request = new InformationRequest("verzoek-" + UUID.randomUUID().toString().substring(0, 12), own,
                ctx.user().id(), ctx.purpose().code(), entityId, organisation, hits, why, clock.instant(),
                InformationRequest.Status.OPEN, Optional.empty());
        // The requester's audit event names its own record; the partner's records are named in the partner's answer.
        access.audited().write("asking a partner for information", () -> requests.add(request),
                record(ctx, List.of(entityId), "INFORMATION_REQUESTED", "request " + request.id() + " to " + organisation
                        + " (write rule " + allowed.rule() + ")"));
        return sent(request);
    }

    /** The requests the caller's organisation made, newest first. */
    public List<Sent> sent(AccessContext ctx) {
        return requests.madeBy(ctx.organisation().code()).stream().map(InformationRequestDesk::sent).toList();
    }

    /** The caller's organisation's requests about this entity. */
    public List<Sent> sentAbout(AccessContext ctx, String entityId) {
        return sent(ctx).stream().filter(s -> s.subjectId().equals(entityId)).toList();
    }

    /** The requests addressed to the caller's organisation under the declared purpose, open ones first. */
    public List<Received> received(AccessContext ctx) {
        List<InformationRequest> mine = requests.addressedTo(ctx.organisation().code()).stream()
                .filter(r -> r.purpose().equals(ctx.purpose().code())).toList();
        Set<String> ids = new LinkedHashSet<>();
        mine.forEach(r -> ids.addAll(r.hitIds()));
        var visible = ids.isEmpty() ? null : access.entities().statements(ctx, ids, "information-requests");
        return mine.stream().map(r -> new Received(r.id(), r.requesterOrganisation(), r.purpose(), r.justification(),
                r.hitIds().stream().filter(id -> !visible.statementsOf(id).isEmpty()).toList(), r.requestedAt(), r.status(),
                r.answer().map(InformationRequest.Answer::by), r.answer().map(InformationRequest.Answer::at),
                r.answer().map(InformationRequest.Answer::text))).toList();
    }

    /** The addressed partner answers: {@code provide} verstrekt (and confirms the hit), else weigert; text required. */
    public Received answer(AccessContext ctx, String id, boolean provide, String text) {
        String said = text == null ? "" : text.strip();
        if (said.isEmpty()) {
            throw new UserInputException(provide ? "vermeld wat u verstrekt (een notitie of verwijzing)"
                    : "geef de reden van de weigering");
        }
        if (said.length() > MAX_TEXT) {
            throw new UserInputException("het antwoord is langer dan " + MAX_TEXT + " tekens");
        }
        String own = ctx.organisation().code();
        // A request addressed to another organisation does not exist for the caller: the same 404 as an unknown id.
        InformationRequest request = requests.find(id).filter(r -> r.addressedOrganisation().equals(own))
                .orElseThrow(() -> new RequestNotFoundException(id));
        if (!request.purpose().equals(ctx.purpose().code())) {
            throw new AccessRefusedException("request " + id + " is for purpose " + request.purpose()
                    + "; it is answered under that purpose, not " + ctx.purpose().code());
        }
        if (request.status() != InformationRequest.Status.OPEN) {
            throw new UserInputException("dit verzoek is al beantwoord");
        }
        Set<String> owners = new LinkedHashSet<>();
        request.hitIds().forEach(h -> owners.addAll(storage.store().partnersOf(h)));
        WriteDecision allowed = access.writes().check(ctx, WriteRequest.on(WriteAction.ANSWER_INFORMATION_REQUEST, owners),
                request.hitIds());
        InformationRequest.Status status = provide ? InformationRequest.Status.PROVIDED : InformationRequest.Status.REFUSED;
        InformationRequest.Answer answer = new InformationRequest.Answer(ctx.user().id(), clock.instant(), said);
        boolean done = access.audited().write("answering a request for information", () -> {
            boolean answered = requests.answer(id, status, answer);
            if (answered && provide) {
                for (String hit : request.hitIds()) {
                    access.sharing().confirmHit(ctx, hit, request.requesterOrganisation());
                }
            }
            return answered;
        }, answered -> answered ? record(ctx, request.hitIds(), provide ? "INFORMATION_PROVIDED" : "INFORMATION_REFUSED",
                "request " + id + " of " + request.requesterOrganisation() + " (write rule " + allowed.rule() + ")") : List.of());
        if (!done) {
            throw new UserInputException("dit verzoek is al beantwoord");
        }
        return received(ctx).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Sent sent(InformationRequest r) {
        return new Sent(r.id(), r.addressedOrganisation(), r.purpose(), r.subjectId(), r.justification(), r.requestedBy(),
                r.requestedAt(), r.status(), r.answer().map(InformationRequest.Answer::at),
                r.answer().map(InformationRequest.Answer::text));
    }

    private List<AuditRecord> record(AccessContext ctx, List<String> ids, String outcome, String detail) {
        return List.of(AccessAudit.record(ctx, "information-requests", AuditAction.ADMIN, ids, outcome, detail, clock.instant()));
    }

    /** A request that does not exist or is not addressed to the caller's organisation: 404 either way. */
    public static final class RequestNotFoundException extends EntityNotFoundException {
        RequestNotFoundException(String id) {
            super("no request for information '" + id + "' addressed to your organisation", true);
        }
    }
}
