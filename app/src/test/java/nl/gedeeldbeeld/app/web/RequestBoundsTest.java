package nl.gedeeldbeeld.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditIdSets;
import nl.gedeeldbeeld.policy.audit.AuditJson;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditQueries;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.audit.Verification;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13, findings 14, 15 and 17 through the API: every parameter bounded with a 400 that names the bound,
 * cursors that cannot be forged, bodies that are null, empty or too large answered with 400 problem+json,
 * analyses answering within their budget, large views audited compactly, and the audit gaps closed. The
 * store holds 130 police persons, so that a network view is larger than an audit event names inline.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class RequestBoundsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICE = "rechercheur-politie";
    private static final String INVESTIGATION = "STRAFRECHTELIJK_ONDERZOEK";
    private static final String OFFICER = "privacy-officer";
    private static final int PERSONS = 130;
    private static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AuditLog audit;

    @Autowired
    GbProperties properties;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-request-bounds");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            lines.add("{\"id\":\"p" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna de Vries\"],"
                    + "\"birthDate\":[\"19" + (50 + i % 50) + "-01-01\"]}}");
        }
        lines.add("{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Vries Holding BV\"]}}");
        lines.add("{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p0\"],\"asset\":[\"c1\"],"
                + "\"percentage\":[\"100\"]}}");
        lines.add("{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],"
                + "\"percentage\":[\"50\"]}}");
        Path file = Files.writeString(data.resolve("politie.ftm.json"), String.join("\n", lines) + "\n");
        new Importer(storage.importTarget()).importAll(
                ImportRequest.builder("politie-bvh", "POLITIE", "WPG_ART8").file(file).reliability("B2").build(),
                ProgressListener.NONE);
    }

    private String person(int i) {
        return storage.store().entityIds().id("politie-bvh", "p" + i);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String userId, String purpose) throws Exception {
        return mvc.perform(request.with(user(userId)).header(DeclaredPurpose.HEADER, purpose)).andReturn().getResponse();
    }

    private MockHttpServletResponse police(MockHttpServletRequestBuilder request) throws Exception {
        return call(request, POLICE, INVESTIGATION);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(MockHttpServletResponse response) throws Exception {
        return JSON.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
    }

    /** A 400 problem+json whose detail says what to fix. */
    private static String badRequest(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = (String) body(response).get("detail");
        assertThat(detail).doesNotContain("Exception");
        return detail;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    // --- finding 14: unbounded work ---------------------------------------------------------------------

    @Test
    @DisplayName("finding 14: a forged search cursor o:2147482637 is a 400, not an OutOfMemoryError")
    void finding14AForgedCursorIsRefused() throws Exception {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("o:2147482637".getBytes(StandardCharsets.UTF_8));
        assertThat(badRequest(police(get("/api/v1/search").param("q", "de vries").param("cursor", forged))))
                .contains("is not one this API handed out");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("finding 14: a cursor pages its own search and is refused for another search")
    void finding14CursorsPageTheirOwnSearchOnly() throws Exception {
        Map<String, Object> first = body(police(get("/api/v1/search").param("q", "de vries").param("limit", "100")));
        int total = ((Number) first.get("total")).intValue();
        assertThat(total).isGreaterThanOrEqualTo(PERSONS);
        String cursor = (String) first.get("nextCursor");
        Map<String, Object> second = body(police(get("/api/v1/search").param("q", "de vries").param("limit", "100")
                .param("cursor", cursor)));
        assertThat((List<Object>) second.get("hits")).hasSize(total - 100);
        assertThat(second).doesNotContainKey("nextCursor");
        assertThat(badRequest(police(get("/api/v1/search").param("q", "holding").param("cursor", cursor))))
                .contains("belongs to another search");
    }

    @Test
    @DisplayName("finding 14: search bounds (limit, q length and words, filters) are 400s that name the bound")
    void finding14SearchParametersAreBounded() throws Exception {
        assertThat(badRequest(police(get("/api/v1/search").param("q", "x").param("limit", "1000")))).contains("1 to 100");
        long start = System.nanoTime();
        assertThat(badRequest(police(get("/api/v1/search").param("q", "a".repeat(7_500)))))
                .contains("at most 200 characters");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(badRequest(police(get("/api/v1/search").param("schema", new String[21]))))
                .isNotBlank();
    }

    @Test
    @DisplayName("finding 14: the web page pagina=85899340 is a 400 page that names the last page, not an OutOfMemoryError")
    void finding14AFarWebPageIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").param("q", "de vries").param("pagina", "85899340")
                .with(user(POLICE)).sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, INVESTIGATION)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("bladert tot pagina 401");
    }

    @Test
    @DisplayName("finding 14: key-players top=500&k=50 and disruption kpp block=100&steps=50 are refused naming their bounds")
    void finding14AnalysisParametersAreBounded() throws Exception {
        assertThat(badRequest(police(get("/api/v1/network/key-players").param("top", "500")))).contains("top must be 1 to 100");
        assertThat(badRequest(police(get("/api/v1/network/key-players").param("k", "50")))).contains("k must be 1 to 10");
        assertThat(badRequest(police(get("/api/v1/network/disruption").param("strategy", "kpp").param("block", "100")
                .param("steps", "50")))).contains("block must be 1 to 50");
        assertThat(badRequest(police(get("/api/v1/network/paths").param("source", "a").param("target", "b")
                .param("maxHops", "8")))).contains("maxHops must be 1 to 6");
        assertThat(badRequest(police(get("/api/v1/network/view").param("hops", "99").param("around", "x"))))
                .contains("hops must be 1 to 4");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("finding 14: analyses within their bounds answer in time and say whether they are complete")
    void finding14AnalysesAnswerWithinTheirBudget() throws Exception {
        long start = System.nanoTime();
        Map<String, Object> players = body(police(get("/api/v1/network/key-players").param("derived", "none")
                .param("top", "100").param("k", "1")));
        assertThat(players).containsKey("complete");
        Map<String, Object> curve = body(police(get("/api/v1/network/disruption").param("derived", "none")
                .param("strategy", "kpp").param("block", "1").param("steps", "2")));
        assertThat(curve).containsKey("complete");
        assertThat((String) curve.get("explanation")).contains("by kpp");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
    }

    @Test
    @DisplayName("finding 14: a large network view writes one compact audit event with count and digest; the ids stay retrievable")
    @SuppressWarnings("unchecked")
    void finding14ALargeViewIsAuditedCompactly() throws Exception {
        assertThat(police(get("/api/v1/network/view")).getStatus()).isEqualTo(200);
        List<AuditEvent> views = audit.read(1, audit.lastSequence()).stream()
                .filter(e -> e.spanId().equals("network-view") && e.actor().equals(POLICE)).toList();
        AuditEvent view = views.get(views.size() - 1);
        assertThat(view.objectIds()).hasSize(1);
        String reference = view.objectIds().get(0);
        assertThat(AuditIdSets.isReference(reference)).isTrue();
        assertThat(view.detail()).contains("ids=" + (PERSONS + 3));
        assertThat(AuditJson.line(view).length()).isLessThan(2_000);

        assertThat(new AuditQueries(audit).whoLookedAt(person(42))).extracting(AuditQueries.Look::actor).contains(POLICE);
        Map<String, Object> ids = body(call(get("/api/v1/audit/id-sets/" + reference), OFFICER, "VERANTWOORDING"));
        assertThat((List<String>) ids.get("ids")).contains(person(42)).hasSize(PERSONS + 3);
        assertThat(call(get("/api/v1/audit/id-sets/" + reference), OFFICER, "STRAFRECHTELIJK_ONDERZOEK").getStatus())
                .isEqualTo(403);
        audit.flush();
        assertThat(AuditVerifier.verify(Path.of(properties.audit()))).isInstanceOf(Verification.Verified.class);
    }

    // --- finding 15: 500 instead of 400 -----------------------------------------------------------------

    @Test
    @DisplayName("finding 15: a null id in the body of exports, joint-case entities, protected persons and confirmed hits is a 400")
    void finding15NullIdsInBodiesAre400() throws Exception {
        assertThat(badRequest(police(json(post("/api/v1/exports"), "{\"entityIds\":[null],\"format\":\"FTM_JSONL\"}"))))
                .contains("entityIds may not hold null");
        MockHttpServletResponse opened = police(json(post("/api/v1/joint-cases"), "{\"title\":\"Casus nul\"}"));
        assertThat(opened.getStatus()).isEqualTo(201);
        String caseId = (String) body(opened).get("id");
        assertThat(badRequest(police(json(post("/api/v1/joint-cases/" + caseId + "/entities"), "{\"entityId\":null}"))))
                .contains("entityId is required");
        assertThat(badRequest(police(json(post("/api/v1/protected-persons"), "{\"entityId\":null,\"reason\":\"x\"}"))))
                .contains("entityId is required");
        assertThat(badRequest(police(json(post("/api/v1/confirmed-hits"), "{\"entityId\":null,\"organisation\":\"FIOD\"}"))))
                .contains("entityId is required");
        assertThat(badRequest(police(json(post("/api/v1/confirmed-hits"), "{\"entityId\":\"x\"}"))))
                .contains("organisation is required");
    }

    @Test
    @DisplayName("finding 15: an empty body, a JSON null, malformed JSON and an oversized body are 400s")
    void finding15EmptyNullMalformedAndOversizedBodiesAre400() throws Exception {
        for (String path : List.of("/api/v1/exports", "/api/v1/joint-cases", "/api/v1/protected-persons",
                "/api/v1/confirmed-hits", "/api/v1/resolution/judgements")) {
            assertThat(badRequest(police(json(post(path), "")))).as(path).containsAnyOf("needs a JSON body", "needs left");
            assertThat(badRequest(police(json(post(path), "null")))).as(path).containsAnyOf("needs a JSON body", "needs left");
            assertThat(badRequest(police(json(post(path), "{\"entityIds\":")))).as(path).contains("not valid JSON");
        }
        String huge = "{\"title\":\"" + "x".repeat(100_000) + "\"}";
        assertThat(badRequest(police(json(post("/api/v1/joint-cases"), huge)))).contains("at most 65536 bytes");
    }

    @Test
    @DisplayName("finding 15: a 1,000-word query is a 400 that names the word bound")
    void finding15AThousandWordQueryIs400() throws Exception {
        String words = String.join(" ", java.util.Collections.nCopies(1_000, "a"));
        assertThat(badRequest(police(get("/api/v1/search").param("q", words)))).contains("characters");
        String twenty = String.join(" ", java.util.Collections.nCopies(20, "jan"));
        assertThat(badRequest(police(get("/api/v1/search").param("q", twenty)))).contains("at most 12 words");
    }

    // --- finding 17: audit gaps -------------------------------------------------------------------------

    @Test
    @DisplayName("finding 17: a refused purpose (403) writes an audit event the privacy officer sees")
    @SuppressWarnings("unchecked")
    void finding17ARefusedPurposeIsAudited() throws Exception {
        long before = audit.lastSequence();
        MockHttpServletResponse refused = call(get("/api/v1/entities/" + person(1)), POLICE, "BIBOB_TOETS");
        assertThat(refused.getStatus()).isEqualTo(403);
        List<AuditEvent> after = audit.read(before + 1, audit.lastSequence());
        assertThat(after).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DECIDE);
            assertThat(e.decision()).isEqualTo("DENY");
            assertThat(e.spanId()).isEqualTo(AuditQueries.REFUSED);
            assertThat(e.actor()).isEqualTo(POLICE);
            assertThat(e.organisation()).isEqualTo("POLITIE");
            assertThat(e.purpose()).isEqualTo("BIBOB_TOETS");
            assertThat(e.detail()).contains("may not act for purpose BIBOB_TOETS");
        });
        List<Map<String, Object>> seen = JSON.readValue(call(get("/api/v1/audit/users/" + POLICE + "/reads")
                .param("purpose", "BIBOB_TOETS"), OFFICER, "VERANTWOORDING").getContentAsString(), List.class);
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("decision", "DENY")
                .containsEntry("activity", AuditQueries.REFUSED));
    }

    @Test
    @DisplayName("finding 17: zero-hit searches and access-widening writes show in what the privacy officer sees of a user")
    @SuppressWarnings("unchecked")
    void finding17ZeroHitSearchesAndWritesAreInWhatAUserSaw() throws Exception {
        assertThat(((Number) body(police(get("/api/v1/search").param("q", "Zebediah Onvindbaar"))).get("total")).intValue())
                .isZero();
        MockHttpServletResponse opened = police(json(post("/api/v1/joint-cases"), "{\"title\":\"Casus Vries\"}"));
        String caseId = (String) body(opened).get("id");
        assertThat(police(json(post("/api/v1/joint-cases/" + caseId + "/entities"), "{\"entityId\":\"" + person(3) + "\"}"))
                .getStatus()).isEqualTo(204);
        assertThat(police(json(post("/api/v1/confirmed-hits"), "{\"entityId\":\"" + person(4) + "\",\"organisation\":\"FIOD\"}"))
                .getStatus()).isEqualTo(204);
        assertThat(police(json(post("/api/v1/resolution/judgements"), "{\"left\":\"" + person(5) + "\",\"right\":\""
                + person(6) + "\",\"verdict\":\"NO_MATCH\"}")).getStatus()).isEqualTo(201);

        List<Map<String, Object>> seen = JSON.readValue(call(get("/api/v1/audit/users/" + POLICE + "/reads")
                .param("purpose", INVESTIGATION), OFFICER, "VERANTWOORDING").getContentAsString(), List.class);
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("objectId", "").containsEntry("activity", "search")
                .containsEntry("decision", "NONE")
                .satisfies(r -> assertThat((String) r.get("detail")).contains("total=0")));
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("action", "ADMIN").containsEntry("decision", "CASE_OPENED"));
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("objectId", person(3))
                .containsEntry("decision", "CASE_ENTITY_ADDED"));
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("objectId", person(4))
                .containsEntry("decision", "HIT_CONFIRMED"));
        assertThat(seen).anySatisfy(row -> assertThat(row).containsEntry("objectId", person(5)).containsEntry("action", "WRITE"));
    }

    @Test
    @DisplayName("finding 17: an unknown user name and another organisation's user get the same 403 and the same text")
    void finding17UnknownAndForeignUserNamesAnswerAlike() throws Exception {
        MockHttpServletResponse foreign = call(get("/api/v1/audit/users/rechercheur-fiod/reads").param("purpose", INVESTIGATION),
                OFFICER, "VERANTWOORDING");
        MockHttpServletResponse unknown = call(get("/api/v1/audit/users/rechercheur-xyz/reads").param("purpose", INVESTIGATION),
                OFFICER, "VERANTWOORDING");
        assertThat(foreign.getStatus()).isEqualTo(403);
        assertThat(unknown.getStatus()).isEqualTo(403);
        assertThat(((String) body(unknown).get("detail")).replace("rechercheur-xyz", "NAME"))
                .isEqualTo(((String) body(foreign).get("detail")).replace("rechercheur-fiod", "NAME"));
    }
}
