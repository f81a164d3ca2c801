package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of cross-owner judgements waiting for their owners' consent; the store implements it. */
public interface PendingJudgements {

    void propose(PendingJudgement pending);

    Optional<PendingJudgement> find(String id);

    /** Pending judgements that wait for this organisation's answer, oldest first: the owner's queue. */
    List<PendingJudgement> awaiting(String organisation);

    /** Judgements this organisation's people proposed, newest first, in any status. */
    List<PendingJudgement> proposedBy(String organisation);

    /** Every judgement that was applied after consent: the ledger honours a cross-owner judgement only then. */
    List<PendingJudgement> applied();

    /**
     * Records the organisation's answer (compare-and-set on "not answered" while PENDING); false when it had
     * answered already or the judgement is no longer pending.
     */
    boolean answer(String id, String organisation, boolean consented, String by, Instant at);

    /** Moves a PENDING judgement to APPLIED or REFUSED; false when it was no longer pending. */
    boolean close(String id, PendingJudgement.Status outcome);
}
