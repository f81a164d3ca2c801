package nl.gedeeldbeeld.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = GedeeldBeeldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiTest {
    // The data below is FIOD's, so a FIOD user sees all of it as its own data, whatever the policy filters.
    private static final String USER = "rechercheur-fiod";
    private static final String PASSWORD = "gedeeld-beeld-demo";
    private static final String PURPOSE = "STRAFRECHTELIJK_ONDERZOEK";
    private static Path data;

    /** Anonymous: for what is public. */
    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc web;

    /** Signed in with HTTP Basic and declaring a purpose, as every API client that reads entity data must. */
    private TestRestTemplate api;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-api-test");
        registry.add("gb.store", data::toString);
    }

    @BeforeAll
    static void noop() {
        // data is loaded per test through the application's own Storage bean
    }

    @BeforeEach
    void signIn() {
        api = http.withBasicAuth(USER, PASSWORD);
        api.getRestTemplate().getInterceptors().add((request, body, execution) -> {
            request.getHeaders().set(DeclaredPurpose.HEADER, PURPOSE);
            return execution.execute(request, body);
        });
    }

    private void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        Path file = Files.writeString(data.resolve("fiod.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan van der Berg\"],\"birthDate\":[\"1980-04-23\"]}}",
                "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164300\"]}}",
                "{\"id\":\"BIBOB-2021-1/2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ids Metstreep\"]}}",
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Berg Holding BV\"]}}",
                "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],"
                        + "\"percentage\":[\"100\"],\"startDate\":[\"2019-05-01\"]}}",
                "{\"id\":\"a2\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL20INGB0001234567\"]}}",
                "{\"id\":\"pay1\",\"schema\":\"Payment\",\"properties\":{\"payerAccount\":[\"a1\"],"
                        + "\"beneficiaryAccount\":[\"a2\"],\"amount\":[\"9000\"],\"currency\":[\"EUR\"],"
                        + "\"date\":[\"2023-03-01\"]}}", ""));
        new Importer(storage.importTarget()).importAll(
                ImportRequest.builder("fiod", "FIOD", "WPG_ART8").file(file).reliability("B2").build(), ProgressListener.NONE);
    }

    @Test
    void healthIsUp() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFindsANameWithATypoAndWithoutTheTussenvoegsel() throws IOException {
        load();
        Map<String, Object> page = api.getForObject("/api/v1/search?q=Jan Bergg", Map.class);
        assertThat((List<Map<String, Object>>) page.get("hits")).extracting(h -> h.get("caption")).contains("Jan van der Berg");
        assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityComesWithTheProvenanceOfEveryValue() throws IOException {
        load();
        String id = storage.store().entityIds().id("fiod", "p1");
        Map<String, Object> entity = api.getForObject("/api/v1/entities/" + id, Map.class);
        assertThat(entity).containsEntry("schema", "Person").containsEntry("caption", "Jan van der Berg");
        Map<String, Object> birth = ((Map<String, List<Map<String, Object>>>) entity.get("properties")).get("birthDate").get(0);
        assertThat(birth).containsEntry("value", "1980-04-23").containsEntry("dataset", "fiod").containsEntry("partner", "FIOD")
                .containsEntry("regime", "WPG_ART8").containsEntry("reliability", "B2")
                .containsKeys("collectedAt", "firstSeen", "lastSeen", "retainUntil", "batch");
    }

    private TestRestTemplate signedInAs(String user, String purpose) {
        TestRestTemplate other = http.withBasicAuth(user, PASSWORD);
        other.getRestTemplate().getInterceptors().add((request, body, execution) -> {
            request.getHeaders().set(DeclaredPurpose.HEADER, purpose);
            return execution.execute(request, body);
        });
        return other;
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("finding 2: the source-id lookup answers the supplier and no one else, and the old keyless id is no id")
    void finding2TheSourceIdLookupAnswersOnlyWithinWhatTheCallerMaySee() throws Exception {
        load();
        String id = storage.store().entityIds().id("fiod", "p1");
        ResponseEntity<Map> found = api.getForEntity("/api/v1/entities/by-source?dataset=fiod&id=p1", Map.class);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody()).containsEntry("id", id).containsEntry("caption", "Jan van der Berg");
        assertThat(id).startsWith("gb-").doesNotContain("p1.");

        // unknown source id, and a partner that may not see FIOD's source keys: the same 404
        ResponseEntity<Map> unknown = api.getForEntity("/api/v1/entities/by-source?dataset=fiod&id=p999", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> police = signedInAs("analist-politie", "THEMATISCHE_ANALYSE")
                .getForEntity("/api/v1/entities/by-source?dataset=fiod&id=p1", Map.class);
        assertThat(police.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(String.valueOf(police.getBody().get("detail"))).isEqualTo(String.valueOf(unknown.getBody().get("detail")));
        assertThat(api.getForEntity("/api/v1/entities/by-source?dataset=fiod&id=", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the first generation's id, computable from public facts, finds nothing
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec("fiod".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA1"));
        String legacy = "p1." + java.util.HexFormat.of().formatHex(mac.doFinal("p1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(api.getForEntity("/api/v1/entities/" + legacy, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getForEntity("/api/v1/entities/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownEntityIsAProblemDocument() {
        ResponseEntity<Map> response = api.getForEntity("/api/v1/entities/nope", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("detail", "no entity with id 'nope'").containsEntry("status", 404);
    }

    @Test
    void aBadCursorIsAProblemDocumentWithoutAStackTrace() {
        ResponseEntity<String> response = api.getForEntity("/api/v1/search?q=x&cursor=bogus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("cursor 'bogus' is not one this API handed out").doesNotContain("Exception");
    }

    @Test
    void theSearchPageIsDutchAndShowsHits() throws Exception {
        load();
        String html = web.perform(get("/").param("q", "van der berg").with(user(USER))
                        .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, PURPOSE))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"nl\"", "<label for=\"q\">", "Jan van der Berg");
    }

    @Test
    void theSearchPageNarrowsByTheFacetsItShows() throws Exception {
        load();
        String all = web.perform(get("/").param("q", "NL91ABNA0417164300").with(user(USER))
                        .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, PURPOSE))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Soort", "Bron", "Bankrekening (1)", "title=\"BankAccount\"", "fiod (1)");

        String narrowed = web.perform(get("/").param("q", "NL91ABNA0417164300").param("soort", "Person").with(user(USER))
                        .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, PURPOSE))
                .andReturn().getResponse().getContentAsString();
        assertThat(narrowed).contains("0 resultaten").doesNotContain("Bankrekening (1)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiDescribesItselfAsOpenApi3() {
        Map<String, Object> doc = http.getForObject("/api/v1/openapi.json", Map.class);
        assertThat((String) doc.get("openapi")).startsWith("3.");
        assertThat((Map<String, Object>) doc.get("paths")).containsKeys("/api/v1/search", "/api/v1/entities/{id}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityWhoseIdHoldsASlashIsReachableWithTheSlashEncoded() throws IOException {
        load();
        String id = storage.store().entityIds().id("fiod", "BIBOB-2021-1/2");
        java.net.URI uri = java.net.URI.create(http.getRootUri() + "/api/v1/entities/"
                + org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8));
        ResponseEntity<Map> entity = api.exchange(new org.springframework.http.RequestEntity<>(
                org.springframework.http.HttpMethod.GET, uri), Map.class);
        assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entity.getBody()).containsEntry("id", id).containsEntry("caption", "Ids Metstreep");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonsJudgementLinksTwoRecordsIntoOneIdentityAndABadVerdictIsAProblem() throws IOException {
        load();
        String jan = storage.store().entityIds().id("fiod", "p1");
        String ids = storage.store().entityIds().id("fiod", "BIBOB-2021-1/2");
        ResponseEntity<Map> bad = api.postForEntity("/api/v1/resolution/judgements",
                Map.of("left", jan, "right", ids, "verdict", "PERHAPS"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<Map> made = api.postForEntity("/api/v1/resolution/judgements",
                Map.of("left", jan, "right", ids, "verdict", "MATCH", "reason", "zelfde paspoort"), Map.class);
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(made.getBody()).containsEntry("verdict", "MATCH").containsEntry("by", USER).containsEntry("human", true);

        Map<String, Object> identity = api.getForObject("/api/v1/entities/" + jan + "/identity", Map.class);
        assertThat((List<Map<String, Object>>) identity.get("members")).extracting(m -> m.get("entityId"))
                .containsExactlyInAnyOrder(jan, ids);
        assertThat((List<?>) identity.get("knownAt")).isEmpty();
        assertThat(api.getForEntity("/api/v1/entities/nope/identity", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((List<?>) api.getForObject("/api/v1/resolution/review?limit=5", Map.class).get("items")).isEmpty();
        assertThat(api.getForEntity("/api/v1/resolution/review?limit=0", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNetworkViewExplainsEachEdgeAndABadOptionIsAProblem() throws IOException {
        load();
        Map<String, Object> view = api.getForObject("/api/v1/network/view?derived=none", Map.class);
        assertThat(view).containsEntry("nodeCount", 2).containsEntry("edgeCount", 1);
        Map<String, Object> edge = ((List<Map<String, Object>>) view.get("edges")).get(0);
        Map<String, Object> evidence = ((List<Map<String, Object>>) edge.get("evidence")).get(0);
        assertThat(evidence).containsEntry("kind", "Ownership").containsEntry("partner", "FIOD")
                .containsEntry("date", "2019-05-01");
        assertThat((String) evidence.get("description")).contains("percentage=100");

        assertThat(((Number) api.getForObject("/api/v1/network/view?to=2018-12-31", Map.class).get("edgeCount")).intValue())
                .isZero();
        ResponseEntity<Map> bad = api.getForEntity("/api/v1/network/view?from=gisteren", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getForEntity("/api/v1/network/view?derived=shoe-size", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyPlayersPathsAndDisruptionAreExplained() throws IOException {
        load();
        String jan = storage.store().entityIds().id("fiod", "p1");
        String berg = storage.store().entityIds().id("fiod", "c1");
        Map<String, Object> players = api.getForObject("/api/v1/network/key-players?derived=none&top=5&k=1", Map.class);
        List<Map<String, Object>> ranked = (List<Map<String, Object>>) players.get("ranked");
        assertThat(ranked).hasSize(2);
        assertThat((String) ranked.get(0).get("explanation")).contains("rang 1 van 2", "Ownership 1");

        Map<String, Object> paths = api.getForObject("/api/v1/network/paths?derived=none&source=" + jan + "&target=" + berg,
                Map.class);
        List<List<Map<String, Object>>> found = (List<List<Map<String, Object>>>) paths.get("paths");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get(0)).containsEntry("fromCaption", "Jan van der Berg").containsEntry("toCaption", "Berg Holding BV");
        assertThat(api.getForEntity("/api/v1/network/paths?source=" + jan + "&target=nobody", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> curve = api.getForObject("/api/v1/network/disruption?derived=none&strategy=degree&block=1&steps=1",
                Map.class);
        assertThat((String) curve.get("explanation")).contains("removing 1 of 2 nodes by degree");
        assertThat(api.getForEntity("/api/v1/network/disruption?strategy=luck", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void moneyFlowsAndOwnershipAnswerOnWhatTheCallerSees() throws IOException {
        load();
        Map<String, Object> alerts = api.getForObject("/api/v1/money/alerts", Map.class);
        assertThat(alerts).containsEntry("transactions", 1).containsEntry("accounts", 2);
        assertThat(api.getForEntity("/api/v1/money/alerts?typology=smurfing", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> trace = api.getForObject("/api/v1/money/trace?account=NL91ABNA0417164300&allocation=lifo",
                Map.class);
        assertThat(trace).containsEntry("direction", "FORWARD").containsEntry("allocation", "LIFO");
        assertThat((List<Map<String, Object>>) trace.get("accounts")).anySatisfy(r ->
                assertThat(r).containsEntry("account", "NL20INGB0001234567").containsEntry("cents", 900_000));
        assertThat(api.getForEntity("/api/v1/money/trace?account=NL00NOPE", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> ubo = api.getForObject("/api/v1/ownership/ubo?company=" + storage.store().entityIds().id("fiod", "c1"),
                Map.class);
        assertThat((List<Map<String, Object>>) ubo.get("owners")).extracting(o -> o.get("person"))
                .containsExactly(storage.store().entityIds().id("fiod", "p1"));
        assertThat((String) ubo.get("explanation")).isNotBlank();
        // Found by the write-and-read matrix: the UBOs of a person were a 500.
        assertThat(api.getForEntity("/api/v1/ownership/ubo?company=" + storage.store().entityIds().id("fiod", "p1"),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.getForObject("/api/v1/ownership/rings", List.class)).isEmpty();
        assertThat(api.getForEntity("/api/v1/ownership/front-signals?minScore=0", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
