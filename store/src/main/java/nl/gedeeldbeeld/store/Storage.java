package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import nl.gedeeldbeeld.store.search.SearchIndex;

/**
 * The statement store and its search index, opened and closed together. {@link #commitAndIndex} is the
 * importer's convenience: commit a batch, then bring the touched entities up to date in the index.
 */
public record Storage(JdbcStatementStore store, SearchIndex index) implements AutoCloseable {
    public Storage {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
    }

    public BatchResult commitAndIndex(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined) {
        BatchResult result = store.commitBatch(batch, statements, quarantined);
        if (result.inserted() > 0) {
            index.update(store, entityIds(statements));
        }
        return result;
    }

    /**
     * The retention purge of {@link StatementStore#purgeExpired}, followed (unless a dry run) by an index
     * update of the entities that lost statements: an entity left without statements leaves the index, the
     * others are re-indexed from what remains, so no purged value stays findable.
     *
     * <p>The index update follows the store's commit; should it fail, the statements are gone but the index
     * still holds some of their values until the next update or rebuild of those entities. Callers that
     * must be sure (a scheduled purge) rebuild the index on such a failure.
     */
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> holds, boolean dryRun) {
        return purgeExpired(asOf, holds, java.util.Optional.empty(), dryRun);
    }

    /** As above, limited to one partner's statements when {@code partner} names one. */
    public PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> holds, java.util.Optional<String> partner,
                                    boolean dryRun) {
        PurgeReport report = store.purgeExpired(asOf, holds, partner, dryRun);
        if (!dryRun && !report.touchedEntityIds().isEmpty()) {
            index.update(store, report.touchedEntityIds());
        }
        return report;
    }

    /**
     * The store as importers should see it: every committed batch is also brought into the search index,
     * so what an import added is findable as soon as the import returns.
     */
    public StatementStore importTarget() {
        return new IndexingStatementStore(this);
    }

    private static Collection<String> entityIds(List<Statement> statements) {
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
