package nl.gedeeldbeeld.app.web;

import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web application.
 *
 * @param store data directory of the embedded store or a JDBC URL (as {@code gb --store})
 * @param index search index directory when {@code store} is a JDBC URL; blank for the default
 * @param audit the audit log file (hash-chained JSON lines; its anchor lies beside it), as {@code gb audit verify --log}
 * @param auditFsync when the audit log forces events to disk ({@code gb.audit-fsync}: reads-grouped, the default,
 *                   on-flush or every-event; see {@link FsyncPolicy})
 */
@ConfigurationProperties(prefix = "gb")
public record GbProperties(String store, String index, String audit, FsyncPolicy auditFsync) {
    public GbProperties {
        auditFsync = auditFsync == null ? FsyncPolicy.READS_GROUPED : auditFsync;
        store = store == null || store.isBlank() ? "data" : store;
        index = index == null ? "" : index;
        // Beside the embedded database files by default, never inside the database: purging or restoring
        // the data must leave the record of who saw it alone.
        audit = audit != null && !audit.isBlank() ? audit
                : store.startsWith("jdbc:") ? "audit/audit.log" : store + "/audit/audit.log";
    }
}
