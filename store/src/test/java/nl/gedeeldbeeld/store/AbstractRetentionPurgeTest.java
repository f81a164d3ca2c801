package nl.gedeeldbeeld.store;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.T1;
import static nl.gedeeldbeeld.store.Fixtures.batch;
import static nl.gedeeldbeeld.store.Fixtures.quarantined;
import static nl.gedeeldbeeld.store.Fixtures.run;
import static nl.gedeeldbeeld.store.PolicyWorld.FIOD;
import static nl.gedeeldbeeld.store.PolicyWorld.GEMEENTE;
import static nl.gedeeldbeeld.store.PolicyWorld.POLITIE;
import static nl.gedeeldbeeld.store.PolicyWorld.TODAY;
import static nl.gedeeldbeeld.store.PolicyWorld.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.CaseMembership;
import nl.gedeeldbeeld.policy.decision.HitRegister;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import nl.gedeeldbeeld.store.search.SearchHit;
import nl.gedeeldbeeld.store.search.SearchIndex;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.TestAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention purge, run against every database the store supports. The world: statements kept until
 * 2030, statements that expired before {@link PolicyWorld#TODAY} (the purge date), and one that expires on
 * that day itself, spread over datasets and regimes so the per-dataset/regime counts have something to split.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractRetentionPurgeTest {
    static final LocalDate KEPT = LocalDate.of(2030, 1, 1);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);
    static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 1);

    static final String P1 = id(POLITIE, "P1");
    static final String P2 = id(POLITIE, "P2");
    static final String V2 = id(POLITIE, "V2");
    static final String F1 = id(FIOD, "F1");
    static final String G1 = id(GEMEENTE, "G1");

    private TestDatabases.Opened database;
    protected JdbcStatementStore store;

    @TempDir
    Path tempDir;

    protected abstract TestDatabases.Opened openDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        database = openDatabase();
        store = database.store();
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); var st = c.createStatement()) {
            for (String table : List.of("legal_holds", "quarantine", "import_batches", "import_runs", "statements", "index_backlog")) {
                st.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** Ten expired statements over four dataset/regime pairs, six kept ones, one that expires today. */
    static List<Statement> world() {
        List<Statement> w = new ArrayList<>();
        // P1 keeps its name, loses an alias that expired yesterday, keeps an email that expires today.
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", KEPT, "name", "Jan de Vries"));
        w.add(PolicyWorld.statement(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", "alias", "Jantje Verlopen", YESTERDAY));
        w.add(PolicyWorld.statement(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", "email", "jan@laatstedag.example", TODAY));
        // Wholly expired entities in four dataset/regime pairs.
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "P2", "Person", LONG_AGO, "name", "Piet Vergeten"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART9", "V2", "Vehicle", LONG_AGO, "registrationNumber", "99XYZ9"));
        w.addAll(entity(FIOD, "FIOD", "WPG_ART8", "F1", "Person", YESTERDAY, "name", "Fiscaal Verlopen",
                "birthDate", "1968-11-02"));
        w.addAll(entity(GEMEENTE, "GEMEENTE_ROTTERDAM", "AVG_BIBOB", "G1", "Company", LONG_AGO, "name", "Shishalounge Oud"));
        // Kept entities beside them, one in each dataset that also has expired statements.
        w.addAll(entity(FIOD, "FIOD", "WPG_ART8", "F2", "Company", KEPT, "name", "Brievenbus Holding"));
        w.addAll(entity(GEMEENTE, "GEMEENTE_ROTTERDAM", "AVG_BIBOB", "G2", "Company", KEPT, "name", "Shishalounge Zuid"));
        return w;
    }

    static List<Statement> entity(String dataset, String partner, String regime, String sourceId, String schema,
                                  LocalDate retainUntil, String... propertyValues) {
        List<Statement> out = new ArrayList<>();
        out.add(PolicyWorld.statement(dataset, partner, regime, sourceId, schema, Statement.ID_PROPERTY, "", retainUntil));
        for (int i = 0; i < propertyValues.length; i += 2) {
            out.add(PolicyWorld.statement(dataset, partner, regime, sourceId, schema, propertyValues[i],
                    propertyValues[i + 1], retainUntil));
        }
        return out;
    }

    private List<Statement> storeWorld() {
        List<Statement> world = world();
        store.beginRun(run("r1", POLITIE));
        store.commitBatch(batch("r1", 1, T0), world, List.of(quarantined("r1", POLITIE, 7)));
        return world;
    }

    @Test
    void aPurgeDeletesEveryExpiredStatementAndKeepsTheRestTheLedgerAndTheQuarantine() {
        List<Statement> world = storeWorld();

        PurgeReport report = store.purgeExpired(TODAY, List.of(), false);

        assertThat(report).isEqualTo(new PurgeReport(TODAY, false, 10, 0, Map.of(
                "politie-bvh/WPG_ART8", 3L, "politie-bvh/WPG_ART9", 2L, "fiod-onderzoek/WPG_ART8", 3L,
                "riec-bibob-rotterdam/AVG_BIBOB", 2L), java.util.Set.of(P1, P2, V2, F1, G1)));
        assertThat(store.countStatements()).isEqualTo(world.size() - 10);
        assertThat(store.statementsOf(P1)).extracting(Statement::property).containsExactlyInAnyOrder("id", "name", "email");
        assertThat(store.statementsOf(List.of(P2, V2, F1, G1))).isEmpty();
        assertThat(store.statementsOf(id(FIOD, "F2"))).hasSize(2);
        assertThat(store.committedBatches("r1")).isEqualTo(1);
        assertThat(store.run("r1")).isPresent();
        assertThat(store.quarantine(Optional.empty(), true)).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 7: a purge for one partner deletes and reports that partner's statements only")
    void aPurgeForOnePartnerDeletesAndReportsOnlyItsStatements() {
        storeWorld();
        LegalHold fiodHold = hold("h1", HoldScope.DATASET, FIOD);

        PurgeReport dry = store.purgeExpired(TODAY, List.of(fiodHold), Optional.of("POLITIE"), true);
        PurgeReport report = store.purgeExpired(TODAY, List.of(fiodHold), Optional.of("POLITIE"), false);

        assertThat(report.purged()).isEqualTo(dry.purged()).isEqualTo(5);
        assertThat(report.heldBack()).as("FIOD's held statements are not POLITIE's to count").isZero();
        assertThat(report.purgedByDatasetAndRegime()).containsOnlyKeys("politie-bvh/WPG_ART8", "politie-bvh/WPG_ART9");
        assertThat(report.touchedEntityIds()).containsExactlyInAnyOrder(P1, P2, V2);
        assertThat(store.statementsOf(List.of(F1, G1))).containsOnlyKeys(F1, G1);
        assertThat(store.partnersOf(F1)).containsExactly("FIOD");
    }

    @Test
    void theOwnersOfADatasetAreThePartnersThatImportedIntoIt() {
        storeWorld();
        store.beginRun(new ImportRun("r2", FIOD, "FIOD", "WPG_ART8", "fiod.ftm.json", "cd".repeat(32), "{}", T0,
                ImportRun.Status.RUNNING, 0, 0, 0));

        assertThat(store.partnersOfDataset(FIOD)).containsExactly("FIOD");
        assertThat(store.partnersOfDataset(POLITIE)).containsExactly("politie");
        assertThat(store.partnersOfDataset("unknown")).isEmpty();
    }

    @Test
    void aStatementIsKeptOnItsRetainUntilDayAndPurgedTheDayAfter() {
        storeWorld();

        store.purgeExpired(TODAY, List.of(), false);
        assertThat(store.statementsOf(P1)).extracting(Statement::property).contains("email");

        PurgeReport dayAfter = store.purgeExpired(TODAY.plusDays(1), List.of(), false);

        assertThat(dayAfter.purged()).isEqualTo(1);
        assertThat(dayAfter.purgedOf(POLITIE, "WPG_ART8")).isEqualTo(1);
        assertThat(dayAfter.touchedEntityIds()).containsExactly(P1);
        assertThat(store.statementsOf(P1)).extracting(Statement::property).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void anEntityUnderAnActiveHoldKeepsItsExpiredStatementsAndTheyAreCountedAsHeldBack() {
        storeWorld();
        LegalHold hold = hold("h1", HoldScope.ENTITY, P2);

        PurgeReport report = store.purgeExpired(TODAY, List.of(hold), false);

        assertThat(report.purged()).isEqualTo(8);
        assertThat(report.heldBack()).isEqualTo(2);
        assertThat(report.purgedOf(POLITIE, "WPG_ART8")).isEqualTo(1);
        assertThat(report.touchedEntityIds()).containsExactlyInAnyOrder(P1, V2, F1, G1);
        assertThat(store.statementsOf(P2)).extracting(Statement::property).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void aDatasetUnderAnActiveHoldKeepsAllItsExpiredStatements() {
        storeWorld();

        PurgeReport report = store.purgeExpired(TODAY, List.of(hold("h1", HoldScope.DATASET, FIOD),
                hold("h2", HoldScope.DATASET, "a-dataset-without-statements")), false);

        assertThat(report.purged()).isEqualTo(7);
        assertThat(report.heldBack()).isEqualTo(3);
        assertThat(report.purgedByDatasetAndRegime()).doesNotContainKey("fiod-onderzoek/WPG_ART8");
        assertThat(store.statementsOf(F1)).hasSize(3);
        assertThat(store.statementsOf(List.of(P2, V2, G1))).isEmpty();
    }

    @Test
    void aLiftedHoldHoldsNothingWhoeverPassesIt() {
        storeWorld();
        LegalHolds holds = store.legalHolds();
        holds.place(hold("h1", HoldScope.ENTITY, P2));
        holds.place(hold("h2", HoldScope.DATASET, FIOD));
        holds.lift("h2", "jurist", T1);
        LegalHold liftedButPassed = new LegalHold("h3", HoldScope.ENTITY, G1, "afgerond", "jurist", "GEMEENTE_ROTTERDAM", T0,
                Optional.of("jurist"), Optional.of(T1));
        List<LegalHold> passed = new ArrayList<>(holds.activeHolds());
        passed.add(liftedButPassed);

        PurgeReport report = store.purgeExpired(TODAY, passed, false);

        assertThat(report.heldBack()).as("only P2's hold is active").isEqualTo(2);
        assertThat(report.purged()).isEqualTo(8);
        assertThat(store.statementsOf(List.of(P2, F1, G1))).containsOnlyKeys(P2);
    }

    @Test
    void aDryRunReportsWhatThePurgeWouldDoAndDeletesNothing() {
        List<Statement> world = storeWorld();
        List<LegalHold> holds = List.of(hold("h1", HoldScope.ENTITY, V2));

        PurgeReport dry = store.purgeExpired(TODAY, holds, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.purged()).isEqualTo(8);
        assertThat(dry.heldBack()).isEqualTo(2);
        assertThat(store.countStatements()).isEqualTo(world.size());

        PurgeReport real = store.purgeExpired(TODAY, holds, false);

        assertThat(real).isEqualTo(new PurgeReport(TODAY, false, dry.purged(), dry.heldBack(),
                dry.purgedByDatasetAndRegime(), dry.touchedEntityIds()));
        assertThat(store.countStatements()).isEqualTo(world.size() - 8);
    }

    @Test
    void aPurgeWithNothingExpiredReportsNothingAndASecondPurgeFindsNothingLeft() {
        storeWorld();

        PurgeReport early = store.purgeExpired(LocalDate.of(2024, 1, 1), List.of(), false);
        store.purgeExpired(TODAY, List.of(), false);
        PurgeReport again = store.purgeExpired(TODAY, List.of(), false);

        for (PurgeReport empty : List.of(early, again)) {
            assertThat(empty.purged()).isZero();
            assertThat(empty.heldBack()).isZero();
            assertThat(empty.purgedByDatasetAndRegime()).isEmpty();
            assertThat(empty.touchedEntityIds()).isEmpty();
        }
    }

    /**
     * A policy-filtered read already hides expired statements by its own date; reading as of a date on which
     * they were still kept shows that the purge removed them, not the filter.
     */
    @Test
    void afterAPurgeTheStatementsAreGoneFromPolicyFilteredReadsEvenAsOfADateTheyWereStillKept() {
        storeWorld();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyWorld.catalogue(), CaseMembership.NONE, HitRegister.NONE,
                ProtectedPersons.NONE);
        AccessContext lastYear = pdp.open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", "t",
                PolicyWorld.JUNE_2024);
        List<String> ids = List.of(P1, P2);
        VisibleStatements before = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(lastYear),
                EntityChecks.unconditional(ProtectedPersons.NONE), ids);
        assertThat(before.statementsOf(P1)).extracting(Statement::property).contains("alias");
        assertThat(before.statementsOf(P2)).isNotEmpty();

        store.purgeExpired(TODAY, List.of(), false);

        VisibleStatements after = store.policyFilteredReads().visibleStatementsOf(pdp.allowedSlices(lastYear),
                EntityChecks.unconditional(ProtectedPersons.NONE), ids);
        assertThat(after.statementsOf(P1)).extracting(Statement::property).containsExactlyInAnyOrder("id", "name", "email");
        assertThat(after.entityIds()).containsExactly(P1);
    }

    /**
     * The ledger wins: the batch is recorded as committed, so committing it again is skipped and the purged
     * statements do not come back, through the store or through the importers' indexing target. (A different
     * file with the same statements is a new import and would store them again; they would still be expired,
     * so no read shows them and the next purge removes them.)
     */
    @Test
    void reimportingTheSameBatchAfterAPurgeDoesNotBringThePurgedStatementsBack() {
        List<Statement> world = storeWorld();
        store.purgeExpired(TODAY, List.of(), false);
        long left = store.countStatements();

        BatchResult again = store.commitBatch(batch("r1", 1, T1), world, List.of());
        ImportRun resumed = store.beginRun(run("r1", POLITIE));

        assertThat(again).isEqualTo(BatchResult.empty());
        assertThat(resumed.committedBatches()).as("an importer resuming the run skips batch 1").isEqualTo(1);
        assertThat(store.countStatements()).isEqualTo(left);
        assertThat(store.statementsOf(List.of(P2, V2, F1, G1))).isEmpty();
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("reimport-index"), SchemaRegistry.standard())) {
            StatementStore importer = new Storage(store, index).importTarget();
            assertThat(importer.commitBatch(batch("r1", 1, T1), world, List.of())).isEqualTo(BatchResult.empty());
            assertThat(store.statementsOf(P2)).isEmpty();
        }
    }

    @Test
    void purgingThroughStorageDropsThePurgedValuesFromTheSearchIndex() {
        store.beginRun(run("r1", POLITIE));
        try (SearchIndex index = SearchIndex.open(tempDir.resolve("purge-index"), SchemaRegistry.standard())) {
            Storage storage = new Storage(store, index);
            storage.commitAndIndex(batch("r1", 1, T0), world(), List.of());
            assertThat(found(index, "Vergeten")).containsExactly(P2);
            assertThat(found(index, "Verlopen")).containsExactlyInAnyOrder(P1, F1);

            PurgeReport dry = storage.purgeExpired(TODAY, List.of(), true);
            assertThat(dry.purged()).isEqualTo(10);
            assertThat(found(index, "Vergeten")).as("a dry run leaves the index").containsExactly(P2);

            PurgeReport report = storage.importTarget().purgeExpired(TODAY, List.of(hold("h1", HoldScope.ENTITY, G1)), false);

            assertThat(report.purged()).isEqualTo(8);
            assertThat(found(index, "Vergeten")).as("wholly purged entity").isEmpty();
            assertThat(found(index, "Verlopen")).as("purged alias of a kept entity, purged entity").isEmpty();
            assertThat(found(index, "Jan de Vries")).as("kept name").contains(P1);
            assertThat(found(index, "Shishalounge Oud")).as("held back").contains(G1);
        }
    }

    private static List<String> found(SearchIndex index, String text) {
        // Retention judged long ago: this is about what the index still holds, not what a reader may see.
        return index.search(SearchQuery.of(text, TestAccess.allOf(LocalDate.of(1900, 1, 1), "POLITIE",
                "GEMEENTE_ROTTERDAM", "FIOD", "FIU", "HAVENBEDRIJF")))
                .hits().stream().map(SearchHit::entityId).toList();
    }

    static LegalHold hold(String id, HoldScope scope, String target) {
        return new LegalHold(id, scope, target, "bezwaarprocedure", "jurist", "POLITIE", Instant.parse("2025-05-01T08:00:00Z"),
                Optional.empty(), Optional.empty());
    }
}
