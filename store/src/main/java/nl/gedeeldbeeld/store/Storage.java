package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import nl.gedeeldbeeld.store.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement store and its search index, opened and closed together. {@link #commitAndIndex} is the
 * importer's convenience: commit a batch, then bring the touched entities up to date in the index.
 */
public record Storage(JdbcStatementStore store, SearchIndex index) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    /** Wires the index to forget the store's backlog entries once it has made them durable. */
    public Storage {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
        IndexBacklog backlog = store.indexBacklog();
        index.whenDurable(backlog::clear);
    }

    public BatchResult commitAndIndex(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
        return index(batch, statements, store.commitBatch(batch, statements, quarantined));
    }

    /**
     * As {@link #commitAndIndex(ImportBatch, List, List)}, with the batch's audit records committed in the
     * batch's own transaction and chained after it ({@link AuditedWrites}): a process killed at any point
     * leaves either no batch and no record, or both.
     */
    public BatchResult commitAndIndex(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined,
                                      AuditedWrites audited, BatchAudit audit) {
        return index(batch, statements, commitAudited(batch, statements, quarantined, audited, audit));
    }

    /** The batch and its audit records in one transaction, without the index update. */
    BatchResult commitAudited(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined,
                              AuditedWrites audited, BatchAudit audit) {
        return audited.write("committing batch " + batch.batchId(),
                () -> store.commitBatch(batch, statements, quarantined), r -> audit.recordsFor(batch, r));
    }

    private BatchResult index(ImportBatch batch, List<Statement> statements, BatchResult result) {
        if (result.inserted() > 0) {
            index.update(store, entityIds(statements), List.of(batch.batchId()));
        }
        return result;
    }

    /**
     * The retention purge of {@link StatementStore#purgeExpired}, followed (unless a dry run) by an index
     * update of the entities that lost statements: an entity left without statements leaves the index, the
     * others are re-indexed from what remains, so no purged value stays findable.
     *
     * <p>The index update follows the store's commit; should it fail or the process die first, the purge's
     * entities stay in the store's {@link IndexBacklog} and the next {@link #catchUpIndex} (every open does
     * one) re-indexes them, so a purged value cannot stay findable across a restart.
     */
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> holds, boolean dryRun) {
        return purgeExpired(asOf, holds, java.util.Optional.empty(), dryRun);
    }

    /** As above, limited to one partner's statements when {@code partner} names one. */
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> holds, java.util.Optional<String> partner,
                                    boolean dryRun) {
        String backlogKey = "purge:" + UUID.randomUUID();
        PurgeReport report = store.purgeExpired(asOf, holds, partner, dryRun, backlogKey);
        if (!dryRun && !report.touchedEntityIds().isEmpty()) {
            index.update(store, report.touchedEntityIds(), List.of(backlogKey));
        }
        return report;
    }

    /**
     * Brings the index up to date with what the store committed but the index never made durable (a process
     * killed between the two commits), and commits it. Cheap when nothing lags: one read of an empty table.
     *
     * @return the entities re-indexed; empty when the index was up to date
     */
    public Set<String> catchUpIndex() {
        IndexBacklog backlog = store.indexBacklog();
        IndexBacklog.Pending pending = backlog.pending();
        if (pending.isEmpty()) {
            return Set.of();
        }
        Set<String> entities = pending.entityIds();
        LOG.warn("search index lags the store by {} changes ({} entities); catching up", pending.keys().size(),
                entities.size());
        index.update(store, entities, pending.keys());
        index.commit();
        return Set.copyOf(entities);
    }

    /**
     * The store as importers should see it: every committed batch is also brought into the search index (on a
     * thread of its own, while the next batch commits: see {@link IndexFeeder}), so what an import added is
     * findable as soon as the import's run is completed ({@link StatementStore#completeRun}).
     */
    public StatementStore importTarget() {
        return new IndexingStatementStore(this, java.util.Optional.empty());
    }

    /** As {@link #importTarget()}, with each batch's audit records committed in the batch's transaction. */
    public StatementStore importTarget(AuditedWrites audited, BatchAudit audit) {
        return new IndexingStatementStore(this, java.util.Optional.of(new IndexingStatementStore.Audited(audited, audit)));
    }

    static Collection<String> entityIds(List<Statement> statements) {
        return statements.stream().map(Statement::entityId).distinct().toList();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
