package nl.gedeeldbeeld.policy.audit;

/**
 * When the file log forces its events to disk. Either way every event is written to the operating system
 * at once (no buffer in the JVM), so a crash of the process loses nothing; the policy only decides what a
 * power loss or kernel crash can lose.
 */
public enum FsyncPolicy {
    /** fsync after every event: nothing acknowledged is ever lost. For writes, exports and admin changes. */
    EVERY_EVENT,
    /**
     * fsync on {@link AuditLog#flush()}, on each anchor and on close: the request handler flushes before its
     * response completes, so one fsync covers all reads of a request.
     */
    ON_FLUSH
}
