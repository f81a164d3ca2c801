package nl.gedeeldbeeld.store;

import java.util.List;
import nl.gedeeldbeeld.policy.audit.AuditRecord;

/**
 * The audit records of one committed import batch, made inside the batch's transaction (so a look-up of the
 * batch's run sees it) and committed with it through {@link AuditedWrites}. Empty for a batch that wrote
 * nothing (already committed by an earlier run).
 */
@FunctionalInterface
public interface BatchAudit {
    List<AuditRecord> recordsFor(ImportBatch batch, BatchResult result);
}
