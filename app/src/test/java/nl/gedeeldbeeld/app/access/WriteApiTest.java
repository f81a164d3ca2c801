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
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kees Bedreigd\"]}}", ""));
        Path fiod = Files.writeString(data.resolve("fiod.ftm.json"),
                "{\"id\":\"f1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"J. v.d. Berg\"],\"birthDate\":[\"1980-04-23\"]}}\n");
        Importer importer = new Importer(storage.importTarget());
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
        assertThat(queue).singleElement().satisfies(p -> {
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
                .singleElement().satisfies(p -> assertThat(p.get("status").asText()).isEqualTo("APPLIED"));
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
