package nl.gedeeldbeeld.policy.export;

import java.util.List;
import java.util.Optional;

/** Storage of export requests; the store implements it. */
public interface ExportRequests {

    void save(ExportRequest request);

    Optional<ExportRequest> find(String id);

    /** Requests of one organisation, newest first. */
    List<ExportRequest> ofOrganisation(String organisation);

    /**
     * Records the decision on a pending request (compare-and-set on PENDING_APPROVAL); false when it was no
     * longer pending, so two approvers racing cannot both decide.
     */
    boolean decide(ExportRequest decided);
}
