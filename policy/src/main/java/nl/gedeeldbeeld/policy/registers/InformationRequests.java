package nl.gedeeldbeeld.policy.registers;

import java.util.List;
import java.util.Optional;

/** Storage of requests for information after a hit; the store implements it. Policy is the caller's job. */
public interface InformationRequests {

    void add(InformationRequest request);

    Optional<InformationRequest> find(String id);

    /** The requests this organisation's people made, newest first. */
    List<InformationRequest> madeBy(String organisation);

    /** The requests addressed to this organisation, open ones first, then newest first. */
    List<InformationRequest> addressedTo(String organisation);

    /**
     * Records the answer (compare-and-set on OPEN); false when the request was answered already.
     * {@code status} is PROVIDED or REFUSED.
     */
    boolean answer(String id, InformationRequest.Status status, InformationRequest.Answer answer);
}
