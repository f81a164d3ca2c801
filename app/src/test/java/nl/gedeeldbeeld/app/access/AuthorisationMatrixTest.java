package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.store.access.EntityProfile;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.Neighbour;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * The authorisation matrix, generated from the demo catalogue: every user (so every role) × every purpose
 * their roles grant × every read path (profile, search hit, search count, neighbours, export) over a
 * synthetic world holding data of every (provider, regime) pair the agreements name, with joint cases,
 * confirmed hits, a protected person and informant data (Wpg art. 12) in it. For every path the answer is
 * compared with {@code PolicyDecisionPoint.decide()} on the raw statements: nothing denied arrives, and
 * what is allowed does. The API path is covered by {@code nl.gedeeldbeeld.app.web.ApiAuthorisationTest}.
 */
class AuthorisationMatrixTest {
    private static final int PER_DATASET_AND_SCHEMA = 3;
    private static SyntheticWorld world;
    private static Map<String, List<Statement>> all;
    private static List<String> sample;
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();
    /** What the matrix actually exercised, so it cannot pass by checking only empty answers. */
    private static final Set<String> COVERED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void setUp() throws IOException {
        world = SyntheticWorld.open();
        Path informants = Files.writeString(world.dir.resolve("informanten.ftm.json"), String.join("\n",
                "{\"id\":\"inf-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Karel Tipgever\"],\"birthDate\":[\"1975-02-03\"]}}",
                "{\"id\":\"inf-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Mila Bron\"],\"phone\":[\"+31612345678\"]}}", ""));
        new Importer(world.storage.importTarget()).importAll(ImportRequest.builder("politie-informanten", "POLITIE", "WPG_ART12")
                .file(informants).reliability("B2").build(), ProgressListener.NONE);
        // Open sources (issue 13): the platform's feed, visible to everyone under the agreement open-bronnen.
        Path openSources = Files.writeString(world.dir.resolve("sanctielijst.ftm.json"), String.join("\n",
                "{\"id\":\"os-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Dragomir Velkov\"],\"birthDate\":[\"1966-05-04\"]}}",
                "{\"id\":\"os-2\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"os-1\"],\"program\":[\"EU (test)\"]}}", ""));
        new Importer(world.storage.importTarget()).importAll(ImportRequest.builder("open-sanctielijst", "OPEN_BRONNEN", "OPEN_SOURCE")
                .file(openSources).reliability("B2").build(), ProgressListener.NONE);

        all = new LinkedHashMap<>();
        try (Stream<Statement> statements = world.storage.store().streamAll()) {
            statements.forEach(s -> all.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s));
        }
        Map<String, List<String>> byDatasetAndSchema = new LinkedHashMap<>();
        all.forEach((id, statements) -> byDatasetAndSchema.computeIfAbsent(statements.get(0).provenance().dataset() + "/"
                + statements.get(0).schema(), k -> new ArrayList<>()).add(id));
        sample = new ArrayList<>();
        byDatasetAndSchema.values().forEach(ids -> sample.addAll(ids.subList(0, Math.min(PER_DATASET_AND_SCHEMA, ids.size()))));

