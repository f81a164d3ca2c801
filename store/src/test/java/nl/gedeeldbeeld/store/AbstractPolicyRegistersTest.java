package nl.gedeeldbeeld.store;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.T1;
import static nl.gedeeldbeeld.store.Fixtures.batch;
import static nl.gedeeldbeeld.store.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.policy.export.ExportRequests;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.LegalHolds;
import nl.gedeeldbeeld.policy.registers.LiftRequest;
import nl.gedeeldbeeld.policy.registers.PendingJudgement;
import nl.gedeeldbeeld.policy.registers.PendingJudgements;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionAlerts;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.policy.registers.RegisterFacts;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The access-policy registers, protection alerts, legal holds and export requests, run against every
 * database the store supports. Each subclass opens one database for the class; the tables are emptied
 * before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPolicyRegistersTest {
    static final Instant T2 = Instant.parse("2025-03-10T09:00:00Z");
    static final String ADDRESS = "politie-bvh.A1";
    static final String VEHICLE = "politie-bvh.V1";
    static final String PERSON = "politie-bvh.P5";

    private TestDatabases.Opened database;
    protected JdbcStatementStore store;
    protected PolicyRegisters registers;
    protected ProtectionAlerts alerts;
    protected LegalHolds holds;
    protected ExportRequests exports;

    protected abstract TestDatabases.Opened openDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        database = openDatabase();
        store = database.store();
        registers = store.registers();
        alerts = store.protectionAlerts();
        holds = store.legalHolds();
        exports = store.exportRequests();
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); var st = c.createStatement()) {
            for (String table : List.of("joint_case_entities", "joint_case_parties", "joint_cases", "confirmed_hits",
                    "protection_lift_requests", "protection_flags", "protection_alerts", "legal_holds", "pending_judgement_owners",
                    "pending_judgements", "export_request_entities",
                    "export_request_partners", "export_requests", "quarantine", "import_batches", "import_runs",
                    "statements")) {
                st.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    // ---- joint cases -------------------------------------------------------------------------------------

    @Test
    void anOpenedCaseIsFoundWithItsPartiesAndOpeningItAgainChangesNothing() {
        JointCase casus = new JointCase("RIEC-2025-001", "Shishalounge Zuid", Set.of("RIEC_RR", "POLITIE"), "riec-adviseur", T0);

        registers.openCase(casus);
        registers.openCase(new JointCase("RIEC-2025-001", "Another title", Set.of("OM"), "someone-else", T1));

        assertThat(registers.findCase("RIEC-2025-001")).contains(casus);
        assertThat(registers.findCase("RIEC-2025-999")).isEmpty();
    }

    @Test
    void casesOfListsTheCasesAnOrganisationTakesPartInByIdWithAllTheirParties() {
        JointCase second = new JointCase("RIEC-2025-002", "Vastgoed", Set.of("RIEC_RR", "GEMEENTE_ROTTERDAM"), "a", T1);
        JointCase first = new JointCase("RIEC-2025-001", "Haven", Set.of("RIEC_RR", "POLITIE"), "a", T0);
        JointCase other = new JointCase("OM-7", "Ander", Set.of("OM"), "b", T0);
        registers.openCase(second);
        registers.openCase(first);
        registers.openCase(other);

        assertThat(registers.casesOf("RIEC_RR")).containsExactly(first, second);
        assertThat(registers.casesOf("GEMEENTE_ROTTERDAM")).containsExactly(second);
        assertThat(registers.casesOf("FIOD")).isEmpty();
    }

    @Test
    void anEntityIsInAJointCaseOnlyForTheOrganisationsOfThatCaseAndAddingItTwiceChangesNothing() {
        registers.openCase(new JointCase("C1", "Haven", Set.of("RIEC_RR", "POLITIE"), "a", T0));
        registers.openCase(new JointCase("C2", "Vastgoed", Set.of("GEMEENTE_ROTTERDAM"), "a", T0));

        registers.addToCase("C1", "e1", "a", T0);
        registers.addToCase("C1", "e1", "b", T1);
        registers.addToCase("C1", "e2", "a", T0);
        registers.addToCase("C2", "e2", "a", T0);

        assertThat(registers.entitiesOfCase("C1")).containsExactly("e1", "e2");
        assertThat(registers.entitiesOfCase("unknown")).isEmpty();
        assertThat(registers.inJointCase("e1", "POLITIE")).isTrue();
        assertThat(registers.inJointCase("e1", "GEMEENTE_ROTTERDAM")).isFalse();
        assertThat(registers.inJointCase("e2", "GEMEENTE_ROTTERDAM")).isTrue();
        assertThat(registers.inJointCase("e3", "POLITIE")).isFalse();
        assertThat(registers.jointCaseEntities("RIEC_RR")).containsExactly("e1", "e2");
        assertThat(registers.jointCaseEntities("GEMEENTE_ROTTERDAM")).containsExactly("e2");
        assertThat(registers.jointCaseEntities("OM")).isEmpty();
        assertThat(rows("joint_case_entities")).isEqualTo(3);
    }

    @Test
    void addingAnEntityToACaseThatWasNeverOpenedIsRefused() {
        assertThatThrownBy(() -> registers.addToCase("nope", "e1", "a", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThat(rows("joint_case_entities")).isZero();
    }

    // ---- confirmed hits ----------------------------------------------------------------------------------

    @Test
    void aConfirmedHitCountsOnlyForItsOrganisationAndConfirmingItTwiceChangesNothing() {
        registers.confirmHit("e1", "POLITIE", "rechercheur", T0);
        registers.confirmHit("e1", "POLITIE", "ander", T1);
        registers.confirmHit("e2", "POLITIE", "rechercheur", T0);
        registers.confirmHit("e1", "KMAR", "marechaussee", T0);

        assertThat(registers.hasConfirmedHit("e1", "POLITIE")).isTrue();
        assertThat(registers.hasConfirmedHit("e2", "KMAR")).isFalse();
        assertThat(registers.hasConfirmedHit("e3", "POLITIE")).isFalse();
        assertThat(registers.confirmedHitEntities("POLITIE")).containsExactly("e1", "e2");
        assertThat(registers.confirmedHitEntities("KMAR")).containsExactly("e1");
        assertThat(registers.confirmedHitEntities("FIOD")).isEmpty();
        assertThat(rows("confirmed_hits")).isEqualTo(3);
    }

    // ---- protection flags --------------------------------------------------------------------------------

    @Test
    void flaggingAnEntityAgainKeepsTheFirstFlag() {
        ProtectionFlag first = flag(PERSON, "POLITIE", Optional.empty(), T0);

        registers.protect(first);
        registers.protect(new ProtectionFlag(PERSON, "OM", "bureau", "another reason", "someone", "STRAFRECHTELIJK_ONDERZOEK", T1, Optional.empty()));

        assertThat(registers.protectionOf(PERSON)).contains(first);
        assertThat(registers.isProtected(PERSON)).isTrue();
        assertThat(registers.isProtected(ADDRESS)).isFalse();
        assertThat(registers.protectionOf(ADDRESS)).isEmpty();
        assertThat(registers.protectedEntities()).containsExactly(PERSON);
        assertThat(rows("protection_flags")).isEqualTo(1);
    }

    @Test
    void liftingAPersonLiftsTheFlagsOfItsCoversAndNoOthers() {
        registers.protect(flag(PERSON, "POLITIE", Optional.empty(), T0));
        registers.protect(flag(ADDRESS, "POLITIE", Optional.of(PERSON), T0));
        registers.protect(flag(VEHICLE, "POLITIE", Optional.of(PERSON), T0));
        registers.protect(flag("politie-bvh.P6", "POLITIE", Optional.empty(), T0));
        registers.protect(flag("politie-bvh.A6", "POLITIE", Optional.of("politie-bvh.P6"), T0));

        registers.lift(PERSON, "eenheid-bb", T1);

        assertThat(registers.protectedEntities()).containsExactly("politie-bvh.A6", "politie-bvh.P6");
        assertThat(registers.isProtected(PERSON)).isFalse();
        assertThat(registers.isProtected(ADDRESS)).isFalse();
        assertThat(registers.protectionOf(VEHICLE)).isEmpty();
    }

    @Test
    void factsOfManyEntitiesAnswerAsTheOneAtATimeChecksDoInOneQuestion() {
        registers.openCase(new JointCase("C1", "Haven", Set.of("RIEC_RR", "POLITIE"), "a", T0));
        registers.openCase(new JointCase("C2", "Vastgoed", Set.of("RIEC_RR"), "a", T0));
        registers.addToCase("C1", "e1", "a", T0);
        registers.addToCase("C2", "e1", "a", T0); // in two cases of the RIEC: still one answer
        registers.addToCase("C2", "e2", "a", T0);
        registers.confirmHit("e2", "RIEC_RR", "r", T0);
        registers.confirmHit("e3", "POLITIE", "p", T0);
        registers.protect(flag(PERSON, "POLITIE", Optional.empty(), T0));
        registers.protect(flag(ADDRESS, "POLITIE", Optional.of(PERSON), T0));
        registers.lift(ADDRESS, "eenheid-bb", T1);
        List<String> ids = List.of("e1", "e2", "e3", "e4", PERSON, ADDRESS);

        for (String org : List.of("RIEC_RR", "POLITIE", "OM")) {
            RegisterFacts facts = registers.factsOf(ids, org, EnumSet.allOf(RegisterFacts.Kind.class));
            assertThat(facts.asked()).containsExactlyInAnyOrderElementsOf(ids);
            for (String id : ids) {
                assertThat(facts.protectedIds().contains(id)).as("protected %s", id).isEqualTo(registers.isProtected(id));
                assertThat(facts.jointCaseIds().contains(id)).as("%s in a case of %s", id, org)
                        .isEqualTo(registers.inJointCase(id, org));
                assertThat(facts.confirmedHitIds().contains(id)).as("hit of %s on %s", org, id)
                        .isEqualTo(registers.hasConfirmedHit(id, org));
            }
        }
        RegisterFacts onlyCases = registers.factsOf(ids, "RIEC_RR", EnumSet.of(RegisterFacts.Kind.JOINT_CASE));
        assertThat(onlyCases.jointCaseIds()).containsExactlyInAnyOrder("e1", "e2");
        assertThat(onlyCases.confirmedHitIds()).as("not asked").isEmpty();
        assertThat(onlyCases.protectedIds()).as("not asked").isEmpty();
        assertThat(registers.factsOf(ids, "POLITIE", EnumSet.of(RegisterFacts.Kind.PROTECTED)).protectedIds())
                .containsExactly(PERSON);
        assertThat(registers.factsOf(List.of(), "POLITIE", EnumSet.allOf(RegisterFacts.Kind.class)).asked()).isEmpty();
    }

    @Test
    void liftingOnlyACoverLeavesThePersonProtectedAndLiftingNothingIsHarmless() {
        registers.protect(flag(PERSON, "POLITIE", Optional.empty(), T0));
        registers.protect(flag(ADDRESS, "POLITIE", Optional.of(PERSON), T0));

        registers.lift(ADDRESS, "eenheid-bb", T1);
        registers.lift("never-flagged", "eenheid-bb", T1);

        assertThat(registers.protectedEntities()).containsExactly(PERSON);
    }

    @Test
    void aLiftedEntityCanBeFlaggedAgainAndTheLiftedFlagStaysAsHistory() {
        registers.protect(flag(PERSON, "POLITIE", Optional.empty(), T0));
        registers.lift(PERSON, "eenheid-bb", T1);
        ProtectionFlag again = flag(PERSON, "OM", Optional.empty(), T2);

        registers.protect(again);

        assertThat(registers.protectionOf(PERSON)).contains(again);
        assertThat(rows("protection_flags")).isEqualTo(2);
        assertThat(rows("protection_flags WHERE lifted_by = ? AND lifted_at IS NOT NULL", "eenheid-bb")).isEqualTo(1);
    }

    @Test
    void flagsOwnedByListsOnlyTheActiveFlagsOfThatOrganisation() {
        ProtectionFlag person = flag(PERSON, "POLITIE", Optional.empty(), T0);
        ProtectionFlag address = flag(ADDRESS, "POLITIE", Optional.of(PERSON), T1);
        registers.protect(address);
        registers.protect(person);
        registers.protect(flag(VEHICLE, "POLITIE", Optional.empty(), T0));
        registers.protect(flag("om.P1", "OM", Optional.empty(), T0));
        registers.lift(VEHICLE, "x", T1);

        assertThat(registers.flagsOwnedBy("POLITIE")).containsExactly(person, address);
        assertThat(registers.flagsOwnedBy("OM")).extracting(ProtectionFlag::entityId).containsExactly("om.P1");
        assertThat(registers.flagsOwnedBy("FIOD")).isEmpty();
    }

    @Test
    void twoProcessesFlaggingTheSameEntityAtOnceLeaveOneActiveFlag() throws Exception {
        for (int round = 0; round < 10; round++) {
            String entity = "race.P" + round;
            List<Boolean> ignored = race(() -> {
                registers.protect(flag(entity, "POLITIE", Optional.empty(), T0));
                return true;
            }, () -> {
                registers.protect(flag(entity, "OM", Optional.empty(), T1));
                return true;
            });

            assertThat(ignored).containsOnly(true);
            assertThat(rows("protection_flags WHERE entity_id = ?", entity)).as("round %d", round).isEqualTo(1);
        }
    }

    /**
     * The registers as the decision point uses them: with the same entries as the in-memory registers of the
     * policy world, every policy-filtered read comes out the same (which covers every statement's outcome),
     * and so does decide() on one statement per entity: the registers answer per entity and organisation,
     * and asking them per statement would only multiply the round trips.
     */
    @Test
    void theDecisionPointDecidesWithTheStoredRegistersAsWithTheInMemoryOnes() {
        List<Statement> world = PolicyWorld.statements();
        store.beginRun(run("policy-world", PolicyWorld.POLITIE));
        store.commitBatch(batch("policy-world", 1, T0), world, List.of());
        InMemoryRegisters memory = PolicyWorld.registers();
        fillLikePolicyWorld(registers);
        PolicyDecisionPoint expected = new PolicyDecisionPoint(PolicyWorld.catalogue(), memory, memory, memory);
        PolicyDecisionPoint actual = new PolicyDecisionPoint(PolicyWorld.catalogue(), registers, registers, registers);
        List<String> ids = world.stream().map(Statement::entityId).distinct().toList();
        Map<String, Statement> onePerEntity = new LinkedHashMap<>();
        world.stream().filter(s -> !s.property().equals(Statement.ID_PROPERTY))
                .forEach(s -> onePerEntity.putIfAbsent(s.entityId(), s));
        int decisions = 0;

        for (User user : PolicyWorld.catalogue().users()) {
            for (String purpose : PolicyWorld.catalogue().purposesOf(user)) {
                AccessContext e = expected.open(user.id(), user.organisation(), purpose, "t", PolicyWorld.JUNE_2025);
                AccessContext a = actual.open(user.id(), user.organisation(), purpose, "t", PolicyWorld.JUNE_2025);
                for (Statement s : onePerEntity.values()) {
                    assertThat(actual.decide(a, s)).as("%s/%s on %s", user.id(), purpose, s).isEqualTo(expected.decide(e, s));
                    decisions++;
                }
                assertThat(store.policyFilteredReads().visibleStatementsOf(actual.allowedSlices(a),
                        EntityChecks.of(actual, a, registers), ids))
                        .isEqualTo(store.policyFilteredReads().visibleStatementsOf(expected.allowedSlices(e),
                                EntityChecks.of(expected, e, memory), ids));
            }
        }
        assertThat(decisions).isGreaterThan(200);
        assertThat(registers.jointCaseEntities("RIEC_RR"))
                .containsExactlyInAnyOrder(PolicyWorld.id(PolicyWorld.POLITIE, "P1"), PolicyWorld.id(PolicyWorld.POLITIE, "C1"));
        assertThat(registers.protectedEntities())
                .containsExactlyInAnyOrder(PolicyWorld.id(PolicyWorld.POLITIE, "P5"), PolicyWorld.id(PolicyWorld.GEMEENTE, "G2"));
    }

    /** The entries of {@link PolicyWorld#registers()}, one joint case per (organisation) pair listed there. */
    private static void fillLikePolicyWorld(PolicyRegisters r) {
        r.openCase(new JointCase("riec", "RIEC", Set.of("RIEC_RR"), "a", T0));
        r.openCase(new JointCase("gemeente", "Gemeente", Set.of("GEMEENTE_ROTTERDAM"), "a", T0));
        r.openCase(new JointCase("om", "OM", Set.of("OM"), "a", T0));
        r.addToCase("riec", PolicyWorld.id(PolicyWorld.POLITIE, "P1"), "a", T0);
        r.addToCase("riec", PolicyWorld.id(PolicyWorld.POLITIE, "C1"), "a", T0);
        r.addToCase("gemeente", PolicyWorld.id(PolicyWorld.POLITIE, "P1"), "a", T0);
        r.addToCase("om", PolicyWorld.id(PolicyWorld.POLITIE, "V1"), "a", T0);
        r.confirmHit(PolicyWorld.id(PolicyWorld.FIOD, "F1"), "POLITIE", "a", T0);
        r.confirmHit(PolicyWorld.id(PolicyWorld.FIOD, "F2"), "KMAR", "a", T0);
        r.confirmHit(PolicyWorld.id(PolicyWorld.FIU, "T1"), "POLITIE", "a", T0);
        r.confirmHit(PolicyWorld.id(PolicyWorld.FIU, "B1"), "FIOD", "a", T0);
        r.protect(flag(PolicyWorld.id(PolicyWorld.POLITIE, "P5"), "POLITIE", Optional.empty(), T0));
        r.protect(flag(PolicyWorld.id(PolicyWorld.GEMEENTE, "G2"), "GEMEENTE_ROTTERDAM", Optional.empty(), T0));
    }

    // ---- protection alerts -------------------------------------------------------------------------------

    @Test
    void alertsAreListedForTheirOwnerOnlyNewestFirst() {
        ProtectionAlert older = alert("a1", "POLITIE", T0);
        ProtectionAlert newer = alert("a2", "POLITIE", T1);
        ProtectionAlert ofOm = alert("a3", "OM", T2);
        alerts.raise(older);
        alerts.raise(ofOm);
        alerts.raise(newer);

        assertThat(alerts.forOwner("POLITIE", false)).containsExactly(newer, older);
        assertThat(alerts.forOwner("OM", true)).containsExactly(ofOm);
        assertThat(alerts.forOwner("FIOD", true)).isEmpty();
    }

    @Test
    void raisingTheSameAlertTwiceStoresItOnce() {
        alerts.raise(alert("a1", "POLITIE", T0));
        alerts.raise(alert("a1", "POLITIE", T1));

        assertThat(alerts.forOwner("POLITIE", true)).extracting(ProtectionAlert::at).containsExactly(T0);
    }

    @Test
    void anAlertIsAcknowledgedOnlyByTheOwningOrganisationAndOnlyOnce() {
        alerts.raise(alert("a1", "POLITIE", T0));
        alerts.raise(alert("a2", "POLITIE", T1));

        assertThat(alerts.acknowledge("a1", "OM", "om-medewerker", T1)).as("another organisation").isFalse();
        assertThat(alerts.forOwner("POLITIE", false)).extracting(ProtectionAlert::id).containsExactly("a2", "a1");

        assertThat(alerts.acknowledge("a1", "POLITIE", "eenheid-bb", T2)).isTrue();
        assertThat(alerts.acknowledge("a1", "POLITIE", "someone-else", T2)).as("already acknowledged").isFalse();
        assertThat(alerts.acknowledge("nope", "POLITIE", "eenheid-bb", T2)).as("unknown alert").isFalse();

        assertThat(alerts.forOwner("POLITIE", false)).extracting(ProtectionAlert::id).containsExactly("a2");
        ProtectionAlert acknowledged = alerts.forOwner("POLITIE", true).get(1);
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedBy()).contains("eenheid-bb");
        assertThat(acknowledged.acknowledgedAt()).contains(T2);
    }

    // ---- legal holds -------------------------------------------------------------------------------------

    @Test
    void aPlacedHoldIsActiveUntilLiftedAndStaysListedAfterwards() {
        LegalHold entity = hold("h1", HoldScope.ENTITY, "politie-bvh.P1", T0);
        LegalHold dataset = hold("h2", HoldScope.DATASET, "fiod-onderzoek", T1);
        holds.place(dataset);
        holds.place(entity);

        assertThat(holds.activeHolds()).containsExactly(entity, dataset);

        assertThat(holds.lift("h1", "privacy-officer", T2)).isTrue();
        assertThat(holds.lift("h1", "privacy-officer", T2)).as("already lifted").isFalse();
        assertThat(holds.lift("nope", "privacy-officer", T2)).as("unknown").isFalse();

        assertThat(holds.activeHolds()).containsExactly(dataset);
        assertThat(holds.allHolds()).containsExactly(
                new LegalHold("h1", HoldScope.ENTITY, "politie-bvh.P1", "bezwaarprocedure", "jurist", "POLITIE", T0,
                        Optional.of("privacy-officer"), Optional.of(T2)),
                dataset);
    }

    @Test
    void placingAHoldTwiceChangesNothing() {
        holds.place(hold("h1", HoldScope.ENTITY, "politie-bvh.P1", T0));
        holds.place(hold("h1", HoldScope.DATASET, "something-else", T1));

        assertThat(holds.allHolds()).containsExactly(hold("h1", HoldScope.ENTITY, "politie-bvh.P1", T0));
    }

    // ---- export requests ---------------------------------------------------------------------------------

    @Test
    void aSavedRequestIsFoundWithItsEntitiesInOrderAndItsForeignPartners() {
        ExportRequest request = export("x1", "POLITIE", T0, List.of("e3", "e1", "e2"), Set.of("FIOD", "FIU"));
        ExportRequest own = new ExportRequest("x2", "analist", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", ExportFormat.CSV,
                List.of("e1"), "eigen gegevens", Set.of(), ExportStatus.APPROVED, T1, Optional.empty(), Optional.empty(),
                Optional.empty());

        exports.save(request);
        exports.save(own);

        assertThat(exports.find("x1")).contains(request);
        assertThat(exports.find("x2")).contains(own);
        assertThat(exports.find("nope")).isEmpty();
    }

    @Test
    void requestsOfAnOrganisationAreListedNewestFirst() {
        ExportRequest older = export("x1", "POLITIE", T0, List.of("e1"), Set.of("FIOD"));
        ExportRequest newer = export("x2", "POLITIE", T1, List.of("e2", "e1"), Set.of());
        ExportRequest ofOm = export("x3", "OM", T2, List.of("e1"), Set.of("POLITIE"));
        exports.save(older);
        exports.save(ofOm);
        exports.save(newer);

        assertThat(exports.ofOrganisation("POLITIE")).containsExactly(newer, older);
        assertThat(exports.ofOrganisation("OM")).containsExactly(ofOm);
        assertThat(exports.ofOrganisation("FIOD")).isEmpty();
    }

    @Test
    void aPendingRequestIsDecidedOnceAndSavingItAgainDoesNotUndoTheDecision() {
        ExportRequest request = export("x1", "POLITIE", T0, List.of("e1"), Set.of("FIOD"));
        exports.save(request);
        ExportRequest approved = request.decided(ExportStatus.APPROVED, "collega", T1, "akkoord");

        assertThat(exports.decide(approved)).isTrue();
        assertThat(exports.decide(request.decided(ExportStatus.REJECTED, "ander", T2, "nee"))).isFalse();
        exports.save(request);

        assertThat(exports.find("x1")).contains(approved);
        assertThat(exports.decide(export("nope", "POLITIE", T0, List.of("e1"), Set.of())
                .decided(ExportStatus.APPROVED, "collega", T1, "akkoord"))).as("unknown request").isFalse();
    }

    @Test
    void aDecisionThatLeavesTheRequestPendingIsRefused() {
        ExportRequest request = export("x1", "POLITIE", T0, List.of("e1"), Set.of("FIOD"));
        exports.save(request);

        assertThatThrownBy(() -> exports.decide(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PENDING_APPROVAL");
        assertThat(exports.find("x1")).contains(request);
    }

    @Test
    void ofTwoApproversRacingOnTheSameRequestExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            ExportRequest request = export("race-" + round, "POLITIE", T0, List.of("e1"), Set.of("FIOD"));
            exports.save(request);
            ExportRequest approve = request.decided(ExportStatus.APPROVED, "collega-a", T1, "akkoord");
            ExportRequest reject = request.decided(ExportStatus.REJECTED, "collega-b", T1, "niet nodig");

            List<Boolean> won = race(() -> exports.decide(approve), () -> exports.decide(reject));

            assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(exports.find(request.id())).contains(won.get(0) ? approve : reject);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** Runs both at once (released together by a barrier) and returns their answers in argument order. */
    private static <T> List<T> race(Supplier<T> first, Supplier<T> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.get();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows of a table, behind the interfaces' backs: what idempotency and history leave in the database. */
    private long rows(String tableAndCondition, String... parameters) {
        try (Connection c = store.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT COUNT(*) FROM " + tableAndCondition)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- write authorisation: four-eyes lifts, alerts per unit, cross-owner judgements (V8) ---------------

    @Test
    void aLiftRequestIsKeptOncePerActiveFlagAndGoesWithTheLift() {
        registers.protect(flag(PERSON, "POLITIE", Optional.empty(), T0));
        LiftRequest first = new LiftRequest(PERSON, "analist-politie", T1, "dreiging voorbij");

        assertThat(registers.requestLift(first)).isTrue();
        assertThat(registers.requestLift(new LiftRequest(PERSON, "ander", T2, "nogmaals"))).as("one open request").isTrue();
        assertThat(registers.liftRequestOf(PERSON)).contains(first);
        assertThat(registers.requestLift(new LiftRequest(ADDRESS, "x", T1, "geen vlag"))).as("no active flag").isFalse();
        assertThat(registers.protectionOf(PERSON)).map(ProtectionFlag::purpose).contains("STRAFRECHTELIJK_ONDERZOEK");

        registers.lift(PERSON, "teamleider-rio", T2);

        assertThat(registers.liftRequestOf(PERSON)).isEmpty();
        assertThat(rows("protection_lift_requests")).isZero();
        assertThat(rows("protection_flags WHERE lifted_by = ?", "teamleider-rio")).isEqualTo(1);
    }

    @Test
    void alertsOfAnOwningUnitAreThatUnitsOnly() {
        ProtectionAlert mine = alert("a1", "POLITIE", T0);
        ProtectionAlert otherUnit = new ProtectionAlert("a2", PERSON, "POLITIE", "RIO-RR", AlertTrigger.LOOKUP, "officier-om",
                "OM", "STRAFRECHTELIJK_ONDERZOEK", "trace-a2", T1, Optional.empty(), Optional.empty());
        alerts.raise(mine);
        alerts.raise(otherUnit);

        assertThat(alerts.forOwningUnit("POLITIE", "eenheid-bewaken-beveiligen", true)).containsExactly(mine);
        assertThat(alerts.forOwningUnit("POLITIE", "RIO-RR", false)).containsExactly(otherUnit);
        assertThat(alerts.forOwningUnit("OM", "RIO-RR", true)).isEmpty();
    }

    @Test
    void aPendingJudgementWaitsForEachOwnerAndIsClosedOnce() {
        PendingJudgements pending = store.pendingJudgements();
        Judgement judgement = Judgement.of("politie-bvh.P1", "politie-bvh.P2", Verdict.MATCH, "bibob-medewerker", true, T0,
                Double.NaN, Optional.of("zelfde persoon"));
        Map<String, Optional<PendingJudgement.Answer>> owners = new LinkedHashMap<>();
        owners.put("POLITIE", Optional.empty());
        owners.put("FIOD", Optional.empty());
        pending.propose(new PendingJudgement("pj1", judgement, "GEMEENTE_ROTTERDAM", owners, PendingJudgement.Status.PENDING));

        assertThat(pending.awaiting("POLITIE")).extracting(PendingJudgement::id).containsExactly("pj1");
        assertThat(pending.awaiting("GEMEENTE_ROTTERDAM")).isEmpty();
        assertThat(pending.proposedBy("GEMEENTE_ROTTERDAM")).singleElement()
                .satisfies(p -> assertThat(p.judgement()).isEqualTo(judgement));

        assertThat(pending.answer("pj1", "POLITIE", true, "rechercheur-politie", T1)).isTrue();
        assertThat(pending.answer("pj1", "POLITIE", false, "analist-politie", T1)).as("answered already").isFalse();
        assertThat(pending.answer("pj1", "OM", true, "officier-om", T1)).as("not an owner").isFalse();
        PendingJudgement half = pending.find("pj1").orElseThrow();
        assertThat(half.awaiting()).containsExactly("FIOD");
        assertThat(half.everyoneConsented()).isFalse();
        assertThat(pending.awaiting("POLITIE")).isEmpty();

        assertThat(pending.answer("pj1", "FIOD", true, "rechercheur-fiod", T2)).isTrue();
        assertThat(pending.find("pj1").orElseThrow().everyoneConsented()).isTrue();
        assertThat(pending.close("pj1", PendingJudgement.Status.APPLIED)).isTrue();
        assertThat(pending.close("pj1", PendingJudgement.Status.REFUSED)).as("closed once").isFalse();
        assertThat(pending.applied()).extracting(PendingJudgement::id).containsExactly("pj1");
        assertThat(pending.answer("pj1", "FIOD", false, "x", T2)).as("no answers after closing").isFalse();
    }

    static ProtectionFlag flag(String entityId, String owner, Optional<String> coverOf, Instant at) {
        return new ProtectionFlag(entityId, owner, "eenheid-bewaken-beveiligen", "dreiging", "bb-medewerker",
                "STRAFRECHTELIJK_ONDERZOEK", at, coverOf);
    }

    static ProtectionAlert alert(String id, String owner, Instant at) {
        return new ProtectionAlert(id, PERSON, owner, "eenheid-bewaken-beveiligen", AlertTrigger.SEARCH_HIT, "analist-fiod",
                "FIOD", "FISCAAL_ONDERZOEK", "trace-" + id, at, Optional.empty(), Optional.empty());
    }

    static LegalHold hold(String id, HoldScope scope, String target, Instant at) {
        return new LegalHold(id, scope, target, "bezwaarprocedure", "jurist", "POLITIE", at, Optional.empty(), Optional.empty());
    }

    static ExportRequest export(String id, String organisation, Instant at, List<String> entityIds, Set<String> partners) {
        return new ExportRequest(id, "analist", organisation, "STRAFRECHTELIJK_ONDERZOEK", ExportFormat.FTM_JSONL, entityIds,
                "voor het proces-verbaal", partners, ExportStatus.PENDING_APPROVAL, at, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
