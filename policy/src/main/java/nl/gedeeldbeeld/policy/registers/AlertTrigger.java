package nl.gedeeldbeeld.policy.registers;

/** What touched a protected person. */
public enum AlertTrigger {
    /** Someone opened the entity's profile (or asked for it through the API). */
    LOOKUP,
    /** A search matched the entity, whether or not the searcher was shown it. */
    SEARCH_HIT,
    /** A network expansion reached the entity. */
    NETWORK_EXPANSION,
    /** An export named the entity. */
    EXPORT
}
