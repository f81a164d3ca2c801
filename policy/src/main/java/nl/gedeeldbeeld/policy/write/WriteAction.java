package nl.gedeeldbeeld.policy.write;

/**
 * The acts on data that the write rules govern. Reading is decided per statement and purpose by the
 * {@link nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint}; these are decided by who owns the data (see
 * {@link WriteDecisionPoint}). Each has exactly one rule in a catalogue's {@code writes} section.
 */
public enum WriteAction {
    /** A person's judgement on a pair of records (entity resolution). */
    JUDGE,
    /** An owner's consent to (or refusal of) another organisation's judgement that names its records. */
    CONSENT_JUDGEMENT,
    /** Putting an entity in a joint case, which opens the JOINT_CASE agreements of its owners. */
    ADD_TO_CASE,
    /** Confirming another organisation's hit on an entity, which opens the CONFIRMED_HIT agreements of its owners. */
    CONFIRM_HIT,
    /** Placing a legal hold on an entity or a dataset. */
    PLACE_HOLD,
    /** Lifting a legal hold. */
    LIFT_HOLD,
    /** Running a retention purge (or its dry run) as a user. */
    PURGE,
    /** Flagging a person as protected (bewaken en beveiligen). */
    PLACE_FLAG,
    /** Asking for a protection flag to be lifted: the first of two people. */
    REQUEST_FLAG_LIFT,
    /** Approving that request, which lifts the flag: the second person. */
    APPROVE_FLAG_LIFT,
    /** Reading the alerts a protection flag raised (who looked the person up). */
    READ_PROTECTION_ALERTS,
    /** Approving (or rejecting) another person's export request: the second pair of eyes. */
    APPROVE_EXPORT,
    /** Asking a partner the requester knows only by a hit ("bekend bij") for the information: the requester's record. */
    REQUEST_INFORMATION,
    /** The addressed partner's answer to such a request (provide or refuse), on its own records that hit. */
    ANSWER_INFORMATION_REQUEST
}
