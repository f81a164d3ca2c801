package nl.gedeeldbeeld.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who a command acts as, and for which purpose: the command line reads entity data through the same policy
 * and audit as the web application. Whoever runs it on the server can open the store files anyway; what
 * this buys is that every read is still decided and logged under a named catalogue user and purpose, under
 * the policy catalogue of {@code --policy} (the bundled demo catalogue by default).
 */
final class AccessOptions {
    @Option(names = "--as", paramLabel = "USER", required = true,
            description = "The catalogue user to act as (see `gb policy show`), e.g. analist-politie.")
    String user;

    @Option(names = "--purpose", paramLabel = "PURPOSE", required = true,
            description = "The declared purpose (doelbinding), e.g. THEMATISCHE_ANALYSE.")
    String purpose;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Audit log (default: DATA_DIR/audit/audit.log, or audit/audit.log with a JDBC store).")
    Path audit;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    static Path auditFile(Optional<Path> given, StoreOptions store) {
        return given.orElseGet(() -> {
            String where = store.location().filter(s -> !s.isBlank()).orElse("data");
            return where.startsWith("jdbc:") ? Path.of("audit", "audit.log") : Path.of(where, "audit", "audit.log");
        });
    }

    AuditLog openAudit(StoreOptions store) {
        return FileAuditLog.open(auditFile(Optional.ofNullable(audit), store), FsyncPolicy.ON_FLUSH, 1000);
    }

    /** The access layer over the store under the catalogue of {@code --policy}, checked against the store's regimes. */
    AccessLayer layer(Storage storage, AuditLog log, StoreOptions store) {
        return AccessLayer.over(storage, policy.catalogue(store.regimes()), log, SchemaRegistry.standard(), Clock.systemUTC());
    }

    AccessContext open(AccessLayer layer) {
        String user = this.user;
        String org = layer.decisions().catalogue().requireUser(user).organisation();
        return layer.decisions().open(user, org, purpose, TraceIds.fresh(), Instant.now());
    }
}
