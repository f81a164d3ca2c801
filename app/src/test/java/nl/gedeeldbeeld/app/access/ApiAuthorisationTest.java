package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gedeeldbeeld.app.cli.ManifestRequests;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API column of the authorisation matrix: every user × every purpose their roles grant, through the
 * HTTP API with its security chain, on the synthetic world with a joint case, confirmed hits and a protected
 * person. Entity profiles, search hits, search counts, neighbours and export requests answer exactly what
 * {@code decide()} allows. Signed in with Spring Security's test user instead of Basic authentication, so
 * the matrix does not spend a bcrypt hash per request; sign-in itself is tested in the security package.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class ApiAuthorisationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("gb-api-matrix").toString();
        registry.add("gb.store", () -> data);
    }

    private Map<String, List<Statement>> all;
    private List<String> sample;

    private void load() {
        Importer importer = new Importer(storage.importTarget());
        for (var request : ManifestRequests.read(SyntheticWorld.worldFiles().resolve("manifest.json"))) {
            importer.importAll(request, ProgressListener.NONE);
        }
        all = new LinkedHashMap<>();
        try (Stream<Statement> statements = storage.store().streamAll()) {
            statements.forEach(s -> all.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s));
        }
        Map<String, List<String>> byDataset = new LinkedHashMap<>();
        all.forEach((id, s) -> byDataset.computeIfAbsent(s.get(0).provenance().dataset() + "/" + s.get(0).schema(),
                k -> new ArrayList<>()).add(id));
        sample = new ArrayList<>();
        byDataset.values().forEach(ids -> sample.add(ids.get(0)));
        AccessContext riec = open("riec-adviseur", "RIEC_CASUS");
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE");
        var jointCase = access.sharing().openCase(riec, "API-matrix", Set.of("POLITIE", "OM", "GEMEENTE_ROTTERDAM"));
        // Ids are opaque (their order depends on the store's random key), so pick by kind: a person first (it is
        // flagged below), then three more police records.
        List<String> police4 = all.keySet().stream().filter(id -> dataset(id).equals("politie-bvh"))
                .sorted(java.util.Comparator.comparing((String id) -> !all.get(id).get(0).schema().equals("Person")))
                .limit(4).toList();
        List<String> policeIds = police4;
        policeIds.forEach(id -> access.sharing().addToCase(police, jointCase.id(), id));
        sample.addAll(policeIds);
        String fiodId = all.keySet().stream().filter(id -> dataset(id).equals("fiod-onderzoek")).findFirst().orElseThrow();
        access.sharing().confirmHit(open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"), fiodId, "POLITIE");
        sample.add(fiodId);
        access.protection().protect(police, policeIds.get(0), "API-matrix");
    }

    /** Ids may hold a slash (a partner's "BIBOB-2021-01154/1"): clients encode the path segment. */
    private static java.net.URI entityUri(String id, String suffix) {
        return java.net.URI.create("/api/v1/entities/"
                + org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8) + suffix);
    }

    private String dataset(String id) {
        return all.get(id).get(0).provenance().dataset();
    }

    private AccessContext open(String userId, String purpose) {
        User u = access.decisions().catalogue().requireUser(userId);
        return access.decisions().open(u.id(), u.organisation(), purpose, "api-matrix", java.time.Instant.now());
    }

    @TestFactory
    Stream<DynamicTest> everyUserAndPurposeGetsExactlyWhatThePolicyAllowsThroughTheApi() {
        load();
        List<DynamicTest> tests = new ArrayList<>();
        for (User u : access.decisions().catalogue().users()) {
            for (String purpose : new TreeSet<>(access.decisions().catalogue().purposesOf(u))) {
                tests.add(DynamicTest.dynamicTest(u.id() + " / " + purpose, () -> check(u.id(), purpose)));
            }
        }
        return tests.stream();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String purpose) {
        return request.with(user(userId)).header("X-Doel", purpose);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readValue(response.getContentAsString(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private void check(String userId, String purpose) throws Exception {
        AccessContext ctx = open(userId, purpose);
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        Map<String, Set<String>> allowedValues = new LinkedHashMap<>();
        Map<String, Set<String>> redacted = new LinkedHashMap<>();
        Map<String, Set<String>> visibleDatasets = new LinkedHashMap<>();
        for (var e : all.entrySet()) {
            for (Statement s : e.getValue()) {
                Decision d = access.decisions().decide(ctx, s);
                if (!(d instanceof Decision.Deny)) {
                    visibleDatasets.computeIfAbsent(s.provenance().dataset(), k -> new HashSet<>()).add(e.getKey());
                }
                if (d instanceof Decision.Allow) {
                    allowed.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(s.id());
                    allowedValues.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(s.value());
                } else if (d instanceof Decision.Redact) {
                    redacted.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(s.schema() + ":" + s.property());
                }
            }
        }
        Set<String> visible = new HashSet<>(allowed.keySet());
        visible.addAll(redacted.keySet());

        // Search count.
        Map<String, Object> listing = json(as(get("/api/v1/search").param("q", "").param("limit", "1"), userId, purpose), 200);
        assertThat(((Number) listing.get("total")).longValue()).as("API search count").isEqualTo(visible.size());
        Map<String, Number> datasetFacets = ((Map<String, Map<String, Number>>) listing.get("facets")).get("datasets");
        Map<String, Long> facetCounts = new TreeMap<>();
        datasetFacets.forEach((k, v) -> facetCounts.put(k, v.longValue()));
        Map<String, Long> expectedFacets = new TreeMap<>();
        visibleDatasets.forEach((k, v) -> expectedFacets.put(k, (long) v.size()));
        assertThat(facetCounts).as("API dataset facets").isEqualTo(expectedFacets);

        for (String id : sample) {
            // Profile.
            var profile = mvc.perform(as(get(entityUri(id, "")), userId, purpose)).andReturn().getResponse();
            if (!visible.contains(id)) {
                assertThat(profile.getStatus()).as("profile of invisible %s", id).isEqualTo(404);
                String body = profile.getContentAsString();
                all.get(id).stream().filter(s -> !s.isIdStatement() && s.value().length() > 3
                                && !id.contains(s.value())) // the caller named the id; echoing it tells nothing new
                        .forEach(s -> assertThat(body).as("404 body of %s", id).doesNotContain(s.value()));
            } else {
                Map<String, Object> entity = JSON.readValue(profile.getContentAsString(), Map.class);
                Set<String> shown = ((Map<String, List<Map<String, Object>>>) entity.get("properties")).values().stream()
                        .flatMap(List::stream).map(v -> (String) v.get("statementId")).collect(Collectors.toSet());
                Set<String> expected = all.get(id).stream().filter(s -> !s.isIdStatement()
                        && allowed.getOrDefault(id, Set.of()).contains(s.id())).map(Statement::id).collect(Collectors.toSet());
                assertThat(shown).as("API profile of %s", id).isEqualTo(expected);
                Set<String> shownRedacted = ((List<Map<String, Object>>) entity.get("redacted")).stream()
                        .map(r -> r.get("schema") + ":" + r.get("property")).collect(Collectors.toSet());
                assertThat(shownRedacted).as("API redactions of %s", id).isEqualTo(redacted.getOrDefault(id, Set.of()));
            }
            // Search hits by the entity's name.
            all.get(id).stream().filter(s -> s.property().equals("name")).findFirst().ifPresent(name -> {
                try {
                    // Pages of 100 (the API's bound), followed by their cursors up to 1,000 hits.
                    List<Map<String, Object>> hits = new ArrayList<>();
                    String cursor = null;
                    do {
                        var search = get("/api/v1/search").param("q", name.value()).param("limit", "100");
                        if (cursor != null) {
                            search.param("cursor", cursor);
                        }
                        Map<String, Object> page = json(as(search, userId, purpose), 200);
                        hits.addAll((List<Map<String, Object>>) page.get("hits"));
                        cursor = (String) page.get("nextCursor");
                    } while (cursor != null && hits.size() < 1000);
                    for (Map<String, Object> hit : hits) {
                        String hitId = (String) hit.get("entityId");
                        assertThat(visible).as("API hit").contains(hitId);
                        assertThat(allowedValues.getOrDefault(hitId, Set.of()).contains(hit.get("caption"))
                                || hitId.equals(hit.get("caption"))).as("API caption of %s", hitId).isTrue();
                    }
                    boolean found = hits.stream().anyMatch(h -> id.equals(h.get("entityId")));
                    if (allowed.getOrDefault(id, Set.of()).contains(name.id())) {
                        assertThat(found).as("API finds %s by its allowed name", id).isTrue();
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            // Neighbours.
            var neighbours = mvc.perform(as(get(entityUri(id, "/neighbours")), userId, purpose)).andReturn().getResponse();
            assertThat(neighbours.getStatus()).isEqualTo(200);
            for (Map<String, Object> n : (List<Map<String, Object>>) JSON.readValue(neighbours.getContentAsString(), Map.class).get("neighbours")) {
                assertThat(allowed).as("API neighbour").containsKey((String) n.get("entityId"));
                assertThat(allowed).as("API link").containsKey((String) n.get("viaEntityId"));
            }
        }
        // Export request: accepted only for a visible entity, refused (400) for an invisible one.
        String someVisible = sample.stream().filter(visible::contains).findFirst().orElse(null);
        String someInvisible = sample.stream().filter(id -> !visible.contains(id)).findFirst().orElse(null);
        if (someVisible != null) {
            json(as(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON).content(
                    "{\"entityIds\":[\"" + someVisible + "\"],\"format\":\"CSV\",\"justification\":\"matrix\"}"), userId, purpose), 201);
        }
        if (someInvisible != null) {
            json(as(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON).content(
                    "{\"entityIds\":[\"" + someInvisible + "\"],\"format\":\"CSV\",\"justification\":\"matrix\"}"), userId, purpose), 400);
        }
    }
}
