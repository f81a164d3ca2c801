package nl.gedeeldbeeld.store;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.T1;
import static nl.gedeeldbeeld.store.Fixtures.batch;
import static nl.gedeeldbeeld.store.Fixtures.entity;
import static nl.gedeeldbeeld.store.Fixtures.quarantined;
import static nl.gedeeldbeeld.store.Fixtures.run;
import static nl.gedeeldbeeld.store.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.CaseMembership;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.HitRegister;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import nl.gedeeldbeeld.store.search.IndexStats;
import nl.gedeeldbeeld.store.search.SearchAccess;
import nl.gedeeldbeeld.store.search.SearchFilter;
import nl.gedeeldbeeld.store.search.SearchIndex;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.SearchResult;
import nl.gedeeldbeeld.store.search.TestAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository contract, run against every database the store supports. Each subclass opens one store
 * for the class; the tables are emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractStatementStoreTest {
    protected JdbcStatementStore store;

    @TempDir
    Path tempDir;

    /** Opens a store on a fresh, migrated database. */
    protected abstract JdbcStatementStore openStore() throws Exception;

    protected void closeStore() throws Exception {
        store.close();
    }

    @BeforeAll
    void open() throws Exception {
        store = openStore();
    }

    @AfterAll
    void close() throws Exception {
        closeStore();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM quarantine");
            st.executeUpdate("DELETE FROM import_batches");
            st.executeUpdate("DELETE FROM import_runs");
            st.executeUpdate("DELETE FROM statements");
            st.executeUpdate("DELETE FROM index_backlog");
        }
    }

    @Test
    void committingABatchStoresItsStatementsAndRecordsItInTheLedger() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = entity("politie-bvh", "P1", "Person", "name", "Jan de Vries", "iban", "NL91ABNA0417164300");

        BatchResult result = store.commitBatch(batch("r1", 1, T0), statements, List.of(quarantined("r1", "politie-bvh", 7)));

        assertThat(result).isEqualTo(new BatchResult(3, 0, 1));
        assertThat(store.countStatements()).isEqualTo(3);
        assertThat(store.committedBatches("r1")).isEqualTo(1);
        ImportRun run = store.run("r1").orElseThrow();
        assertThat(run.committedBatches()).isEqualTo(1);
        assertThat(run.statements()).isEqualTo(3);
        assertThat(run.quarantined()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameStatementsOnlyMovesLastSeen() {
        List<Statement> first = entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T0, "name", "Jan de Vries");
        List<Statement> again = entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T1, "name", "Jan de Vries");
        store.beginRun(run("r1", "politie-bvh"));
        store.beginRun(run("r2", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), first, List.of());

        BatchResult result = store.commitBatch(batch("r2", 1, T1), again, List.of());

        assertThat(result).isEqualTo(new BatchResult(0, 2, 0));
        assertThat(store.countStatements()).isEqualTo(2);
        List<Statement> stored = store.statementsOf(entity("politie-bvh", "P1"));
        assertThat(stored).extracting(Statement::firstSeen).containsOnly(T0);
        assertThat(stored).extracting(Statement::lastSeen).containsOnly(T1);
    }

    @Test
    void aBatchMixingNewAndStoredStatementsInsertsTheNewRefreshesTheStoredAndTheNextNewBatchIsStoredWhole() {
        // PostgreSQL first tries a straight COPY, which a stored id makes fail; the batch must still land whole,
        // and so must the batches after it, whichever path they take.
        store.beginRun(run("r1", "politie-bvh"));
        store.beginRun(run("r2", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T0, "name", "Jan de Vries"),
                List.of());
        List<Statement> mixed = new java.util.ArrayList<>(
                entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T1, "name", "Jan de Vries"));
        mixed.addAll(entity("politie-bvh", "P2", "Person", "politie", "WPG_ART8", T1, "name", "Piet Bakker"));

        BatchResult result = store.commitBatch(batch("r2", 1, T1), mixed, List.of());
        BatchResult next = store.commitBatch(batch("r2", 2, T1),
                entity("politie-bvh", "P3", "Person", "politie", "WPG_ART8", T1, "name", "Kees Jansen"), List.of());
        BatchResult third = store.commitBatch(batch("r2", 3, T1),
                entity("politie-bvh", "P4", "Person", "politie", "WPG_ART8", T1, "name", "Anna Smit"), List.of());

        assertThat(result).isEqualTo(new BatchResult(2, 2, 0));
        assertThat(next).isEqualTo(new BatchResult(2, 0, 0));
        assertThat(third).isEqualTo(new BatchResult(2, 0, 0));
        assertThat(store.countStatements()).isEqualTo(8);
        assertThat(store.statementsOf(entity("politie-bvh", "P1"))).extracting(Statement::lastSeen).containsOnly(T1);
        assertThat(store.statementsOf(entity("politie-bvh", "P2"))).extracting(Statement::firstSeen).containsOnly(T1);
        assertThat(store.committedBatches("r2")).isEqualTo(3);
    }

    @Test
    void seeingAStatementWithAnOlderDateNeverMovesLastSeenBack() {
        store.beginRun(run("r1", "politie-bvh"));
        store.beginRun(run("r2", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T1), entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T1), List.of());

        store.commitBatch(batch("r2", 1, T0), entity("politie-bvh", "P1", "Person", "politie", "WPG_ART8", T0), List.of());

        assertThat(store.statementsOf(entity("politie-bvh", "P1"))).extracting(Statement::lastSeen).containsOnly(T1);
    }

    @Test
    void aBatchThatFailsMidwayLeavesNothingAndIsNotRecorded() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = new ArrayList<>(entity("politie-bvh", "P1", "Person", "name", "Jan de Vries"));
        // A partner code longer than its column: the database refuses this row after accepting the others.
        statements.addAll(entity("politie-bvh", "P2", "Person", "x".repeat(300), "WPG_ART8", T0, "name", "Piet Jansen"));

        assertThatThrownBy(() -> store.commitBatch(batch("r1", 1, T0), statements, List.of(quarantined("r1", "politie-bvh", 3))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("r1#1");

        assertThat(store.countStatements()).isZero();
        assertThat(store.quarantine(Optional.empty(), true)).isEmpty();
        assertThat(store.committedBatches("r1")).isZero();
        assertThat(store.run("r1").orElseThrow().statements()).isZero();
        // and the same batch, fixed, commits afterwards
        BatchResult retry = store.commitBatch(batch("r1", 1, T0), statements.subList(0, 2), List.of());
        assertThat(retry.inserted()).isEqualTo(2);
    }

    @Test
    void recommittingAnAlreadyCommittedBatchIsSkipped() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = entity("politie-bvh", "P1", "Person", "name", "Jan de Vries");
        store.commitBatch(batch("r1", 1, T0), statements, List.of(quarantined("r1", "politie-bvh", 4)));

        BatchResult again = store.commitBatch(batch("r1", 1, T1), statements, List.of(quarantined("r1", "politie-bvh", 4)));

        assertThat(again).isEqualTo(BatchResult.empty());
        assertThat(store.statementsOf(entity("politie-bvh", "P1"))).extracting(Statement::lastSeen).containsOnly(T0);
        assertThat(store.run("r1").orElseThrow().statements()).isEqualTo(2);
        assertThat(store.quarantine(Optional.empty(), true)).hasSize(1);
    }

    @Test
    void quarantinedRecordsAreNotDuplicated() {
        store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), List.of(), List.of(quarantined("r1", "politie-bvh", 12),
                quarantined("r1", "politie-bvh", 12)));

        BatchResult second = store.commitBatch(batch("r1", 2, T0), List.of(), List.of(quarantined("r1", "politie-bvh", 12)));

        assertThat(second.quarantined()).isZero();
        List<QuarantinedRecord> records = store.quarantine(Optional.of("politie-bvh"), false);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).message()).isEqualTo("politie-bvh.csv: line 12: iban: fails its checksum");
        assertThat(store.quarantine(Optional.of("another"), true)).isEmpty();
    }

    @Test
    void resolvedQuarantinedRecordsAreListedOnlyWhenAskedFor() {
        store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), List.of(), List.of(quarantined("r1", "politie-bvh", 2),
                quarantined("r1", "politie-bvh", 3)));

        store.resolveQuarantined("r1", List.of(2L));

        assertThat(store.quarantine(Optional.empty(), false)).extracting(QuarantinedRecord::recordNumber).containsExactly(3L);
        assertThat(store.quarantine(Optional.empty(), true)).filteredOn(QuarantinedRecord::resolved)
                .extracting(QuarantinedRecord::recordNumber).containsExactly(2L);
    }

    @Test
    void beginningAKnownRunReturnsItUnchangedAndCompletingItIsRecorded() {
        ImportRun first = store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "P1", "Person"), List.of());

        ImportRun again = store.beginRun(new ImportRun("r1", "politie-bvh", "fiod", "AWR_ART67", "other.csv",
                "cd".repeat(32), "{\"x\":1}", T1, ImportRun.Status.RUNNING, 0, 0, 0));
        store.completeRun("r1");

        assertThat(again.partner()).isEqualTo("politie");
        assertThat(again.startedAt()).isEqualTo(first.startedAt());
        assertThat(again.committedBatches()).isEqualTo(1);
        assertThat(store.run("r1").orElseThrow().status()).isEqualTo(ImportRun.Status.COMPLETED);
        assertThat(store.runs()).extracting(ImportRun::runId).containsExactly("r1");
        assertThat(store.run("nope")).isEmpty();
    }

    @Test
    void statementsOfReturnsEveryStatementOfTheEntityWithItsProvenanceOldestFirst() {
        store.beginRun(run("r1", "politie-bvh"));
        store.beginRun(run("r2", "politie-bvh"));
        Statement name = statement("politie-bvh", "P1", "Person", "name", "Jan van der Berg", "Berg, Jan van der",
                "politie", "WPG_ART8", T0);
        Statement later = statement("politie-bvh", "P1", "Person", "email", "jan@example.nl", "jan@example.nl",
                "politie", "WPG_ART8", T1);
        store.commitBatch(batch("r1", 1, T0), List.of(name), List.of());
        store.commitBatch(batch("r2", 1, T1), List.of(later), List.of());
        store.commitBatch(batch("r2", 2, T1), entity("politie-bvh", "P2", "Person", "name", "Someone Else"), List.of());

        List<Statement> stored = store.statementsOf(name.entityId());

        assertThat(stored).containsExactly(name, later);
        assertThat(stored.get(0).originalValue()).isEqualTo("Berg, Jan van der");
        assertThat(stored.get(1).originalValue()).isEqualTo("jan@example.nl");
        assertThat(store.statementsOf("unknown")).isEmpty();
        assertThat(store.statementsOf(List.of(name.entityId(), entity("politie-bvh", "P2"), "unknown")))
                .containsOnlyKeys(name.entityId(), entity("politie-bvh", "P2"));
    }

    @Test
    void countEntitiesCountsDistinctEntityIdsAcrossDatasets() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = new ArrayList<>();
        statements.addAll(entity("politie-bvh", "P1", "Person", "name", "A"));
        statements.addAll(entity("politie-bvh", "P2", "Person", "name", "B", "alias", "Bee"));
        statements.addAll(entity("fiod-zaak", "P1", "Person", "name", "A"));

        store.commitBatch(batch("r1", 1, T0), statements, List.of());

        assertThat(store.countEntities()).isEqualTo(3);
        assertThat(store.countStatements()).isEqualTo(7);
    }

    @Test
    void aStatementListedTwiceInOneBatchIsStoredOnce() {
        store.beginRun(run("r1", "politie-bvh"));
        Statement early = statement("politie-bvh", "P1", "Person", "name", "A", "A", "politie", "WPG_ART8", T0);
        Statement late = statement("politie-bvh", "P1", "Person", "name", "A", "A", "politie", "WPG_ART8", T1);

        BatchResult result = store.commitBatch(batch("r1", 1, T0), List.of(late, early), List.of());

        assertThat(result).isEqualTo(new BatchResult(1, 0, 0));
        Statement stored = store.statementsOf(early.entityId()).get(0);
        assertThat(stored.firstSeen()).isEqualTo(T0);
        assertThat(stored.lastSeen()).isEqualTo(T1);
    }

    @Test
    void exactIdentifierLookupFindsEntitiesByNormalisedValue() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = new ArrayList<>();
        statements.addAll(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));
        statements.addAll(entity("fiod-zaak", "C7", "Company", "kvkNumber", "12345678", "name", "NL91ABNA0417164300"));
        statements.addAll(entity("politie-bvh", "V1", "Vehicle", "registrationNumber", "12ABC3"));
        store.commitBatch(batch("r1", 1, T0), statements, List.of());

        assertThat(store.entitiesWithValue("NL91ABNA0417164300"))
                .containsExactlyInAnyOrder(entity("politie-bvh", "A1"), entity("fiod-zaak", "C7"));
        assertThat(store.entitiesWithValue(Optional.of("iban"), "NL91ABNA0417164300")).containsExactly(entity("politie-bvh", "A1"));
        assertThat(store.entitiesWithValue(Optional.of("registrationNumber"), "12ABC3")).containsExactly(entity("politie-bvh", "V1"));
        assertThat(store.entitiesWithValue("12-ABC-3")).isEmpty();
    }

    @Test
    void entitiesAreListedBySchemaFromTheirIdStatements() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = new ArrayList<>();
        statements.addAll(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));
        statements.addAll(entity("fiod-zaak", "C7", "Company", "kvkNumber", "12345678"));
        statements.addAll(entity("politie-bvh", "V1", "Vehicle", "registrationNumber", "12ABC3"));
        store.commitBatch(batch("r1", 1, T0), statements, List.of());

        assertThat(store.entitiesOfSchemata(java.util.Set.of("Company", "Vehicle")))
                .containsExactlyInAnyOrder(entity("fiod-zaak", "C7"), entity("politie-bvh", "V1")).isSorted();
        assertThat(store.entitiesOfSchemata(java.util.Set.of("Payment"))).isEmpty();
        assertThat(store.entitiesOfSchemata(java.util.Set.of())).isEmpty();
    }

    @Test
    void longTextValuesAreStoredAndCanBeLookedUp() {
        store.beginRun(run("r1", "politie-bvh"));
        String note = "Waarneming: ".repeat(2000) + "ß\t\\ \"quoted\"\nnext line ";

        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "P1", "Person", "notes", note), List.of());

        assertThat(store.statementsOf(entity("politie-bvh", "P1"))).extracting(Statement::value).contains(note);
        assertThat(store.entitiesWithValue(Optional.of("notes"), note)).containsExactly(entity("politie-bvh", "P1"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 10: a value kept as text is stored marked not normalised, read back so, and found by search")
    void aValueKeptAsTextIsStoredMarkedNotNormalisedAndSearchable() {
        store.beginRun(run("r1", "politie-bvh"));
        String id = entity("politie-bvh", "P1");
        Statement unknownDate = new Statement(Statement.makeId("politie-bvh", id, "birthDate", "September 23"), id, "Person",
                "birthDate", "September 23", "September 23", Fixtures.provenance("politie-bvh", "politie", "WPG_ART8", "r1#1"),
                T0, T0, true);
        List<Statement> statements = new ArrayList<>(entity("politie-bvh", "P1", "Person", "name", "Jan de Vries"));
        statements.add(unknownDate);
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            new Storage(store, index).commitAndIndex(batch("r1", 1, T0), statements, List.of());

            assertThat(store.statementsOf(id)).filteredOn(s -> s.property().equals("birthDate")).singleElement()
                    .isEqualTo(unknownDate);
            assertThat(store.statementsOf(id)).filteredOn(s -> s.property().equals("name"))
                    .extracting(Statement::notNormalised).containsExactly(false);
            assertThat(index.search(SearchQuery.of("september", TestAccess.allOf("politie"))).hits())
                    .extracting(h -> h.entityId()).containsExactly(id);
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 12: an identifier too long for one index term is indexed as words, not refused by the index")
    void anIdentifierTooLongForOneIndexTermIsSearchedByItsWords() {
        store.beginRun(run("r1", "politie-bvh"));
        String email = "jan.".repeat(10_000) + "devries@example.nl";
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            new Storage(store, index).commitAndIndex(batch("r1", 1, T0),
                    entity("politie-bvh", "P1", "Person", "email", email), List.of());

            assertThat(store.statementsOf(entity("politie-bvh", "P1"))).extracting(Statement::value).contains(email);
            assertThat(index.search(SearchQuery.of("example.nl", TestAccess.allOf("politie"))).total()).isEqualTo(1);
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 12: a quarantined record too long for the quarantine is kept cut short, at value level")
    void aRecordTooLongForTheQuarantineIsKeptCutShortWithItsScope() {
        store.beginRun(run("r1", "politie-bvh"));
        String raw = "{\"id\":\"P1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + "x".repeat(2_000_000) + "\"]}}";
        QuarantinedRecord record = new QuarantinedRecord("r1", "politie-bvh", "p.json", 1, "name: too long", raw, T0, false,
                QuarantinedRecord.Scope.VALUES, false);

        store.commitBatch(batch("r1", 1, T0), List.of(), List.of(record));

        assertThat(store.quarantine(Optional.empty(), false)).singleElement().satisfies(q -> {
            assertThat(q.scope()).isEqualTo(QuarantinedRecord.Scope.VALUES);
            assertThat(q.rawCut()).isTrue();
            assertThat(q.rawRecord()).hasSize(10_000).startsWith("{\"id\":\"P1\"");
            assertThat(q.message()).isEqualTo("p.json: line 1: record imported; name: too long");
        });
    }

    @Test
    void streamAllReturnsEveryStatementGroupedByEntity() {
        store.beginRun(run("r1", "politie-bvh"));
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statements.addAll(entity("politie-bvh", "P" + i, "Person", "name", "Person " + i, "alias", "Alias " + i));
        }
        store.commitBatch(batch("r1", 1, T0), statements, List.of());

        List<String> order;
        try (Stream<Statement> all = store.streamAll()) {
            order = all.map(Statement::entityId).toList();
        }

        assertThat(order).hasSize(150);
        List<String> runs = new ArrayList<>();
        for (String id : order) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(id)) {
                runs.add(id);
            }
        }
        assertThat(runs).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void committingWithoutARunIsAProgrammingError() {
        assertThatThrownBy(() -> store.commitBatch(batch("missing", 1, T0), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("beginRun");
    }

    @Test
    void theSearchIndexFollowsCommittedBatchesAndRebuildsFromTheStore() {
        store.beginRun(run("r1", "politie-bvh"));
        store.beginRun(run("r2", "fiod-zaak"));
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            storage.commitAndIndex(batch("r1", 1, T0), entity("politie-bvh", "P1", "Person", "name", "Jan van der Berg"), List.of());
            storage.commitAndIndex(batch("r2", 1, T0), entity("fiod-zaak", "P1", "Person", "fiod", "AWR_ART67", T0,
                    "name", "Johanna van den Berg"), List.of());

            SearchAccess access = TestAccess.allOf("politie", "fiod");
            assertThat(index.search(SearchQuery.of("Berg", access)).total()).isEqualTo(2);

            IndexStats stats = index.rebuild(store);

            assertThat(stats.entities()).isEqualTo(2);
            SearchResult onlyPolice = index.search(SearchQuery.of("Berg", access).withFilter(SearchFilter.datasets(java.util.Set.of("politie-bvh"))));
            assertThat(onlyPolice.total()).isEqualTo(1);
            assertThat(onlyPolice.hits().get(0).entityId()).isEqualTo(entity("politie-bvh", "P1"));
        }
    }

    @Test
    void finding9ABatchTheStoreCommittedButTheIndexNeverTookInIsFoundAfterCatchingUp() {
        store.beginRun(run("backlog-1", "fiod-zaak"));
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            SearchAccess access = TestAccess.allOf("fiod");
            store.commitBatch(batch("backlog-1", 1, T0), entity("fiod-zaak", "BACKLOG-1", "Person", "fiod", "AWR_ART67", T0,
                    "name", "Zeynep Polat"), List.of());
            assertThat(index.search(SearchQuery.of("Polat", access)).total()).isZero();

            assertThat(storage.catchUpIndex()).containsExactly(entity("fiod-zaak", "BACKLOG-1"));

            assertThat(index.search(SearchQuery.of("Polat", access)).total()).isEqualTo(1);
            assertThat(store.indexBacklog().pending().isEmpty()).isTrue();
            assertThat(storage.catchUpIndex()).isEmpty();
        }
    }

    @Test
    void aBatchIsClearedFromTheIndexBacklogOnlyOnceAnIndexCommitHoldsIt() {
        store.beginRun(run("backlog-2", "politie-bvh"));
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            storage.commitAndIndex(batch("backlog-2", 1, T0), entity("politie-bvh", "BACKLOG-2", "Person", "name",
                    "Jan de Vries"), List.of());
            assertThat(store.indexBacklog().pending().keys()).contains("backlog-2#1");

            index.commit();

            assertThat(store.indexBacklog().pending().keys()).doesNotContain("backlog-2#1");
        }
    }

    @Test
    void aReImportThatInsertsNothingLeavesNoBacklog() {
        store.beginRun(run("backlog-3a", "politie-bvh"));
        store.beginRun(run("backlog-3b", "politie-bvh"));
        List<Statement> same = entity("politie-bvh", "BACKLOG-3", "Person", "name", "Jan de Vries");
        store.commitBatch(batch("backlog-3a", 1, T0), same, List.of());
        assertThat(store.indexBacklog().pending().keys()).contains("backlog-3a#1");

        store.commitBatch(batch("backlog-3b", 1, T1), same, List.of());

        assertThat(store.indexBacklog().pending().keys()).doesNotContain("backlog-3b#1");
    }

    @Test
    void theImportTargetHasEveryCommittedBatchInTheIndexOnceTheRunIsCompletedEvenAnEntitySpreadOverBatches() {
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            StatementStore target = storage.importTarget();
            target.beginRun(run("feed-1", "politie-bvh"));
            for (int b = 1; b <= 12; b++) {
                List<Statement> statements = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    statements.addAll(entity("politie-bvh", "FEED-" + b + "-" + i, "Person", "name", "Feedpersoon" + letters(b) + "x" + letters(i)));
                }
                // The same entity in every batch, a new alias each time: each update must re-read it whole.
                statements.add(statement("politie-bvh", "FEED-SPREAD", "Person", "alias", "Spreidnaam" + letters(b)));
                target.commitBatch(batch("feed-1", b, T0), statements, List.of());
            }

            target.completeRun("feed-1");

            SearchAccess access = TestAccess.allOf("politie");
            for (int b = 1; b <= 12; b++) {
                // Names match typo-tolerantly, so a neighbour may come along; the exact one must be first.
                assertThat(index.search(SearchQuery.of("Feedpersoon" + letters(b) + "x" + letters(19), access)).hits())
                        .first().extracting(h -> h.entityId()).isEqualTo(entity("politie-bvh", "FEED-" + b + "-19"));
                assertThat(index.search(SearchQuery.of("Spreidnaam" + letters(b), access)).hits())
                        .first().extracting(h -> h.entityId()).isEqualTo(entity("politie-bvh", "FEED-SPREAD"));
            }
            index.commit();
            assertThat(store.indexBacklog().pending().isEmpty()).isTrue();
        }
    }

    /** A number as letters (12 → "bc"): names are matched as words, and digits do not make one. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append((char) ('a' + (c - '0')));
        }
        return out.toString();
    }

    @Test
    void anIndexUpdateThatFailsIsReportedByTheImportTargetAndItsBatchStaysInTheBacklogForTheNextOpen() {
        Path indexDir = tempDir.resolve("index-" + System.nanoTime());
        SearchIndex index = SearchIndex.open(indexDir, SchemaRegistry.standard());
        Storage storage = new Storage(store, index);
        StatementStore target = storage.importTarget();
        target.beginRun(run("feed-2", "politie-bvh"));
        index.close();

        target.commitBatch(batch("feed-2", 1, T0), entity("politie-bvh", "FEED-FAIL", "Person", "name", "Mislukt Indexnaam"),
                List.of());

        assertThatThrownBy(() -> target.completeRun("feed-2")).isInstanceOf(RuntimeException.class);
        assertThat(store.statementsOf(entity("politie-bvh", "FEED-FAIL"))).hasSize(2);
        assertThat(store.indexBacklog().pending().keys()).containsExactly("feed-2#1");
        try (SearchIndex reopened = SearchIndex.open(indexDir, SchemaRegistry.standard())) {
            Storage again = new Storage(store, reopened);
            assertThat(again.catchUpIndex()).containsExactly(entity("politie-bvh", "FEED-FAIL"));
            assertThat(reopened.search(SearchQuery.of("Indexnaam", TestAccess.allOf("politie"))).total()).isEqualTo(1);
        }
    }

    @Test
    void aBatchTheStoreRefusesNeverReachesTheIndexAndTheImportTargetGoesOn() {
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            StatementStore target = storage.importTarget();
            target.beginRun(run("feed-3", "politie-bvh"));

            assertThatThrownBy(() -> target.commitBatch(batch("feed-3-not-begun", 1, T0),
                    entity("politie-bvh", "FEED-REFUSED", "Person", "name", "Geweigerde Naam"), List.of()))
                    .isInstanceOf(IllegalStateException.class);
            target.commitBatch(batch("feed-3", 1, T0), entity("politie-bvh", "FEED-OK", "Person", "name", "Aanvaarde Naam"),
                    List.of());
            target.completeRun("feed-3");

            SearchAccess access = TestAccess.allOf("politie");
            assertThat(index.search(SearchQuery.of("Geweigerde", access)).total()).isZero();
            assertThat(index.search(SearchQuery.of("Aanvaarde", access)).total()).isEqualTo(1);
        }
    }

    @Test
    void finding9APurgeTheIndexNeverTookInLeavesNoPurgedValueFindableAfterCatchingUp() {
        store.beginRun(run("backlog-4", "politie-bvh"));
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("index-" + System.nanoTime()), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            storage.commitAndIndex(batch("backlog-4", 1, T0), entity("politie-bvh", "BACKLOG-4", "Person", "name",
                    "Jan de Vries"), List.of());
            index.commit();
            java.time.LocalDate afterRetention = java.time.LocalDate.of(2031, 1, 1);
            SearchAccess access = TestAccess.allOf(afterRetention, "politie");
            assertThat(index.search(SearchQuery.of("de Vries", TestAccess.allOf("politie"))).total()).isEqualTo(1);

            PurgeReport purged = store.purgeExpired(afterRetention, List.of(), false);
            assertThat(purged.touchedEntityIds()).containsExactly(entity("politie-bvh", "BACKLOG-4"));
            assertThat(index.search(SearchQuery.of("de Vries", TestAccess.allOf("politie"))).total())
                    .as("the index still holds the purged name until it catches up").isEqualTo(1);

            storage.catchUpIndex();

            assertThat(index.search(SearchQuery.of("de Vries", TestAccess.allOf("politie"))).total()).isZero();
            assertThat(index.search(SearchQuery.of("de Vries", access)).total()).isZero();
            assertThat(store.indexBacklog().pending().isEmpty()).isTrue();
        }
    }

    // ---- Policy-filtered reads: the oracle is PolicyDecisionPoint.decide for every statement ----------------

    @Test
    void aPolicyFilteredReadReturnsEveryStatementExactlyAsTheDecisionPointDecidesForEveryDemoUserAndPurpose() {
        List<Statement> world = storePolicyWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), CaseMembership.NONE, HitRegister.NONE,
                ProtectedPersons.NONE);
        int[] tally = new int[3];

        for (Instant at : List.of(PolicyWorld.JUNE_2024, PolicyWorld.JUNE_2025)) {
            for (User user : PolicyWorld.catalogue().users()) {
                for (String purpose : PolicyWorld.catalogue().purposesOf(user)) {
                    AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "trace", at);
                    assertReadAgreesWithDecisionPoint(pdp, ctx, EntityChecks.unconditional(ProtectedPersons.NONE), world, tally);
                }
            }
        }

        // Not vacuous: each outcome occurred many times.
        assertThat(tally[0]).as("allowed").isGreaterThan(100);
        assertThat(tally[1]).as("redacted").isPositive();
        assertThat(tally[2]).as("denied").isGreaterThan(500);
    }

    @Test
    void withJointCasesConfirmedHitsAndProtectedPersonsTheReadStillAgreesWithTheDecisionPoint() {
        List<Statement> world = storePolicyWorld();
        InMemoryRegisters registers = PolicyWorld.registers();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        int[] tally = new int[3];

        for (User user : PolicyWorld.catalogue().users()) {
            for (String purpose : PolicyWorld.catalogue().purposesOf(user)) {
                AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "trace", PolicyWorld.JUNE_2025);
                assertReadAgreesWithDecisionPoint(pdp, ctx, EntityChecks.of(pdp, ctx, registers), world, tally);
            }
        }

        assertThat(tally[1]).as("redacted").isGreaterThan(2);
        // The conditional grants did open up: the municipality sees the police person in its joint case.
        AccessContext gemeente = pdp.open("bibob-medewerker", "GEMEENTE_ROTTERDAM", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(gemeente),
                EntityChecks.of(pdp, gemeente, registers), List.of(PolicyWorld.id(PolicyWorld.POLITIE, "P1")));
        assertThat(seen.statementsOf(PolicyWorld.id(PolicyWorld.POLITIE, "P1"))).extracting(Statement::value)
                .contains("Jan de Vries");
    }

    @Test
    void leftUnansweredConditionalGrantsAreLeftOutSoTheReadIsNeverWiderThanTheDecisionPoint() {
        List<Statement> world = storePolicyWorld();
        InMemoryRegisters registers = PolicyWorld.registers();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        List<String> ids = world.stream().map(Statement::entityId).distinct().toList();

        for (User user : PolicyWorld.catalogue().users()) {
            for (String purpose : PolicyWorld.catalogue().purposesOf(user)) {
                AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "trace", PolicyWorld.JUNE_2025);
                VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(ctx),
                        EntityChecks.unconditional(registers), ids);
                for (Statement s : seen.statements().values().stream().flatMap(List::stream).toList()) {
                    assertThat(pdp.decide(ctx, s)).as("%s sees %s", ctx.user().id(), s).isInstanceOf(Decision.Allow.class);
                }
                Set<RedactedProperty> maskable = world.stream().filter(s -> !(pdp.decide(ctx, s) instanceof Decision.Deny))
                        .map(AbstractStatementStoreTest::coordinates).collect(Collectors.toSet());
                assertThat(seen.redacted().values().stream().flatMap(List::stream)).isSubsetOf(maskable);
            }
        }
        AccessContext riec = pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        VisibleStatements narrow = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(riec),
                EntityChecks.unconditional(registers), List.of(PolicyWorld.id(PolicyWorld.POLITIE, "P1")));
        assertThat(narrow.isEmpty()).as("police person in a joint case, condition left unanswered").isTrue();
    }

    @Test
    void aProhibitionSubtractsFromAnOverlappingGrantAndAnAllowingAgreementBeatsARedactingOne() {
        List<Statement> world = storePolicyWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.overlappingCatalogue(), CaseMembership.NONE,
                HitRegister.NONE, ProtectedPersons.NONE);
        AccessContext riec = pdp.open("adviseur", "RIEC_RR", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        String p1 = PolicyWorld.id(PolicyWorld.POLITIE, "P1");
        String informant = PolicyWorld.id(PolicyWorld.INFORMANTEN, "I1");

        assertReadAgreesWithDecisionPoint(pdp, riec, EntityChecks.unconditional(ProtectedPersons.NONE), world, new int[3]);

        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(riec),
                EntityChecks.unconditional(ProtectedPersons.NONE), List.of(p1, informant));
        assertThat(seen.entityIds()).containsExactly(p1);
        assertThat(seen.statementsOf(p1)).extracting(Statement::property).containsExactlyInAnyOrder("id", "name", "phone");
        assertThat(seen.redactedOf(p1)).extracting(RedactedProperty::property).containsExactly("birthDate");
    }

    @Test
    void pastItsRetainUntilDateAStatementIsHiddenEvenFromItsOwnerAndOnThatDayItIsStillShown() {
        storePolicyWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), CaseMembership.NONE, HitRegister.NONE,
                ProtectedPersons.NONE);
        AccessContext owner = pdp.open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", "t",
                PolicyWorld.JUNE_2025);
        String p1 = PolicyWorld.id(PolicyWorld.POLITIE, "P1");

        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(owner),
                EntityChecks.unconditional(ProtectedPersons.NONE), List.of(p1));

        assertThat(seen.statementsOf(p1)).extracting(Statement::property)
                .containsExactlyInAnyOrder("id", "name", "birthDate", "phone", "nationality", "email")
                .doesNotContain("alias");
        assertThat(seen.statementsOf(p1)).filteredOn(s -> s.property().equals("email"))
                .extracting(s -> s.provenance().retainUntil()).containsExactly(PolicyWorld.TODAY);
        assertThat(seen.redactedOf(p1)).isEmpty();
    }

    @Test
    void aPurposeTheAgreementDoesNotCoverShowsOnlyWhatThatPurposeAllows() {
        storePolicyWorld();
        InMemoryRegisters registers = PolicyWorld.registers();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        String p1 = PolicyWorld.id(PolicyWorld.POLITIE, "P1");
        String c1 = PolicyWorld.id(PolicyWorld.POLITIE, "C1");
        AccessContext casus = pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        AccessContext analysis = pdp.open("riec-adviseur", "RIEC_RR", "THEMATISCHE_ANALYSE", "t", PolicyWorld.JUNE_2025);

        VisibleStatements forCasus = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(casus),
                EntityChecks.of(pdp, casus, registers), List.of(p1, c1));
        VisibleStatements forAnalysis = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(analysis),
                EntityChecks.of(pdp, analysis, registers), List.of(p1, c1));

        assertThat(forCasus.statementsOf(p1)).extracting(Statement::property).contains("name", "birthDate");
        assertThat(forCasus.statementsOf(c1)).extracting(Statement::property).contains("notes");
        // Same user, same entities, another purpose: no persons, and of companies only the listed properties.
        assertThat(forAnalysis.entityIds()).containsExactly(c1);
        assertThat(forAnalysis.statementsOf(c1)).extracting(Statement::property)
                .containsExactlyInAnyOrder("id", "name", "kvkNumber", "legalForm");
    }

    @Test
    void aContextWhoseRolesDoNotGrantItsPurposeSeesNothingNotEvenItsOwnData() {
        storePolicyWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), CaseMembership.NONE, HitRegister.NONE,
                ProtectedPersons.NONE);
        // open() refuses this context; a context built by hand must still see nothing.
        AccessContext mismatch = new AccessContext(PolicyWorld.catalogue().requireUser("analist-politie"),
                PolicyWorld.catalogue().requireOrganisation("POLITIE"),
                PolicyWorld.catalogue().requirePurpose("STRAFRECHTELIJK_ONDERZOEK"), "t", PolicyWorld.JUNE_2025);

        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(mismatch),
                EntityChecks.unconditional(ProtectedPersons.NONE), List.of(PolicyWorld.id(PolicyWorld.POLITIE, "P1"),
                        PolicyWorld.id(PolicyWorld.POLITIE, "C1")));

        assertThat(seen.isEmpty()).isTrue();
        assertThat(pdp.decide(mismatch, store.statementsOf(PolicyWorld.id(PolicyWorld.POLITIE, "C1")).get(0)))
                .isInstanceOf(Decision.Deny.class);
    }

    @Test
    void redactedPropertiesAreNamedWithTheirProvenanceWhileTheirValuesNeverLeaveTheStore() {
        storePolicyWorld();
        InMemoryRegisters registers = PolicyWorld.registers();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        String p1 = PolicyWorld.id(PolicyWorld.POLITIE, "P1");
        String pass = PolicyWorld.id(PolicyWorld.HAVEN, "H1");
        AccessContext gemeente = pdp.open("bibob-medewerker", "GEMEENTE_ROTTERDAM", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        AccessContext analist = pdp.open("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE", "t", PolicyWorld.JUNE_2025);

        VisibleStatements forGemeente = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(gemeente),
                EntityChecks.of(pdp, gemeente, registers), List.of(p1));
        VisibleStatements forAnalist = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(analist),
                EntityChecks.of(pdp, analist, registers), List.of(pass));

        assertThat(forGemeente.statementsOf(p1)).extracting(Statement::property)
                .containsExactlyInAnyOrder("id", "name", "nationality", "email");
        assertThat(forGemeente.redactedOf(p1)).containsExactly(
                new RedactedProperty(p1, "Person", "birthDate", PolicyWorld.POLITIE, "POLITIE", "WPG_ART8"),
                new RedactedProperty(p1, "Person", "phone", PolicyWorld.POLITIE, "POLITIE", "WPG_ART8"));
        assertThat(forGemeente.toString()).doesNotContain("1979-03-14", "+31612345678",
                Statement.makeId(PolicyWorld.POLITIE, p1, "birthDate", "1979-03-14"));
        assertThat(forAnalist.statementsOf(pass)).extracting(Statement::property)
                .containsExactlyInAnyOrder("id", "passNumber", "zone");
        assertThat(forAnalist.redactedOf(pass)).extracting(RedactedProperty::property).containsExactly("holder");
        assertThat(forAnalist.toString()).doesNotContain(PolicyWorld.id(PolicyWorld.HAVEN, "H2"));
    }

    @Test
    void aProtectedPersonIsHiddenFromOtherPartnersButNotFromItsOwner() {
        storePolicyWorld();
        InMemoryRegisters registers = PolicyWorld.registers().addToJointCase(PolicyWorld.id(PolicyWorld.POLITIE, "P5"), "RIEC_RR");
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        String p5 = PolicyWorld.id(PolicyWorld.POLITIE, "P5");
        AccessContext riec = pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);
        AccessContext owner = pdp.open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", "t", PolicyWorld.JUNE_2025);

        VisibleStatements forRiec = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(riec),
                EntityChecks.of(pdp, riec, registers), List.of(p5));
        VisibleStatements forOwner = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(owner),
                EntityChecks.of(pdp, owner, registers), List.of(p5));

        assertThat(forRiec.isEmpty()).isTrue();
        assertThat(forOwner.statementsOf(p5)).extracting(Statement::value).contains("Beschermde Rechter");
    }

    @Test
    void requestedEntityIdsAreBoundAsParametersAndNeverWidenTheQuery() {
        storePolicyWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), CaseMembership.NONE, HitRegister.NONE,
                ProtectedPersons.NONE);
        AccessContext owner = pdp.open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", "t", PolicyWorld.JUNE_2025);

        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(owner),
                EntityChecks.unconditional(ProtectedPersons.NONE), List.of("x' OR '1'='1", "x') OR (1=1", "%"));

        assertThat(seen.isEmpty()).isTrue();
        assertThat(store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(owner),
                EntityChecks.unconditional(ProtectedPersons.NONE), List.of()).isEmpty()).isTrue();
    }

    @Test
    void manyEntitiesAreReadInChunksWithConditionsAnsweredPerEntity() {
        store.beginRun(run("many", PolicyWorld.POLITIE));
        InMemoryRegisters registers = new InMemoryRegisters();
        List<Statement> statements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> inCase = new java.util.HashSet<>();
        for (int i = 0; i < 1_100; i++) {
            statements.addAll(PolicyWorld.entity(PolicyWorld.POLITIE, "POLITIE", "WPG_ART8", "C" + i, "Company",
                    "name", "Bedrijf " + i));
            String id = PolicyWorld.id(PolicyWorld.POLITIE, "C" + i);
            ids.add(id);
            if (i % 3 == 0) {
                registers.addToJointCase(id, "RIEC_RR");
                inCase.add(id);
            }
        }
        store.commitBatch(batch("many", 1, T0), statements, List.of());
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        AccessContext riec = pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "t", PolicyWorld.JUNE_2025);

        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(riec),
                EntityChecks.of(pdp, riec, registers), ids);

        assertThat(seen.entityIds()).containsExactlyInAnyOrderElementsOf(inCase);
        assertThat(seen.statements().values()).allSatisfy(list -> assertThat(list).hasSize(2));
    }

    private List<Statement> storePolicyWorld() {
        List<Statement> world = PolicyWorld.statements();
        store.beginRun(run("policy-world", PolicyWorld.POLITIE));
        store.commitBatch(batch("policy-world", 1, T0), world, List.of());
        return world;
    }

    /**
     * For every statement of the world: returned unredacted iff decide() allows it, named as redacted iff
     * decide() redacts its property, absent iff decide() denies it; and no withheld value appears anywhere.
     */
    private void assertReadAgreesWithDecisionPoint(PolicyDecisionPoint pdp, AccessContext ctx, EntityChecks checks,
                                                   List<Statement> world, int[] tally) {
        List<String> ids = world.stream().map(Statement::entityId).distinct().toList();
        VisibleStatements seen = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(ctx), checks, ids);
        List<Statement> expectedVisible = new ArrayList<>();
        Set<RedactedProperty> expectedRedacted = new java.util.HashSet<>();
        List<Statement> withheld = new ArrayList<>();
        for (Statement s : world) {
            Decision d = pdp.decide(ctx, s);
            if (d instanceof Decision.Allow) {
                expectedVisible.add(s);
                tally[0]++;
            } else if (d instanceof Decision.Redact r) {
                assertThat(r.properties()).contains(s.property());
                expectedRedacted.add(coordinates(s));
                withheld.add(s);
                tally[1]++;
            } else {
                withheld.add(s);
                tally[2]++;
            }
        }
        String who = ctx.user().id() + "/" + ctx.purpose().code() + " at " + ctx.at();
        List<Statement> visible = seen.statements().values().stream().flatMap(List::stream).toList();
        assertThat(visible).as("visible to %s", who).containsExactlyInAnyOrderElementsOf(expectedVisible);
        assertThat(seen.redacted().values().stream().flatMap(List::stream).toList()).as("redacted for %s", who)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedRedacted);
        assertThat(seen.statements().keySet()).as("entities of %s", who)
                .allSatisfy(id -> assertThat(seen.statementsOf(id)).isNotEmpty());
        Map<String, Long> valueCounts = world.stream().collect(Collectors.groupingBy(Statement::value, Collectors.counting()));
        Set<String> visibleIds = visible.stream().map(Statement::id).collect(Collectors.toSet());
        // Every string the answer carries, field by field: a withheld value must be none of them.
        Set<String> everything = new java.util.HashSet<>();
        visible.forEach(v -> everything.addAll(List.of(v.id(), v.value(), v.originalValue())));
        seen.redacted().values().stream().flatMap(List::stream).forEach(r -> everything.addAll(List.of(r.entityId(),
                r.schema(), r.property(), r.dataset(), r.partner(), r.regime())));
        for (Statement s : withheld) {
            assertThat(visibleIds).as("%s must not see %s", who, s).doesNotContain(s.id());
            if (valueCounts.get(s.value()) == 1) {
                assertThat(everything).as("%s must not see the value of %s", who, s).doesNotContain(s.value());
            }
        }
    }

    private static RedactedProperty coordinates(Statement s) {
        return new RedactedProperty(s.entityId(), s.schema(), s.property(), s.provenance().dataset(),
                s.provenance().partner(), s.provenance().regime());
    }

    /** Opt-in: {@code -Dgb.bench=true}. Prints statements/s for the bulk path and the index rebuild. */
    @Test
    @EnabledIfSystemProperty(named = "gb.bench", matches = "true")
    void benchmarkInsertingSyntheticStatements() {
        int total = Integer.getInteger("gb.bench.statements", 200_000);
        int batchSize = 5_000;
        report("bulk", store, total, batchSize, "bench-a");
        if (store.database() == Database.POSTGRESQL) {
            report("JDBC batches + ON CONFLICT", store.withJdbcBatches(), total, batchSize, "bench-b");
        }
        long reimport = timeImport(store, total, batchSize, "bench-a", "again");
        System.out.printf("[bench] %s re-import (only last-seen): %,.0f statements/s%n", store.database(), total * 1000.0 / reimport);
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("bench-index"), SchemaRegistry.standard())) {
            IndexStats stats = index.rebuild(store);
            System.out.printf("[bench] %s index rebuild: %,d statements, %,d entities in %,d ms = %,.0f statements/s%n",
                    store.database(), stats.statements(), stats.entities(), stats.millis(), stats.statementsPerSecond());
            long t = System.nanoTime();
            int n = 0;
            for (String q : List.of("Jansen", "de Vries", "vd Berg", "NL91ABNA0417164300", "Pieter Bakker", "12-ABC-3")) {
                n += (int) index.search(SearchQuery.of(q, TestAccess.allOf("politie"))).total();
            }
            System.out.printf("[bench] 6 searches in %,d ms (%d hits in all)%n", (System.nanoTime() - t) / 1_000_000, n);
        }
    }

    private static void report(String label, StatementStore target, int total, int batchSize, String dataset) {
        long millis = timeImport(target, total, batchSize, dataset, "first");
        System.out.printf("[bench] %s %s: %,d statements in batches of %,d: %,d ms = %,.0f statements/s%n",
                ((JdbcStatementStore) target).database(), label, total, batchSize, millis, total * 1000.0 / millis);
    }

    private static long timeImport(StatementStore target, int total, int batchSize, String dataset, String pass) {
        String runId = dataset + "-" + pass;
        target.beginRun(run(runId, dataset));
        Instant seen = pass.equals("first") ? T0 : T1;
        String[] surnames = {"Jansen", "de Vries", "van der Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer"};
        // Statements are made before the clock starts: only the store's work is measured.
        List<List<Statement>> batches = new ArrayList<>();
        List<Statement> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < total; ) {
            String sid = "P" + (i / 5);
            List<Statement> e = entity(dataset, sid, "Person", "politie", "WPG_ART8", seen,
                    "name", "Pieter " + surnames[(i / 5) % surnames.length] + " " + (i / 5),
                    "email", "p" + (i / 5) + "@example.nl",
                    "phone", "+316" + String.format("%08d", i / 5),
                    "birthDate", "1980-01-01");
            batch.addAll(e);
            i += e.size();
            if (batch.size() >= batchSize || i >= total) {
                batches.add(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        long started = System.nanoTime();
        int batchNo = 0;
        for (List<Statement> b : batches) {
            target.commitBatch(batch(runId, ++batchNo, seen), b, List.of());
        }
        return Math.max(1, (System.nanoTime() - started) / 1_000_000);
    }

}
