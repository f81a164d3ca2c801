package nl.gedeeldbeeld.policy.export;

/** File formats an export can take; both carry provenance and legal basis per value. */
public enum ExportFormat {
    /** FollowTheMoney statements as JSON lines, one statement per line with its provenance. */
    FTM_JSONL,
    /** One row per value with the same columns. */
    CSV
}
