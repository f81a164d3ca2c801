package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gedeeldbeeld.analytics.network.Paths;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.analytics.view.LinkEvidence;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.ingest.ImportReport;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.Neighbour;
import nl.gedeeldbeeld.store.search.SearchFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, findings 1 and 2, on the small synthetic world: no id that leaves the platform (search hits,
 * neighbours, network nodes, paths, exports, the audit) shows a source key or any postcode, house number,
 * plate, IBAN, KvK or BVH value of the world, and no id can be computed without the store's key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpaqueEntityIdsTest {
    private SyntheticWorld world;
    /** Every source key and identifying value of the world, as the platform (not any caller) knows them. */
    private Set<String> secrets;
    private Set<String> sourceKeys;

    @BeforeAll
    void open() {
        world = SyntheticWorld.open();
        secrets = new HashSet<>();
        sourceKeys = new HashSet<>();
        Set<String> identifying = Set.of("postalCode", "houseNumber", "registrationNumber", "iban", "kvkNumber",
                "accountNumber", "idNumber", "passportNumber", "number");
        try (Stream<Statement> all = world.storage.store().streamAll()) {
            all.forEach(s -> {
                if (s.isIdStatement()) {
                    sourceKeys.add(s.originalValue());
                    secrets.add(s.originalValue());
                } else if (identifying.contains(s.property())) {
                    secrets.add(s.value());
                    secrets.add(s.originalValue());
                }
            });
        }
        assertThat(sourceKeys).as("the world has source keys with postcodes, plates and BVH numbers")
                .anyMatch(k -> k.startsWith("adr:") || k.contains("BVH") || k.startsWith("kenteken:"));
    }

    @AfterAll
    void close() {
        world.close();
    }

    /**
     * An id is clean when it has the opaque shape (lower-case base32 after "gb-", so it cannot hold an
     * upper-case postcode, plate, IBAN or BVH number) and contains none of the world's values long enough
     * not to occur in 32 random base32 characters by chance.
     */
    private void assertClean(String where, Iterable<String> ids) {
        int seen = 0;
        for (String id : ids) {
            seen++;
            assertThat(EntityIdScheme.looksLikeId(id)).as(where + ": " + id).isTrue();
            // every substring of 8 characters or more, looked up among the world's values
            for (int from = 0; from < id.length(); from++) {
                for (int to = from + 8; to <= id.length(); to++) {
                    String part = id.substring(from, to);
                    if (secrets.contains(part)) {
                        assertThat(part).as(where + ": " + id + " holds a value of the world").isNull();
                    }
                }
            }
        }
        assertThat(seen).as(where + " returned ids to check").isPositive();
    }

    @Test
    @DisplayName("finding 1: no id in search hits or neighbours shows a source key or a value (RIEC, THEMATISCHE_ANALYSE)")
    void finding1SearchHitsAndNeighboursCarryNoSourceKeys() {
        AccessContext riec = world.as("riec-adviseur", "THEMATISCHE_ANALYSE");
        List<String> hitIds = new ArrayList<>();
        for (String text : List.of("", "rotterdam", "b.v.", "de")) {
            for (FoundEntity hit : world.access.entities().search(riec, text, Set.of(), SearchFilter.unrestricted(), 0, 1000).hits()) {
                hitIds.add(hit.entityId());
            }
        }
        assertClean("search hits", hitIds);

        // The RIEC sees no links for a thematic analysis; a police investigator sees the port's and its own.
        List<String> neighbourIds = new ArrayList<>();
        for (AccessContext viewer : List.of(riec, world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"))) {
            List<String> found = world.access.entities().search(viewer, "", Set.of("Person"), SearchFilter.unrestricted(), 0, 200)
                    .hits().stream().map(FoundEntity::entityId).toList();
            for (String id : found) {
                for (Neighbour n : world.access.entities().neighbours(viewer, id).neighbours()) {
                    neighbourIds.add(n.entityId());
                    neighbourIds.add(n.viaEntityId());
                }
            }
        }
        assertClean("neighbours", neighbourIds);
    }

    @Test
    @DisplayName("finding 1: another partner's source keys never leave with its statements (profiles, exports, analytics)")
    void finding1SourceKeysLeaveOnlyToTheirSupplier() {
        AccessContext riec = world.as("riec-adviseur", "THEMATISCHE_ANALYSE");
        List<String> hitIds = world.access.entities().search(riec, "", Set.of(), SearchFilter.unrestricted(), 0, 1000)
                .hits().stream().map(FoundEntity::entityId).toList();
        var visible = world.access.entities().statements(riec, hitIds, "test");
        List<Statement> foreign = visible.statements().values().stream().flatMap(List::stream)
                .filter(s -> !s.provenance().partner().equals("RIEC_RR")).toList();
        assertThat(foreign).isNotEmpty();
        assertThat(foreign).allSatisfy(s -> assertThat(sourceKeys).as(s.property()).doesNotContain(s.originalValue()));

        // An export by the police of a port pass holder: the port's source keys stay out of the file.
        AccessContext police = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        List<String> holders = world.identities().stream().filter(r -> r[0].equals("havenbedrijf-rotterdam") && r[3].equals("Person"))
                .map(r -> world.storage.store().entityIds().id(r[0], r[1])).distinct().limit(5).toList();
        var request = world.access.exports().request(police, holders, ExportFormat.CSV, "proces-verbaal zaak 13");
        world.access.exports().approve(world.as("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK"), request.id(), "akkoord");
        String csv = new String(world.access.exports().download(police, request.id()).content(), StandardCharsets.UTF_8);
        Set<String> portKeys = new HashSet<>();
        world.identities().stream().filter(r -> r[0].equals("havenbedrijf-rotterdam")).forEach(r -> portKeys.add(r[1]));
        assertThat(csv.lines().skip(1).toList()).isNotEmpty().allSatisfy(line -> {
            String entityId = line.split(",", -1)[1].replace("\"", "");
            assertThat(EntityIdScheme.looksLikeId(entityId)).as(entityId).isTrue();
            for (String key : portKeys) {
                assertThat(line.replace("\"", "").split(",", -1)).as(line).doesNotContain(key);
            }
        });
    }

    @Test
    @DisplayName("finding 1: no network node, evidence or path id shows a source key or a value")
    void finding1NetworkNodesAndPathsCarryNoSourceKeys() {
        // The viewer whose network view is widest in the small world: the police's port units and their own.
        AccessContext police = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        NetworkViews views = new NetworkViews(new VisibleEntities(world.access, world.storage.store(), SchemaRegistry.standard()),
                world.storage.store().judgements());
        GraphView view = views.view(police, GraphViewRequest.everything());
        Set<String> ids = new LinkedHashSet<>();
        for (ViewNode node : view.nodes()) {
            ids.add(node.id());
            ids.addAll(node.members());
        }
        for (List<LinkEvidence> list : view.evidence()) {
            for (LinkEvidence e : list) {
                ids.add(e.from());
                ids.add(e.to());
                if (!e.via().startsWith("phone:")) { // a shared phone number the viewer may see is named by its value
                    ids.add(e.via());
                }
            }
        }
        assertClean("network nodes and evidence", ids);

        List<String> pathIds = new ArrayList<>();
        Paths paths = new Paths(view.graph());
        for (int e = 0; e < Math.min(20, view.graph().edgeCount()); e++) {
            int a = view.graph().edgeSource(e);
            for (int f = e + 1; f < Math.min(20, view.graph().edgeCount()); f++) {
                for (List<Integer> path : paths.simple(a, view.graph().edgeTarget(f), 4, 5).paths()) {
                    path.forEach(n -> pathIds.add(view.node(n).id()));
                }
            }
        }
        assertClean("paths", pathIds);
    }

    @Test
    @DisplayName("finding 1: the audit names entities by opaque ids only")
    void finding1TheAuditHoldsNoSourceKeys() {
        AccessContext riec = world.as("riec-adviseur", "THEMATISCHE_ANALYSE");
        List<String> hits = world.access.entities().search(riec, "", Set.of(), SearchFilter.unrestricted(), 0, 50).hits()
                .stream().map(FoundEntity::entityId).toList();
        hits.forEach(id -> world.access.entities().profile(riec, id));
        world.access.entities().bySourceId(riec, "politie-bvh", sourceKeys.iterator().next());
        world.audit.flush();
        List<String> objectIds = new ArrayList<>();
        for (AuditEvent e : world.audit.read(1, world.audit.lastSequence())) {
            if (e.record().action() == AuditAction.READ) {
                for (String id : e.record().objectIds()) {
                    // a large view is audited as a reference to its id set: check the ids the set holds
                    objectIds.addAll(nl.gedeeldbeeld.policy.audit.AuditIdSets.isReference(id)
                            ? world.audit.idSet(id).orElseThrow() : List.of(id));
                }
            }
        }
        assertClean("audit READ events", objectIds);
        String log = world.audit.read(1, world.audit.lastSequence()).toString();
        for (String key : sourceKeys) {
            if (key.length() >= 8) {
                assertThat(log).doesNotContain(key);
            }
        }
    }

    @Test
    @DisplayName("finding 2: the source-id lookup answers only the supplier, within what it may see, and like a miss otherwise")
    void finding2TheLookupAnswersOnlyWithinWhatTheCallerMaySee() {
        String[] policeRecord = world.identities().stream().filter(r -> r[0].equals("politie-bvh") && r[3].equals("Person"))
                .findFirst().orElseThrow();
        String id = world.storage.store().entityIds().id(policeRecord[0], policeRecord[1]);
        AccessContext police = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(world.access.entities().bySourceId(police, "politie-bvh", policeRecord[1]))
                .get().extracting(p -> p.view().id()).isEqualTo(id);
        assertThat(world.access.entities().bySourceId(police, "politie-bvh", policeRecord[1] + "-nope")).isEmpty();
        // the source key stays a statement the supplier sees: the original of its id statement
        assertThat(world.access.entities().statements(police, List.of(id), "test").statementsOf(id))
                .filteredOn(Statement::isIdStatement).extracting(Statement::originalValue).contains(policeRecord[1]);

        // The FIOD may see police persons for an investigation, yet not use police source keys to find them.
        AccessContext fiod = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        AccessContext riec = world.as("riec-adviseur", "THEMATISCHE_ANALYSE");
        for (AccessContext other : List.of(fiod, riec)) {
            assertThat(world.access.entities().bySourceId(other, "politie-bvh", policeRecord[1])).as(other.user().id()).isEmpty();
        }
    }

    @Test
    @DisplayName("finding 2: two stores with different keys give the same record different ids; re-import is idempotent")
    void finding2IdsDependOnTheStoresKeyAndReimportInsertsNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("fiod.ftm.json"), String.join("\n",
                "{\"id\":\"NL91ABNA0417164300\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164300\"]}}",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan Jansen\"]}}",
                "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"NL91ABNA0417164300\"]}}", ""));
        List<String> ids = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            try (Storage storage = StoreFactory.open(StoreConfig.embedded(dir.resolve(name)))) {
                Importer importer = new Importer(storage.importTarget());
                importer.importAll(ImportRequest.builder("fiod", "FIOD", "WPG_ART8").file(file).build(), ProgressListener.NONE);
                String id = storage.store().entityIds().id("fiod", "NL91ABNA0417164300");
                assertThat(storage.store().statementsOf(id)).isNotEmpty();
                ids.add(id);
                // the same records again, in a file with other bytes (a new import run): nothing new
                Path again = Files.writeString(dir.resolve(name + "-again.ftm.json"), Files.readString(file) + "\n");
                List<ImportReport> reports = importer.importAll(ImportRequest.builder("fiod", "FIOD", "WPG_ART8").file(again).build(),
                        ProgressListener.NONE);
                assertThat(reports).singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
                    assertThat(r.statementsInserted()).isZero();
                    assertThat(r.statementsRefreshed()).isPositive();
                });
            }
        }
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1)).doesNotContain("NL91");
        // The key stays with the store: opened again, it gives the same id (URLs stay stable).
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(dir.resolve("a")))) {
            assertThat(storage.store().entityIds().id("fiod", "NL91ABNA0417164300")).isEqualTo(ids.get(0));
        }
    }
}
