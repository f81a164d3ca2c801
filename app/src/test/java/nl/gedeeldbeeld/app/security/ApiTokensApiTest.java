package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Short-lived API tokens: bought once with the password or the web session, sent as a bearer token instead
 * of the password, under exactly the purpose rules of a password; a bad, expired or revoked token is a 401
 * problem, and issuing and revoking are audited.
 */
class ApiTokensApiTest extends SignedInWebTestSupport {
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    AuditLog audit;

    private JsonNode body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString().isEmpty() ? json.nullNode() : json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String tokenFor(String user, String purposeJson) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/tokens").with(httpBasic(user, PASSWORD)).with(from("192.0.2.50"));
        if (purposeJson != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(purposeJson);
        }
        return body(perform(request), 201).get("token").asText();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    @Test
    void aPasswordBuysAnOpaqueTokenThatSignsInUnderTheSamePurposeRules() throws Exception {
        Instant before = Instant.now();
        JsonNode issued = body(perform(post("/api/v1/tokens").with(httpBasic("analist-politie", PASSWORD))), 201);
        String token = issued.get("token").asText();
        assertThat(token).startsWith("gbt_");
        assertThat(Base64.getUrlDecoder().decode(token.substring(4))).as("at least 128 random bits").hasSizeGreaterThanOrEqualTo(16);
        assertThat(issued.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(issued.get("expiresIn").asLong()).isEqualTo(3600);
        assertThat(Instant.parse(issued.get("expiresAt").asText())).isBetween(before.plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));

        assertThat(perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "THEMATISCHE_ANALYSE"), token))
                .getStatus()).isEqualTo(200);
        assertThat(body(perform(bearer(get("/api/v1/search").param("q", "x"), token)), 400).get("detail").asText())
                .contains("X-Doel");
        assertThat(perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "BIBOB_TOETS"), token)).getStatus())
                .as("a purpose the user's roles do not grant").isEqualTo(403);
    }

    @Test
    void aSignedInBrowserGetsATokenWithTheSessionsCsrfTokenAndNotWithout() throws Exception {
        var session = session("fiu-analist");
        assertThat(perform(post("/api/v1/tokens").session(session)).getStatus()).as("no CSRF token").isEqualTo(403);
        String token = body(perform(post("/api/v1/tokens").session(session).with(csrf())), 201).get("token").asText();
        assertThat(perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "THEMATISCHE_ANALYSE"), token))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aTokenBoundToAPurposeWorksOnlyUnderThatPurpose() throws Exception {
        String token = tokenFor("riec-adviseur", "{\"purpose\": \"RIEC_CASUS\"}");
        assertThat(perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "RIEC_CASUS"), token)).getStatus())
                .isEqualTo(200);
        assertThat(body(perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "THEMATISCHE_ANALYSE"), token)), 403)
                .get("detail").asText()).contains("bound to purpose RIEC_CASUS");

        assertThat(perform(post("/api/v1/tokens").param("purpose", "NIEUWSGIERIGHEID").with(httpBasic("riec-adviseur", PASSWORD)))
                .getStatus()).isEqualTo(400);
        assertThat(perform(post("/api/v1/tokens").param("purpose", "BIBOB_TOETS").with(httpBasic("riec-adviseur", PASSWORD)))
                .getStatus()).as("a purpose the roles do not grant").isEqualTo(403);
    }

    @Test
    void anUnknownOrRevokedTokenIsA401ProblemAndATokenIssuesNoTokens() throws Exception {
        for (String bad : new String[] {"gbt_" + "A".repeat(43), "nonsense", "!!!", "gbt_" + "x".repeat(5000)}) {
            MockHttpServletResponse refused = perform(bearer(get("/api/v1/search").param("q", "x").header("X-Doel", "RIEC_CASUS"), bad));
            assertThat(refused.getStatus()).as(bad).isEqualTo(401);
            assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        String token = tokenFor("officier-om", null);
        assertThat(perform(bearer(post("/api/v1/tokens"), token)).getStatus()).as("a token does not renew itself").isEqualTo(403);
        assertThat(perform(delete("/api/v1/tokens/current").with(httpBasic("officier-om", PASSWORD))).getStatus())
                .as("a password request carries no token to revoke").isEqualTo(400);

        assertThat(perform(bearer(delete("/api/v1/tokens/current"), token)).getStatus()).isEqualTo(204);
        MockHttpServletResponse revoked = perform(bearer(get("/api/v1/search").param("q", "x")
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK"), token));
        assertThat(body(revoked, 401).get("title").asText()).isEqualTo("Token ongeldig");
    }

    @Test
    void issuingAndRevokingAreAuditedWithTheTokensReferenceNeverItsValue() throws Exception {
        JsonNode issued = body(perform(post("/api/v1/tokens").param("purpose", "BESLAGBEHEER")
                .with(httpBasic("beslagcoordinator-om", PASSWORD)).with(from("192.0.2.60"))), 201);
        String token = issued.get("token").asText();
        String reference = issued.get("reference").asText();
        assertThat(perform(bearer(delete("/api/v1/tokens/current"), token)).getStatus()).isEqualTo(204);

        var events = audit.findByActorAndPurpose("beslagcoordinator-om", "BESLAGBEHEER").stream()
                .filter(e -> e.spanId().equals("api-token")).toList();
        assertThat(events).extracting(AuditEvent::decision).containsExactly("ISSUE", "REVOKE");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ADMIN);
            assertThat(e.detail()).contains(reference).doesNotContain(token);
            assertThat(e.organisation()).isEqualTo("OM");
        });
    }

    @Test
    void overHttpATokenFromThePasswordSignsInTheNextRequests() {
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth("douane-analist", PASSWORD);
        ResponseEntity<Map> issued = http.exchange("/api/v1/tokens", HttpMethod.POST, new HttpEntity<>(basic), Map.class);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        assertThat(issued.getHeaders().getCacheControl()).contains("no-store");

        HttpHeaders withToken = new HttpHeaders();
        withToken.setBearerAuth((String) issued.getBody().get("token"));
        withToken.set("X-Doel", "THEMATISCHE_ANALYSE");
        ResponseEntity<String> search = http.exchange("/api/v1/search?q=haven", HttpMethod.GET, new HttpEntity<>(withToken), String.class);
        assertThat(search.getStatusCode().value()).isEqualTo(200);
        assertThat(search.getHeaders().get(HttpHeaders.SET_COOKIE)).as("stateless").isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentShowsTheBearerSchemeBesideBasic() throws Exception {
        Map<String, Object> doc = json.readValue(perform(get("/api/v1/openapi.json")).getContentAsString(), Map.class);
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("securitySchemes");
        assertThat((Map<String, Object>) schemes.get("bearer")).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat((Map<String, Object>) schemes.get("basic")).containsEntry("scheme", "basic");
        assertThat(doc.get("security").toString()).contains("basic", "bearer");
        assertThat(((Map<String, Object>) doc.get("paths"))).containsKeys("/api/v1/tokens", "/api/v1/tokens/current");
    }
}
