package nl.gedeeldbeeld.policy.decision;

/** The rules of the decision point, in the order they are tried; the first that applies decides. */
public enum DecisionRule {
    /** The user's roles do not grant the declared purpose. */
    CONTEXT,
    /** The statement is past its retain-until date: nobody may read it, it awaits purging. */
    RETENTION,
    /** A partner sees its own statements for any purpose its user may declare. */
    OWN_DATA,
    /** The entity is a protected person (bewaken en beveiligen): never shared beyond its provider. */
    PROTECTED_PERSON,
    /** An agreement in force explicitly prohibits this sharing (condition NEVER). */
    PROHIBITION,
    /** An agreement in force allows (or redacts) the statement and its conditions hold. */
    AGREEMENT,
    /** An agreement would allow it, but one of its conditions does not hold. */
    CONDITION_NOT_MET,
    /** Default: no agreement allows it. */
    NO_AGREEMENT
}
