package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The write rules through the HTTP API: a cross-owner judgement waits for the owner, who finds it in its
 * queue and answers; a protection flag is lifted by two members of the owning unit; a refused write is a
 * 403 problem naming the rule.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class WriteApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-write-api");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        Path police = Files.writeString(data.resolve("politie.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan van der Berg\"],\"birthDate\":[\"1980-04-23\"]}}",
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kees Bedreigd\"]}}",
                "{\"id\":\"p3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Piet de Wit\"],\"birthDate\":[\"1975-06-01\"]}}", ""));
        Path fiod = Files.writeString(data.resolve("fiod.ftm.json"),
                "{\"id\":\"f1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"J. v.d. Berg\"],\"birthDate\":[\"1980-04-23\"]}}\n");
        Path fiodMore = Files.writeString(data.resolve("fiod-meer.ftm.json"),
                "{\"id\":\"f2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"P. de Wit\"],\"birthDate\":[\"1975-06-01\"]}}\n");
        Path port = Files.writeString(data.resolve("haven.ftm.json"),
                "{\"id\":\"h1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Pieter de Wit\"]}}\n");
        Importer importer = new Importer(storage.importTarget());
        importer.importAll(ImportRequest.builder("fiod-meer", "FIOD", "WPG_ART8").file(fiodMore).reliability("A2").build(),
                ProgressListener.NONE);
        importer.importAll(ImportRequest.builder("haven-passen", "HAVENBEDRIJF", "PRIVATE").file(port).reliability("B2").build(),
                ProgressListener.NONE);
        importer.importAll(ImportRequest.builder("politie-bvh", "POLITIE", "WPG_ART8").file(police).reliability("B2").build(),
                ProgressListener.NONE);
        importer.importAll(ImportRequest.builder("fiod-onderzoek", "FIOD", "WPG_ART8").file(fiod).reliability("A2").build(),
                ProgressListener.NONE);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String purpose) {
        return request.with(user(userId)).header("X-Doel", purpose);
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        String body = response.getContentAsString();
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void aCrossOwnerJudgementWaitsInTheOwnersQueueUntilItConsents() throws Exception {
        String p1 = storage.store().entityIds().id("politie-bvh", "p1");
        String f1 = storage.store().entityIds().id("fiod-onderzoek", "f1");
        String fiod = "rechercheur-fiod";
        String order = JSON.writeValueAsString(java.util.Map.of("left", p1, "right", f1, "verdict", "MATCH", "reason", "zelfde persoon"));

        JsonNode judged = json(body(as(post("/api/v1/resolution/judgements"), fiod, "STRAFRECHTELIJK_ONDERZOEK"), order), 201);
        assertThat(judged.get("status").asText()).isEqualTo("PENDING_CONSENT");
        String pendingId = judged.get("pendingId").asText();
        JsonNode identity = json(as(get("/api/v1/entities/" + f1 + "/identity"), fiod, "STRAFRECHTELIJK_ONDERZOEK"), 200);
        assertThat(identity.get("members")).hasSize(1);

        JsonNode queue = json(as(get("/api/v1/resolution/pending-judgements"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), 200);
        assertThat(queue).filteredOn(p -> p.get("id").asText().equals(pendingId)).singleElement().satisfies(p -> {
            assertThat(p.get("id").asText()).isEqualTo(pendingId);
            assertThat(p.get("judgeOrganisation").asText()).isEqualTo("FIOD");
            assertThat(p.get("awaiting").toString()).contains("POLITIE");
        });
        json(body(as(post("/api/v1/resolution/pending-judgements/" + pendingId + "/answers"), "rechercheur-politie",
                "STRAFRECHTELIJK_ONDERZOEK"), "{}"), 400);
        JsonNode answered = json(body(as(post("/api/v1/resolution/pending-judgements/" + pendingId + "/answers"),
                "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), "{\"consent\": true}"), 200);
        assertThat(answered.get("status").asText()).isEqualTo("APPLIED");

        identity = json(as(get("/api/v1/entities/" + f1 + "/identity"), fiod, "STRAFRECHTELIJK_ONDERZOEK"), 200);
        assertThat(identity.get("members")).hasSize(2);
        assertThat(json(as(get("/api/v1/resolution/proposed-judgements"), fiod, "STRAFRECHTELIJK_ONDERZOEK"), 200))
                .filteredOn(p -> p.get("id").asText().equals(pendingId))
                .singleElement().satisfies(p -> assertThat(p.get("status").asText()).isEqualTo("APPLIED"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 18: the owner's queue names the other partner's record as 'een record van FIOD',"
            + " never by id or value, and the owner answers by the judgement's reference")
    void finding18TheOwnersQueueNamesTheForeignRecordByItsOrganisationOnly() throws Exception {
        String p3 = storage.store().entityIds().id("politie-bvh", "p3");
        String f2 = storage.store().entityIds().id("fiod-meer", "f2");
        String order = JSON.writeValueAsString(java.util.Map.of("left", p3, "right", f2, "verdict", "MATCH",
                "reason", "zelfde geboortedatum 1975-06-01"));
        JsonNode judged = json(body(as(post("/api/v1/resolution/judgements"), "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
                order), 201);
        String pendingId = judged.get("pendingId").asText();
        assertThat(pendingId).isNotIn(p3, f2);

        String police = "rechercheur-politie";
        var raw = mvc.perform(as(get("/api/v1/resolution/pending-judgements"), police, "STRAFRECHTELIJK_ONDERZOEK"))
                .andReturn().getResponse();
        assertThat(raw.getContentAsString()).doesNotContain(f2, "1975-06-01", "P. de Wit");
        JsonNode mine = JSON.readTree(raw.getContentAsString());
        assertThat(mine).filteredOn(p -> p.get("id").asText().equals(pendingId)).singleElement().satisfies(p -> {
            assertThat(java.util.List.of(p.get("left"), p.get("right"))).extracting(r -> r.path("entityId").asText(""),
                    r -> r.get("shown").asText()).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(p3, "Piet de Wit"),
                    org.assertj.core.groups.Tuple.tuple("", "een record van FIOD"));
            assertThat(p.get("judgeOrganisation").asText()).isEqualTo("FIOD");
        });

        var answered = mvc.perform(body(as(post("/api/v1/resolution/pending-judgements/" + pendingId + "/answers"), police,
                "STRAFRECHTELIJK_ONDERZOEK"), "{\"consent\": true}")).andReturn().getResponse();
        assertThat(answered.getStatus()).as(answered.getContentAsString()).isEqualTo(200);
        assertThat(answered.getContentAsString()).doesNotContain(f2, "1975-06-01").contains("een record van FIOD");
        assertThat(JSON.readTree(answered.getContentAsString()).get("status").asText()).isEqualTo("APPLIED");
        // The judge's own organisation, which sees both records, still sees both ids.
        assertThat(json(as(get("/api/v1/resolution/proposed-judgements"), "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"), 200)
                .toString()).contains(f2, p3);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 18: the organisation's proposed judgements name a record by id only to a colleague"
            + " who may see it now")
    void finding18ProposedJudgementsNameOnlyRecordsTheColleagueMaySee() throws Exception {
        String p3 = storage.store().entityIds().id("politie-bvh", "p3");
        String h1 = storage.store().entityIds().id("haven-passen", "h1");
        String order = JSON.writeValueAsString(java.util.Map.of("left", p3, "right", h1, "verdict", "NO_MATCH"));
        JsonNode judged = json(body(as(post("/api/v1/resolution/judgements"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                order), 201);
        assertThat(judged.get("status").asText()).isEqualTo("PENDING_CONSENT");

        assertThat(json(as(get("/api/v1/resolution/proposed-judgements"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), 200)
                .toString()).as("the judge sees the port's person").contains(h1);
        // The analyst's agreement with the port covers no persons: the proposal shows the record as the port's.
        JsonNode colleague = json(as(get("/api/v1/resolution/proposed-judgements"), "analist-politie", "THEMATISCHE_ANALYSE"), 200);
        assertThat(colleague.toString()).doesNotContain(h1).contains("een record van HAVENBEDRIJF");
        assertThat(colleague).filteredOn(p -> p.get("id").asText().equals(judged.get("pendingId").asText())).singleElement()
                .satisfies(p -> assertThat(java.util.List.of(p.get("left"), p.get("right"))).extracting(r -> r.path("entityId").asText(""))
                        .containsExactlyInAnyOrder(p3, ""));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 18: the organisation's export list names only the entities the caller may see now")
    void finding18TheExportListNamesOnlyEntitiesTheCallerMaySee() throws Exception {
        String p3 = storage.store().entityIds().id("politie-bvh", "p3");
        String h1 = storage.store().entityIds().id("haven-passen", "h1");
        JsonNode requested = json(body(as(post("/api/v1/exports"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                "{\"entityIds\": [\"" + p3 + "\", \"" + h1 + "\"], \"format\": \"CSV\", \"justification\": \"proces-verbaal\"}"), 201);
        String exportId = requested.get("id").asText();
        assertThat(requested.get("entityIds").toString()).contains(p3, h1);

        JsonNode list = json(as(get("/api/v1/exports"), "analist-politie", "THEMATISCHE_ANALYSE"), 200);
        assertThat(list.toString()).doesNotContain(h1);
        assertThat(list).filteredOn(e -> e.get("id").asText().equals(exportId)).singleElement()
                .satisfies(e -> assertThat(e.get("entityIds").toString()).isEqualTo("[\"" + p3 + "\"]"));
        assertThat(json(as(get("/api/v1/exports/" + exportId), "analist-politie", "THEMATISCHE_ANALYSE"), 200).toString())
                .doesNotContain(h1).contains(p3);
        assertThat(json(as(get("/api/v1/exports"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), 200).toString())
                .as("the requester still sees what it asked for").contains(h1);
    }

    @Test
    void aFlagIsLiftedByTwoMembersOfTheOwningUnitAndARefusalIsAProblemNamingTheRule() throws Exception {
        String p2 = storage.store().entityIds().id("politie-bvh", "p2");
        String owner = "analist-politie";
        json(body(as(post("/api/v1/protected-persons"), owner, "THEMATISCHE_ANALYSE"),
                "{\"entityId\": \"" + p2 + "\", \"reason\": \"bedreigde getuige\"}"), 201);

        JsonNode refused = json(as(post("/api/v1/protected-persons/" + p2 + "/lift-approvals"), "privacy-officer",
                "VERANTWOORDING"), 403);
        assertThat(refused.get("detail").asText()).contains("afscherming-opheffen-vier-ogen");
        json(body(as(post("/api/v1/protected-persons/" + p2 + "/lift-requests"), owner, "THEMATISCHE_ANALYSE"),
                "{\"reason\": \"dreiging voorbij\"}"), 201);
        assertThat(json(as(get("/api/v1/protected-persons/" + p2 + "/lift-requests"), "teamleider-rio", "THEMATISCHE_ANALYSE"), 200))
                .singleElement().satisfies(r -> assertThat(r.get("requestedBy").asText()).isEqualTo(owner));
        json(as(post("/api/v1/protected-persons/" + p2 + "/lift-approvals"), owner, "THEMATISCHE_ANALYSE"), 403);
        json(as(post("/api/v1/protected-persons/" + p2 + "/lift-approvals"), "teamleider-rio", "THEMATISCHE_ANALYSE"), 204);

        assertThat(storage.store().registers().isProtected(p2)).isFalse();
    }

    @Test
    void aPrivacyOfficerCannotHoldAnotherPartnersDataset() throws Exception {
        JsonNode refused = json(body(as(post("/api/v1/legal-holds"), "privacy-officer", "VERANTWOORDING"),
                "{\"scope\": \"DATASET\", \"target\": \"fiod-onderzoek\", \"reason\": \"procedure\"}"), 403);
        assertThat(refused.get("detail").asText()).contains("bewaarplicht-eigen-gegevens");
        JsonNode own = json(body(as(post("/api/v1/legal-holds"), "privacy-officer", "VERANTWOORDING"),
                "{\"scope\": \"DATASET\", \"target\": \"politie-bvh\", \"reason\": \"procedure\"}"), 201);
        assertThat(own.get("organisation").asText()).isEqualTo("POLITIE");
    }
}
