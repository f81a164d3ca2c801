package nl.gedeeldbeeld.policy.export;

/** Where an export request stands. Only APPROVED exports can be downloaded. */
public enum ExportStatus {
    /** Holds personal data of another partner: waits for a second person of the same organisation. */
    PENDING_APPROVAL,
    /** Approved by a second person, or needing no approval. */
    APPROVED,
    REJECTED
}
