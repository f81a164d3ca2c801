package nl.gedeeldbeeld.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.entity.EntityRecord;
import nl.gedeeldbeeld.model.entity.StatementFactory;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.Database;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.search.SearchIndex;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migration V7 on a store written by the first id generation ({@code sourceId.hmacSha1(dataset)}, made here
 * with the test-only copy {@link LegacyEntityIds#namespaced}): after opening, no old id is left anywhere,
 * links, judgements, holds, flags, alerts, exports and the search all name the new ids, a re-import of the
 * same records inserts nothing, and the old → new table answers for the audit.
 */
abstract class AbstractOpaqueIdsMigrationTest {
    static final Instant T0 = Instant.parse("2025-01-10T09:00:00Z");
    static final String POLICE = "politie-bvh";
    static final String FIOD = "fiod-onderzoek";
    private final SchemaRegistry schemas = SchemaRegistry.standard();

    /** A database at schema version 5 (before V7) and the store config that opens it afterwards. */
    protected abstract StoreConfig config() throws Exception;

    protected abstract void dropDatabase() throws Exception;

    private static String old(String dataset, String sourceId) {
        return LegacyEntityIds.namespaced(dataset, sourceId);
    }

    private static Provenance provenance(String dataset, String partner) {
        return new Provenance(dataset, partner, "WPG_ART8", Reliability.parse("B2"), T0, LocalDate.of(2030, 1, 1),
                dataset + "-run#1");
    }

    /**
     * Records as the first generation's StatementFactory wrote them: today's conversion (normalised values,
     * originals), with the entity id and reference values put back to {@code sourceId.hmacSha1(dataset)}.
     */
    private List<Statement> legacy(String dataset, String partner, List<EntityRecord> records) {
        EntityIdScheme scratch = EntityIdScheme.withKey(EntityIdScheme.newKey());
        StatementFactory factory = new StatementFactory(schemas, scratch);
        List<Statement> out = new ArrayList<>();
        for (EntityRecord r : records) {
            String entity = old(dataset, r.sourceId());
            var accepted = (StatementFactory.Conversion.Accepted) factory.convert(r, provenance(dataset, partner), T0);
            for (Statement s : accepted.statements()) {
                String value = s.isIdStatement() ? entity
                        : s.value().equals(scratch.id(dataset, s.originalValue())) ? old(dataset, s.originalValue()) : s.value();
                out.add(new Statement(Statement.makeId(dataset, entity, s.property(), value), entity, s.schema(),
                        s.property(), value, s.originalValue(), s.provenance(), T0, T0));
            }
        }
        return out;
    }

    private List<EntityRecord> records() {
        return List.of(
                new EntityRecord("BVH-2021-0042", "Person", Map.of("name", List.of("Jan Vermeer")), "x"),
                new EntityRecord("adr:3054LM:30", "Address", Map.of("postalCode", List.of("3054 LM")), "x"),
                new EntityRecord("kenteken:12ABC3", "Vehicle", Map.of("registrationNumber", List.of("12-ABC-3")), "x"),
                new EntityRecord("own-1", "Ownership", Map.of("owner", List.of("BVH-2021-0042"),
                        "asset", List.of("kenteken:12ABC3")), "x"));
    }

    @Test
    @DisplayName("migration V7 moves every id to its opaque id and keeps links, registers and the search working")
    void aStoreOfTheFirstIdGenerationIsMigratedWhole() throws Exception {
        StoreConfig config = config();
        try {
            String person = old(POLICE, "BVH-2021-0042");
            String address = old(POLICE, "adr:3054LM:30");
            String vehicle = old(POLICE, "kenteken:12ABC3");
            String fiodPerson = old(FIOD, "f-7");
            writeFirstGeneration(config, person, address, vehicle, fiodPerson);

            try (Storage storage = StoreFactory.open(config)) {
                JdbcStatementStore store = storage.store();
                EntityIdScheme ids = store.entityIds();
                String newPerson = ids.id(POLICE, "BVH-2021-0042");
                String newAddress = ids.id(POLICE, "adr:3054LM:30");
                String newVehicle = ids.id(POLICE, "kenteken:12ABC3");
                String newFiod = ids.id(FIOD, "f-7");
                String newOwnership = ids.id(POLICE, "own-1");

                // no old id is left in the statements; ids and statement ids are what an import makes now
                List<Statement> all;
                try (var stream = store.streamAll()) {
                    all = stream.toList();
                }
                Set<String> oldIds = Set.of(person, address, vehicle, fiodPerson, old(POLICE, "own-1"));
                assertThat(all).hasSize(11).allSatisfy(s -> {
                    assertThat(EntityIdScheme.looksLikeId(s.entityId())).as(s.entityId()).isTrue();
                    assertThat(s.entityId()).doesNotContain("BVH-2021").doesNotContain("3054LM").doesNotContain("12ABC3");
                    assertThat(oldIds).doesNotContain(s.value());
                    assertThat(s.id()).isEqualTo(Statement.makeId(s.provenance().dataset(), s.entityId(), s.property(), s.value()));
                });
                assertThat(store.statementsOf(newPerson)).filteredOn(Statement::isIdStatement)
                        .extracting(Statement::value, Statement::originalValue).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(newPerson, "BVH-2021-0042"));
                assertThat(store.statementsOf(newOwnership)).filteredOn(s -> s.property().equals("owner"))
                        .extracting(Statement::value, Statement::originalValue)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(newPerson, "BVH-2021-0042"));
                assertThat(store.entitiesWithValue(newPerson)).contains(newOwnership);

                // a re-import of the same records under the new ids inserts nothing
                StatementFactory factory = new StatementFactory(schemas, ids);
                List<Statement> again = new ArrayList<>();
                for (EntityRecord r : records()) {
                    again.addAll(((StatementFactory.Conversion.Accepted) factory.convert(r, provenance(POLICE, "POLITIE"), T0))
                            .statements());
                }
                store.beginRun(new ImportRun("rerun", POLICE, "POLITIE", "WPG_ART8", "x.csv", "cd".repeat(32), "{}", T0,
                        ImportRun.Status.RUNNING, 0, 0, 0));
                BatchResult rerun = store.commitBatch(new ImportBatch("rerun", 1, 1, 4, T0.plusSeconds(60)), again, List.of());
                assertThat(rerun.inserted()).isZero();

                // registers name the new ids
                var registers = store.registers();
                assertThat(registers.entitiesOfCase("case-1")).containsExactlyInAnyOrder(newPerson, newVehicle);
                assertThat(registers.hasConfirmedHit(newFiod, "POLITIE")).isTrue();
                assertThat(registers.hasConfirmedHit(ids.id(FIOD, "purged-9"), "POLITIE")).isTrue();
                assertThat(registers.isProtected(newPerson)).isTrue();
                assertThat(registers.protectionOf(newAddress)).get()
                        .extracting(ProtectionFlag::coverOf).isEqualTo(Optional.of(newPerson));
                assertThat(store.protectionAlerts().forOwner("POLITIE", true)).extracting(ProtectionAlert::entityId)
                        .containsExactly(newPerson);
                assertThat(store.legalHolds().activeHolds()).extracting(LegalHold::target)
                        .containsExactlyInAnyOrder(newVehicle, POLICE);
                assertThat(store.exportRequests().find("export-1").orElseThrow().entityIds())
                        .containsExactly(newPerson, newAddress);
                assertThat(store.judgements().all()).singleElement().satisfies(j -> {
                    assertThat(Set.of(j.left(), j.right())).containsExactlyInAnyOrder(newPerson, newFiod);
                    assertThat(j.left()).isLessThan(j.right());
                });

                // the search index was rebuilt under the new ids
                assertThat(storage.index().matchingAmong("Vermeer", Set.of(newPerson, person))).containsExactly(newPerson);

                // the audit's old ids translate both ways
                assertThat(store.idHistory().formerIds(newPerson)).containsExactly(person);
                assertThat(store.idHistory().currentId(address)).isEqualTo(newAddress);
                assertThat(store.idHistory().currentId(newAddress)).isEqualTo(newAddress);

                // nothing in any table still holds an old id
                assertThat(oldIdsLeft(store.dataSource(), List.of(person, address, vehicle, fiodPerson,
                        old(FIOD, "purged-9"), old(POLICE, "own-1")))).isZero();
            }
            // the key stays: reopening gives the same ids, so URLs are stable
            try (Storage again = StoreFactory.open(config)) {
                assertThat(again.store().statementsOf(again.store().entityIds().id(POLICE, "BVH-2021-0042"))).isNotEmpty();
                assertThat(again.index().idGenerationOutdated()).isFalse();
            }
        } finally {
            dropDatabase();
        }
    }

    private void writeFirstGeneration(StoreConfig config, String person, String address, String vehicle, String fiodPerson)
            throws Exception {
        DataSource ds = new DriverManagerDataSource(config.jdbcUrl(), config.user(), config.password());
        Database database = config.database();
        // Every migration before V7 (whatever versions exist below it), as a store written before V7 has them.
        String[] locations = database.migrationLocations().toArray(String[]::new);
        org.flywaydb.core.api.MigrationVersion before = java.util.Arrays.stream(
                        Flyway.configure().dataSource(ds).locations(locations).load().info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast("7"))
                .max(Comparable::compareTo).orElseThrow();
        Flyway.configure().dataSource(ds).locations(locations).target(before).load().migrate();
        // The store class writes statements as given; the scheme passed here is not used for them.
        try (JdbcStatementStore store = new JdbcStatementStore(ds, database, EntityIdScheme.withKey(EntityIdScheme.newKey()),
                () -> { })) {
            List<Statement> statements = new ArrayList<>(legacy(POLICE, "POLITIE", records()));
            statements.addAll(legacy(FIOD, "FIOD", List.of(
                    new EntityRecord("f-7", "Person", Map.of("name", List.of("J. Vermeer")), "x"))));
            assertThat(statements).extracting(Statement::entityId).contains(person, address, vehicle, fiodPerson);
            store.beginRun(new ImportRun("old", POLICE, "POLITIE", "WPG_ART8", "x.csv", "ab".repeat(32), "{}", T0,
                    ImportRun.Status.RUNNING, 0, 0, 0));
            // Written below the store's batch commit, which also fills tables of later migrations (the index
            // backlog); a store before V7 had statements and its ledger, nothing else.
            try (Connection c = ds.getConnection()) {
                new BatchedStatementWriter(false).write(c, statements);
            }

            JdbcPolicyRegisters registers = new JdbcPolicyRegisters(ds);
            registers.openCase(new JointCase("case-1", "Waalhaven", Set.of("POLITIE", "RIEC_RR"), "rechercheur", T0));
            registers.addToCase("case-1", person, "rechercheur", T0);
            registers.addToCase("case-1", vehicle, "rechercheur", T0);
            registers.confirmHit(fiodPerson, "POLITIE", "rechercheur", T0);
            // a register row whose entity's statements were purged: recognised by trying the known datasets
            registers.confirmHit(old(FIOD, "purged-9"), "POLITIE", "rechercheur", T0);
            // Flags and holds in the columns they had before V7 (later migrations added some).
            insertFlag(ds, person, "bedreigd", null);
            insertFlag(ds, address, "woonadres", person);
            new JdbcProtectionAlerts(ds).raise(new ProtectionAlert("alert-1", person, "POLITIE", "BB", AlertTrigger.LOOKUP,
                    "riec-adviseur", "RIEC_RR", "RIEC_CASUS", "trace-1", T0, Optional.empty(), Optional.empty()));
            insertHold(ds, "hold-1", HoldScope.ENTITY, vehicle, "beslag");
            insertHold(ds, "hold-2", HoldScope.DATASET, POLICE, "onderzoek");
            new JdbcExportRequests(ds).save(new ExportRequest("export-1", "rechercheur", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK",
                    ExportFormat.values()[0], List.of(person, address), "dossier", Set.of(), ExportStatus.APPROVED, T0,
                    Optional.empty(), Optional.empty(), Optional.empty()));
            new JdbcJudgementLedger(ds).append(List.of(Judgement.of(person, fiodPerson, Verdict.MATCH, "rechercheur", true, T0,
                    Double.NaN, Optional.of("zelfde persoon"))));

            // an index of the first generation, as a store before V7 had it
            try (SearchIndex index = SearchIndex.open(config.indexDirectory(), schemas)) {
                index.rebuild(store);
                assertThat(index.matchingAmong("Vermeer", Set.of(person))).containsExactly(person);
            }
        }
    }

    private static void insertFlag(DataSource ds, String entityId, String reason, String coverOf) throws Exception {
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO protection_flags (entity_id,"
                + " active_entity_id, owner_organisation, owner_unit, reason, flagged_by, flagged_at, cover_of)"
                + " VALUES (?, ?, 'POLITIE', 'BB', ?, 'bb-er', ?, ?)")) {
            ps.setString(1, entityId);
            ps.setString(2, entityId);
            ps.setString(3, reason);
            ps.setObject(4, StatementRows.timestamp(T0));
            ps.setString(5, coverOf);
            ps.executeUpdate();
        }
    }

    private static void insertHold(DataSource ds, String id, HoldScope scope, String target, String reason) throws Exception {
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO legal_holds (hold_id, hold_scope,"
                + " target, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, 'officier', ?)")) {
            ps.setString(1, id);
            ps.setString(2, scope.name());
            ps.setString(3, target);
            ps.setString(4, reason);
            ps.setObject(5, StatementRows.timestamp(T0));
            ps.executeUpdate();
        }
    }

    private static long oldIdsLeft(DataSource ds, List<String> oldIds) throws Exception {
        String[][] columns = {{"statements", "entity_id"}, {"statements", "\"value\""}, {"joint_case_entities", "entity_id"},
                {"confirmed_hits", "entity_id"}, {"protection_flags", "entity_id"}, {"protection_flags", "cover_of"},
                {"protection_alerts", "entity_id"}, {"legal_holds", "target"}, {"export_request_entities", "entity_id"},
                {"resolution_judgements", "left_id"}, {"resolution_judgements", "right_id"}};
        long left = 0;
        try (Connection c = ds.getConnection()) {
            for (String[] tc : columns) {
                for (String id : oldIds) {
                    try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + tc[0] + " WHERE " + tc[1] + " = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            left += rs.getLong(1);
                        }
                    }
                }
            }
        }
        return left;
    }
}
