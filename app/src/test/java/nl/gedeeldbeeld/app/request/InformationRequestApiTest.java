package nl.gedeeldbeeld.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.app.browser.DemoWorld;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API of requests for information after a hit on the demo world: what the requester and the addressed partner
 * each get back (and not), who may answer, and the Dutch/English 400s for bad input.
 */
@SpringBootTest(classes = nl.gedeeldbeeld.app.web.GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class InformationRequestApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path world;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @Autowired
    IdentityService identities;

    @DynamicPropertySource
    static void demoWorld(DynamicPropertyRegistry registry) {
        synchronized (InformationRequestApiTest.class) {
            if (world == null) {
                world = DemoWorld.freshCopy("gb-request-api");
            }
        }
        registry.add("gb.store", () -> world.resolve("data").toString());
        registry.add("gb.audit", () -> world.resolve("data").resolve("audit").resolve("audit.log").toString());
    }

    private MockHttpServletResponse send(String user, String purpose, HttpMethod method, String uri, String body) throws Exception {
        var request = request(method, URI.create(uri)).with(user(user)).header("X-Doel", purpose);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Police person records known at FIOD only for the police investigator, each with FIOD's records that hit. */
    private List<List<String>> policePersonsKnownAtFiod(int wanted) {
        AccessContext police = access.decisions().open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK",
                "api-test", Instant.now());
        Set<String> candidates = new LinkedHashSet<>();
        for (Judgement j : storage.store().judgements().all()) {
            candidates.add(j.left());
            candidates.add(j.right());
        }
        List<List<String>> out = new java.util.ArrayList<>();
        for (String id : candidates) {
            var statements = storage.store().statementsOf(id);
            if (!statements.isEmpty() && statements.get(0).provenance().dataset().equals("politie-bvh")) {
                List<String> hits = identities.hitRecords(police, id, "FIOD");
                if (!hits.isEmpty()) {
                    out.add(java.util.stream.Stream.concat(java.util.stream.Stream.of(id), hits.stream()).toList());
                    if (out.size() == wanted) {
                        return out;
                    }
                }
            }
        }
        throw new IllegalStateException("the demo world has fewer than " + wanted + " police persons known at FIOD only");
    }

    private static String ask(String entity, String organisation, String justification) {
        return "{\"entityId\":\"" + entity + "\",\"organisation\":\"" + organisation + "\",\"justification\":\""
                + justification + "\"}";
    }

    @Test
    void theRequesterGetsNeitherThePartnersRecordsNorWhoAnsweredAndThePartnerNeitherTheRequestersRecordNorWhoAsked()
            throws Exception {
        List<String> subject = policePersonsKnownAtFiod(1).get(0);
        String person = subject.get(0);
        List<String> fiodRecords = subject.subList(1, subject.size());

        MockHttpServletResponse asked = send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests", ask(person, "FIOD", "API-test: witwasonderzoek"));
        assertThat(asked.getStatus()).as(text(asked)).isEqualTo(201);
        JsonNode sent = JSON.readTree(text(asked));
        assertThat(sent.get("status").asText()).isEqualTo("OPEN");
        assertThat(sent.get("subjectId").asText()).isEqualTo(person);
        fiodRecords.forEach(r -> assertThat(sent.toString()).doesNotContain(r));
        String id = sent.get("id").asText();

        String received = text(send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET, "/api/v1/requests/received", null));
        JsonNode mine = null;
        for (JsonNode r : JSON.readTree(received)) {
            if (r.get("id").asText().equals(id)) {
                mine = r;
            }
        }
        assertThat(mine).as(received).isNotNull();
        assertThat(mine.get("requesterOrganisation").asText()).isEqualTo("POLITIE");
        assertThat(mine.get("justification").asText()).isEqualTo("API-test: witwasonderzoek");
        assertThat(mine.get("ownRecords")).extracting(JsonNode::asText).containsExactlyElementsOf(fiodRecords);
        assertThat(mine.toString()).doesNotContain(person).doesNotContain("rechercheur-politie");

        assertThat(text(send("kmar-rechercheur", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET, "/api/v1/requests/received", null)))
                .doesNotContain(id);
        assertThat(text(send("kmar-rechercheur", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET, "/api/v1/requests", null)))
                .doesNotContain(id);
        MockHttpServletResponse notTheirs = send("kmar-rechercheur", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests/" + id + "/answers", "{\"decision\":\"PROVIDE\",\"text\":\"ik ben KMar\"}");
        assertThat(notTheirs.getStatus()).as("a request not addressed to KMar does not exist for it").isEqualTo(404);
        MockHttpServletResponse requesterAnswers = send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests/" + id + "/answers", "{\"decision\":\"PROVIDE\",\"text\":\"zelf verstrekt\"}");
        assertThat(requesterAnswers.getStatus()).isEqualTo(404);

        MockHttpServletResponse refused = send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests/" + id + "/answers", "{\"decision\":\"REFUSE\",\"text\":\"Lopend fiscaal onderzoek\"}");
        assertThat(refused.getStatus()).as(text(refused)).isEqualTo(200);
        assertThat(JSON.readTree(text(refused)).get("status").asText()).isEqualTo("REFUSED");
        MockHttpServletResponse again = send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests/" + id + "/answers", "{\"decision\":\"PROVIDE\",\"text\":\"toch wel\"}");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(text(again)).contains("al beantwoord");

        String mineNow = text(send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET, "/api/v1/requests", null));
        assertThat(mineNow).contains(id, "REFUSED", "Lopend fiscaal onderzoek").doesNotContain("rechercheur-fiod");
        fiodRecords.forEach(r -> assertThat(mineNow).doesNotContain(r));
        AccessContext police = access.decisions().open("rechercheur-politie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK",
                "api-test", Instant.now());
        assertThat(identities.identity(police, person).orElseThrow().knownAt())
                .as("a refusal confirms no hit: FIOD is still only 'bekend bij'")
                .extracting(IdentityService.KnownAt::organisation).contains("FIOD");
    }

    @Test
    void aRequestWithoutJustificationOrToAPartnerThatIsNotBekendBijIsA400ThatSaysWhy() throws Exception {
        String person = policePersonsKnownAtFiod(1).get(0).get(0);
        MockHttpServletResponse blank = send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests", ask(person, "FIOD", "   "));
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentType()).startsWith("application/problem+json");
        assertThat(text(blank)).contains("justification");
        MockHttpServletResponse wrongPartner = send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                "/api/v1/requests", ask(person, "KMAR", "waarom niet"));
        assertThat(wrongPartner.getStatus()).isEqualTo(400);
        assertThat(text(wrongPartner)).contains("niet 'bekend bij' KMAR");
        MockHttpServletResponse unseen = send("bibob-medewerker", "BIBOB_TOETS", HttpMethod.POST,
                "/api/v1/requests", ask(person, "FIOD", "mag ik dit zien?"));
        assertThat(unseen.getStatus()).as("an entity the caller may not see is not found").isEqualTo(404);
    }
}
