package nl.gedeeldbeeld.policy.audit;

/**
 * When the file log forces its events to disk. Every policy writes each event to the operating system at
 * once (no buffer in the JVM), so a crash of the process loses nothing; the policy only decides what a
 * power loss or kernel crash can lose.
 */
public enum FsyncPolicy {
    /** fsync after every event: nothing acknowledged is ever lost. */
    EVERY_EVENT,
    /**
     * fsync on {@link AuditLog#flush()}, on each anchor and on close: the request handler flushes before its
     * response completes, so one fsync covers all events of a request.
     */
    ON_FLUSH,
    /**
     * Writes, exports, alerts, decisions and admin changes are forced before {@code append} returns (which
     * also forces every read appended before them); reads are forced by a background sync within
     * {@link FileAuditLog#READ_SYNC_INTERVAL}, and {@link AuditLog#flush()} does not wait for it. A power
     * loss can thus lose the read events of the last interval, never a change, an export or an alert.
     *
     * <p>The default for the application, chosen because a forced write costs about 0.3 ms on this
     * platform's disks (docs/benchmarks.md), more than the policed read it would record, while the risk it
     * removes is a machine losing power within 20 ms of a read; audit logs of databases and operating
     * systems make the same trade by default. Deployments that must not lose a read event even then set
     * {@link #ON_FLUSH} ({@code gb.audit.fsync=on-flush}).
     */
    READS_GROUPED;

    /** Whether an event of this action is forced before append returns. */
    boolean forcesOnAppend(AuditAction action) {
        return this == EVERY_EVENT || this == READS_GROUPED && action != AuditAction.READ;
    }
}
