package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.registers.LegalHold;

/**
 * The statement store: append-only statements with provenance, the import ledger and the quarantine.
 * Implemented over JDBC for H2 (embedded default) and PostgreSQL (production) with the same SQL.
 *
 * <p>This interface is the raw persistence, without access policy, and must not be exposed to callers
 * directly: requests read through {@link PolicyFilteredReads}, which applies the policy inside the query.
 */
public interface StatementStore extends AutoCloseable {

    /**
     * How this store names entities: opaque ids under its key. Importers give records their ids with it, so
     * the same record always gets the same id in this store and no other store (or person) can compute it.
     */
    nl.gedeeldbeeld.model.entity.EntityIdScheme entityIds();

    /**
     * A number that changes after every committed write that can change what a read may see, by this process
     * or, where the database is shared between processes, by any of them: what a cache of policy-filtered reads
     * is keyed on ({@link WriteGeneration}). Read it before the data the cached value is computed from.
     */
    default long writeGeneration() {
        return WriteGeneration.current();
    }

    /** Finds or starts the run for this file in this dataset; an existing run is returned unchanged. */
    ImportRun beginRun(ImportRun proposed);

    /**
     * Commits one batch atomically: inserts statements whose id is new, moves last-seen of those already
     * stored, stores the quarantined records (a record already quarantined for the same run and record
     * number is not duplicated) and marks the batch committed in the run's ledger, all in one transaction.
     * A batch that is already committed for its run is skipped and reported as empty.
     */
    BatchResult commitBatch(ImportBatch batch, List<Statement> statements, List<QuarantinedRecord> quarantined);

    /** Marks the run completed. */
    void completeRun(String runId);

    Optional<ImportRun> run(String runId);

    List<ImportRun> runs();

    /** Highest committed batch number of a run, 0 when none. */
    int committedBatches(String runId);

    /** All statements of one entity id (from any dataset), oldest first. */
    List<Statement> statementsOf(String entityId);

    /**
     * Statements of many entities at once, keyed by entity id (entities without statements are left out);
     * what index updates after a batch use. Implementations should answer in a few queries.
     */
    default Map<String, List<Statement>> statementsOf(Collection<String> entityIds) {
        Map<String, List<Statement>> result = new LinkedHashMap<>();
        for (String id : entityIds) {
            List<Statement> statements = statementsOf(id);
            if (!statements.isEmpty()) {
                result.put(id, statements);
            }
        }
        return result;
    }

    /**
     * Ids of the entities that have this exact normalised value (an IBAN, KvK number, plate …), optionally
     * only under one property; sorted. The value must be in the stored normalised form.
     */
    default List<String> entitiesWithValue(Optional<String> property, String normalisedValue) {
        try (Stream<Statement> all = streamAll()) {
            return all.filter(s -> s.value().equals(normalisedValue) && property.map(s.property()::equals).orElse(true))
                    .map(Statement::entityId).distinct().sorted().toList();
        }
    }

    /**
     * Ids of the entities any partner recorded under one of these schemata, sorted: the candidates of a
     * graph view, which then reads them through the access policy. Raw ids only, never values.
     */
    default List<String> entitiesOfSchemata(java.util.Set<String> schemata) {
        try (Stream<Statement> all = streamAll()) {
            return all.filter(s -> schemata.contains(s.schema())).map(Statement::entityId).distinct().sorted().toList();
        }
    }

    /** Ids of the entities that have this exact normalised value under any property. */
    default List<String> entitiesWithValue(String normalisedValue) {
        return entitiesWithValue(Optional.empty(), normalisedValue);
    }

    /**
     * Streams every statement, grouped by entity id, for index rebuilds and exports; the caller closes the
     * stream.
     */
    Stream<Statement> streamAll();

    long countStatements();

    long countEntities();

    List<QuarantinedRecord> quarantine(Optional<String> dataset, boolean includeResolved);

    /** Marks quarantined records as resolved after a successful retry. */
    void resolveQuarantined(String runId, List<Long> recordNumbers);

    /**
     * The retention purge: deletes, in one transaction, every statement whose retain-until date is before
     * {@code asOf}, except the statements of an entity under an active {@code ENTITY} hold or of a dataset
     * under an active {@code DATASET} hold (holds that are lifted are ignored, whoever passes them). A dry
     * run counts the same figures and deletes nothing. The import ledger and the quarantine stay: the ledger
     * keeps saying which batches were committed, so re-running an import does not bring purged statements
     * back.
     *
     * <p>Only the statements go; a search index over them must be told which entities changed (see
     * {@link Storage#purgeExpired}, which does so).
     *
     * <p>A default only so that stores which cannot purge (test fakes of other modules) need not implement
     * it; the JDBC store does.
     */
    default PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, boolean dryRun) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot purge expired statements");
    }

    /**
     * The purge of {@link #purgeExpired(LocalDate, List, boolean)} limited to the statements of one partner
     * (an organisation's privacy officer purges its own data), or of all partners when empty.
     */
    default PurgeReport purgeExpired(LocalDate asOf, List<LegalHold> activeHolds, java.util.Optional<String> partner,
                                     boolean dryRun) {
        if (partner.isEmpty()) {
            return purgeExpired(asOf, activeHolds, dryRun);
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot purge one partner's statements");
    }

    /** The partners whose statements the entity holds: the owners of the record. */
    default java.util.Set<String> partnersOf(String entityId) {
        java.util.Set<String> partners = new java.util.TreeSet<>();
        statementsOf(entityId).forEach(s -> partners.add(s.provenance().partner()));
        return partners;
    }

    /** The partners that delivered statements into the dataset: the owners of the dataset. */
    default java.util.Set<String> partnersOfDataset(String dataset) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not know the partners of a dataset");
    }

    @Override
    void close();
}
