package nl.gedeeldbeeld.policy.registers;

/** What a legal hold keeps: one entity's statements, or a whole dataset. */
public enum HoldScope {
    ENTITY,
    DATASET
}
