package nl.gedeeldbeeld.policy.audit;

/** What an audit event records. */
public enum AuditAction {
    /** Entity data was shown or returned (search hits, entity pages, API answers). */
    READ,
    /** Entity data was imported, changed or purged. */
    WRITE,
    /** A policy decision, with its rule and agreement in {@code detail}. */
    DECIDE,
    /** Entity data left the platform (file export, report). */
    EXPORT,
    /** The policy catalogue, users or roles changed. */
    ADMIN,
    /** A monitoring alert fired on the data. */
    ALERT
}
