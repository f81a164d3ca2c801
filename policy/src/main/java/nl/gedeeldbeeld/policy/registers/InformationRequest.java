package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for information after a hit ("bekend bij → informatie opvragen"): a user of {@code requesterOrganisation}
 * who may only learn that {@code addressedOrganisation} knows the person behind {@code subjectId} (one of the
 * requester's own visible records) asks that partner for the information, for a declared purpose and with a
 * justification. {@code hitIds} are the addressed partner's own records that hit: they are shown to the addressed
 * partner only, never to the requester. The request is the requester's record; the answer is the addressed
 * partner's.
 */
public record InformationRequest(String id, String requesterOrganisation, String requestedBy, String purpose,
                                 String subjectId, String addressedOrganisation, List<String> hitIds,
                                 String justification, Instant requestedAt, Status status, Optional<Answer> answer) {
    /** OPEN until the addressed partner answers; then PROVIDED (verstrekt) or REFUSED (geweigerd). */
    public enum Status { OPEN, PROVIDED, REFUSED }

    /** The addressed partner's answer: what it shares (a note or reference) or why it refuses. */
    public record Answer(String by, Instant at, String text) {
        public Answer {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }

    public InformationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterOrganisation, "requesterOrganisation");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(addressedOrganisation, "addressedOrganisation");
        hitIds = List.copyOf(hitIds);
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answer, "answer");
        if (hitIds.isEmpty()) {
            throw new IllegalArgumentException("a request for information names at least one record that hit");
        }
        if ((status == Status.OPEN) != answer.isEmpty()) {
            throw new IllegalArgumentException("an open request has no answer, an answered one has");
        }
    }
}