        // Registers: a joint case with police, FIU and informant entities; hits; one protected police person.
        var riec = world.as("riec-adviseur", "RIEC_CASUS");
        var police = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        var fiod = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        var fiu = world.as("fiu-analist", "THEMATISCHE_ANALYSE");
        var jointCase = world.access.sharing().openCase(riec, "Matrix-casus", Set.of("POLITIE", "OM", "GEMEENTE_ROTTERDAM"));
        // Ids are opaque, so their order says nothing of what they are: put persons with a birth date (which the
        // RIEC agreement for the municipality redacts, and an export holds as personal data) first, so the case
        // and the sample hold the kinds the coverage check below expects, whatever the id key.
        List<String> policeIds = new ArrayList<>(ids("politie-bvh"));
        policeIds.sort(java.util.Comparator.comparing((String id) -> all.get(id).stream()
                .noneMatch(st -> st.property().equals("birthDate"))));
        for (String id : policeIds.subList(0, 6)) {
            world.access.sharing().addToCase(police, jointCase.id(), id);
        }
        world.access.sharing().addToCase(police, jointCase.id(), world.storage.store().entityIds().id("politie-informanten", "inf-1"));
        for (String id : ids("fiod-onderzoek").subList(0, 3)) {
            world.access.sharing().confirmHit(fiod, id, "POLITIE");
        }
        for (String id : ids("fiu-ongebruikelijke-transacties").subList(0, 3)) {
            world.access.sharing().confirmHit(fiu, id, "POLITIE");
            world.access.sharing().confirmHit(fiu, id, "FIOD");
        }
        String protectedPerson = policeIds.stream().filter(id -> all.get(id).get(0).schema().equals("Person")).findFirst().orElseThrow();
        world.access.protection().protect(police, protectedPerson, "matrix: bedreigde persoon");
        sample.addAll(policeIds.subList(0, 6));
        sample.add(world.storage.store().entityIds().id("politie-informanten", "inf-1"));
        sample.add(world.storage.store().entityIds().id("politie-informanten", "inf-2"));
        sample.addAll(ids("fiod-onderzoek").subList(0, 3));
        sample.addAll(ids("fiu-ongebruikelijke-transacties").subList(0, 3));
        sample.add(protectedPerson);
        sample = List.copyOf(new java.util.LinkedHashSet<>(sample));
    }

    @AfterAll
    static void tearDown() {
        world.close();
        assertThat(COVERED).as("cases the matrix exercised").contains(
                "ALLOW AGREEMENT politie-riec-casus v1", "REDACT AGREEMENT politie-riec-casus-gemeente v1",
                "ALLOW AGREEMENT fiod-politie-hit v1", "ALLOW AGREEMENT haven-politie v1",
                "DENY PROHIBITION politie-informanten v1", "DENY PROTECTED_PERSON", "DENY CONDITION_NOT_MET politie-riec-casus v1",
                "DENY NO_AGREEMENT", "DENY PROHIBITION fiu-niet-bestuurlijk v1", "ALLOW AGREEMENT fiu-wwft-opsporing v2",
                "ALLOW AGREEMENT open-bronnen v1",
                "profile:foreign", "profile:redacted", "search:foreign", "neighbours:some",
                "export:pending", "export:downloaded");
    }

    private static List<String> ids(String dataset) {
        return all.entrySet().stream().filter(e -> e.getValue().get(0).provenance().dataset().equals(dataset))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void theWorldHoldsDataOfEveryProviderAndRegimeTheAgreementsName() {
        Set<String> present = all.values().stream().flatMap(List::stream)
                .map(s -> s.provenance().partner() + "/" + s.provenance().regime()).collect(Collectors.toSet());
        all.values().stream().flatMap(List::stream).forEach(s -> present.add("*/" + s.provenance().regime()));
        Set<String> named = new TreeSet<>();
        for (SharingAgreement a : PolicyCatalogue.demo().agreements()) {
            if (a.isForEveryone(SharingAgreement.PROVIDERS)) {
                a.regimes().forEach(r -> named.add("*/" + r)); // 'all' providers: some provider's data will do
            } else {
                a.providers().forEach(p -> a.regimes().forEach(r -> named.add(p + "/" + r)));
            }
        }
        assertThat(present).containsAll(named);
    }

    @TestFactory
    Stream<DynamicTest> everyUserAndPurposeSeesExactlyWhatThePolicyAllowsOnEveryPath() {
        PolicyCatalogue catalogue = world.access.decisions().catalogue();
        List<DynamicTest> tests = new ArrayList<>();
        for (User user : catalogue.users()) {
            for (String purpose : new TreeSet<>(catalogue.purposesOf(user))) {
                tests.add(DynamicTest.dynamicTest(user.id() + " / " + purpose, () -> check(world.as(user.id(), purpose))));
            }
        }
        return tests.stream();
    }

    @Test
    void aPurposeTheRolesDoNotGrantIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> world.as("bibob-medewerker", "STRAFRECHTELIJK_ONDERZOEK"))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** What decide() says of one entity's raw statements. */
    private record Expected(Set<String> allowed, Set<String> redacted, Set<String> allowedValues,
                            Set<String> visibleDatasets) {
        boolean visible() {
            return !allowed.isEmpty() || !redacted.isEmpty();
        }
    }

    private static Expected expected(AccessContext ctx, String id) {
        Set<String> allowed = new HashSet<>();
        Set<String> redacted = new HashSet<>();
        Set<String> values = new HashSet<>();
        Set<String> datasets = new HashSet<>();
        for (Statement s : all.getOrDefault(id, List.of())) {
            Decision d = world.access.decisions().decide(ctx, s);
            if (sample.contains(id)) {
                COVERED.add(d.outcome() + " " + d.rule() + d.agreement().map(a -> " " + a).orElse(""));
            }
            if (d instanceof Decision.Allow) {
                allowed.add(s.id());
                values.add(s.value());
                datasets.add(s.provenance().dataset());
            } else if (d instanceof Decision.Redact) {
                redacted.add(key(s.entityId(), s.schema(), s.property(), s.provenance().dataset()));
                datasets.add(s.provenance().dataset());
            }
        }
        return new Expected(allowed, redacted, values, datasets);
    }

    private static String key(String entity, String schema, String property, String dataset) {
        return entity + "|" + schema + "|" + property + "|" + dataset;
    }

    private static void check(AccessContext ctx) throws IOException {
        Map<String, Expected> expected = new HashMap<>();
        for (String id : all.keySet()) {
            expected.put(id, expected(ctx, id));
        }
        // Search count: a blank search lists exactly the entities of which anything is visible.
        long visible = expected.values().stream().filter(Expected::visible).count();
        SearchPage listing = world.access.entities().search(ctx, "", Set.of(), SearchFilter.unrestricted(), 0, 1);
        assertThat(listing.total()).as("search count").isEqualTo(visible);
        // Search facets: per dataset, the entities with anything visible in it; per schema, every entity once.
        Map<String, Long> perDataset = new TreeMap<>();
        expected.values().forEach(e -> e.visibleDatasets().forEach(d -> perDataset.merge(d, 1L, Long::sum)));
        assertThat(listing.facets().datasets()).as("dataset facets").isEqualTo(perDataset);
        assertThat(listing.facets().schemata().values().stream().mapToLong(Long::longValue).sum())
                .as("schema facets").isEqualTo(visible);

        int exports = 0;
        for (String id : sample) {
            Expected e = expected.get(id);
            checkProfile(ctx, id, e);
            checkSearchHits(ctx, id, e, expected);
            checkNeighbours(ctx, id, e, expected);
            if (e.visible() && exports < 2) {
                checkExport(ctx, id, e);
                exports++;
            }
        }
    }

    private static void checkProfile(AccessContext ctx, String id, Expected e) {
        var profile = world.access.entities().profile(ctx, id);
        if (!e.visible()) {
            assertThat(profile).as("profile of invisible %s", id).isEmpty();
            return;
        }
        EntityProfile p = profile.orElseThrow(() -> new AssertionError("profile of visible " + id + " missing"));
        Set<String> shown = p.view().properties().values().stream().flatMap(List::stream).map(Statement::id).collect(Collectors.toSet());
        Set<String> allowedWithoutId = all.get(id).stream().filter(s -> !s.isIdStatement() && e.allowed().contains(s.id()))
                .map(Statement::id).collect(Collectors.toSet());
        assertThat(shown).as("profile values of %s", id).isEqualTo(allowedWithoutId);
        if (p.view().properties().values().stream().flatMap(List::stream)
                .anyMatch(s -> !s.provenance().partner().equals(ctx.organisation().code()))) {
            COVERED.add("profile:foreign");
        }
        if (!p.redacted().isEmpty()) {
            COVERED.add("profile:redacted");
        }
        assertThat(p.redacted().stream().map(r -> key(r.entityId(), r.schema(), r.property(), r.dataset())).collect(Collectors.toSet()))
                .as("redacted properties of %s", id).isEqualTo(e.redacted());
        assertThat(e.allowedValues()).as("caption of %s", id).contains(p.view().caption().equals(id) ? firstValue(e) : p.view().caption());
    }

    private static String firstValue(Expected e) {
        return e.allowedValues().iterator().next();
    }

    private static void checkSearchHits(AccessContext ctx, String id, Expected e, Map<String, Expected> expected) {
        Statement name = all.get(id).stream().filter(s -> s.property().equals("name")).findFirst().orElse(null);
        if (name == null) {
            return;
        }
        List<FoundEntity> hits = world.access.entities().search(ctx, name.value(), Set.of(), SearchFilter.unrestricted(), 0, 1000).hits();
        for (FoundEntity hit : hits) {
            Expected h = expected.get(hit.entityId());
            assertThat(h.visible()).as("hit %s for %s", hit.entityId(), ctx.user().id()).isTrue();
            assertThat(h.allowedValues().contains(hit.caption()) || hit.caption().equals(hit.entityId()))
                    .as("caption '%s' of hit %s is an allowed value", hit.caption(), hit.entityId()).isTrue();
        }
        boolean found = hits.stream().anyMatch(h -> h.entityId().equals(id));
        if (found && !all.get(id).get(0).provenance().partner().equals(ctx.organisation().code())) {
            COVERED.add("search:foreign");
        }
        if (e.allowed().contains(name.id())) {
            assertThat(found).as("%s finds %s by its allowed name", ctx.user().id(), id).isTrue();
        }
        if (e.allowed().isEmpty()) {
            assertThat(found).as("%s does not find %s", ctx.user().id(), id).isFalse();
        }
    }

    private static void checkNeighbours(AccessContext ctx, String id, Expected e, Map<String, Expected> expected) {
        List<Neighbour> neighbours = world.access.entities().neighbours(ctx, id).neighbours();
        if (!e.visible()) {
            assertThat(neighbours).as("neighbours of invisible %s", id).isEmpty();
            return;
        }
        for (Neighbour n : neighbours) {
            assertThat(expected.get(n.entityId()).allowed()).as("neighbour %s of %s", n.entityId(), id).isNotEmpty();
            assertThat(expected.get(n.viaEntityId()).allowed()).as("link %s", n.viaEntityId()).isNotEmpty();
        }
        Set<String> found = neighbours.stream().map(Neighbour::entityId).collect(Collectors.toSet());
        if (!found.isEmpty()) {
            COVERED.add("neighbours:some");
        }
        Schema schema = SCHEMAS.schema(all.get(id).get(0).schema()).orElseThrow();
        for (Statement s : all.get(id)) {
            Property p = schema.getProperty(s.property());
            if (p != null && p.getRange().isPresent() && e.allowed().contains(s.id())
                    && expected.containsKey(s.value()) && !expected.get(s.value()).allowed().isEmpty()) {
                assertThat(found).as("visible reference %s of %s", s.property(), id).contains(s.value());
            }
        }
    }

    private static void checkExport(AccessContext ctx, String id, Expected e) throws IOException {
        Set<String> foreign = all.get(id).stream().filter(s -> e.allowed().contains(s.id())
                        && !s.provenance().partner().equals(ctx.organisation().code()) && isPerson(s.schema()))
                .map(s -> s.provenance().partner()).collect(Collectors.toCollection(TreeSet::new));
        var request = world.access.exports().request(ctx, List.of(id), ExportFormat.CSV, "matrix");
        assertThat(request.foreignPartners()).as("foreign personal data in export of %s", id).isEqualTo(foreign);
        if (request.status() == ExportStatus.PENDING_APPROVAL) {
            assertThatThrownBy(() -> world.access.exports().download(ctx, request.id())).isInstanceOf(AccessRefusedException.class);
            COVERED.add("export:pending");
            return;
        }
        byte[] content = world.access.exports().download(ctx, request.id()).content();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        Set<String> exported = new HashSet<>();
        Set<String> redacted = new HashSet<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(header).readValues(content)) {
            for (Map<String, String> row : rows.readAll()) {
                if ("true".equals(row.get("redacted"))) {
                    redacted.add(key(row.get("entity_id"), row.get("schema"), row.get("prop"), row.get("dataset")));
                    assertThat(row.get("value")).isEmpty();
                } else {
                    exported.add(row.get("id"));
                    assertThat(row.get("legal_basis")).isNotBlank();
                }
            }
        }
        assertThat(exported).as("exported values of %s", id).isEqualTo(e.allowed());
        COVERED.add("export:downloaded");
        assertThat(redacted).as("exported redactions of %s", id).isEqualTo(e.redacted());
    }

    private static boolean isPerson(String schema) {
        return SCHEMAS.schema(schema).map(s -> s.isA(SCHEMAS.require("Person"))).orElse(false);
    }
}
