package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiAccessTest extends SignedInWebTestSupport {
    private final ObjectMapper json = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return json.readValue(response.getContentAsString(), Map.class);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblemWithoutABasicChallenge() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").param("q", "x")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaders("WWW-Authenticate")).noneMatch(h -> h.toLowerCase().startsWith("basic"));
        assertThat(problem(response)).containsEntry("status", 401).containsEntry("title", "Niet ingelogd");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    @DisplayName("finding 16: after five wrong passwords from one address the sixth there is 429, the right password from another address signs in")
    void finding16WrongPasswordsFromOneAddressDoNotLockTheAccountElsewhere() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse failed = mvc.perform(get("/api/v1/search").with(httpBasic("beslagcoordinator-om", "fout-" + i))
                    .with(from("198.51.100.1"))).andReturn().getResponse();
            assertThat(failed.getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse sixth = mvc.perform(get("/api/v1/search").with(httpBasic("beslagcoordinator-om", PASSWORD))
                .header("X-Doel", "BESLAGBEHEER").with(from("198.51.100.1"))).andReturn().getResponse();
        assertThat(sixth.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(problem(sixth)).containsEntry("status", 429).containsEntry("title", "Te veel mislukte inlogpogingen");

        MockHttpServletResponse elsewhere = mvc.perform(get("/api/v1/search").with(httpBasic("beslagcoordinator-om", PASSWORD))
                .header("X-Doel", "BESLAGBEHEER").with(from("198.51.100.2"))).andReturn().getResponse();
        assertThat(elsewhere.getStatus()).isEqualTo(200);
    }

    @Test
    @DisplayName("finding 16: one user's failures behind a shared address do not refuse another user behind it")
    void finding16OneUsersFailuresDoNotLockOutColleaguesBehindTheSameAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/search").with(httpBasic("douane-analist", "fout-" + i)).with(from("198.51.100.5")));
        }
        MockHttpServletResponse colleague = mvc.perform(get("/api/v1/search").with(httpBasic("analist-politie", PASSWORD))
                .header("X-Doel", "THEMATISCHE_ANALYSE").with(from("198.51.100.5"))).andReturn().getResponse();
        assertThat(colleague.getStatus()).isEqualTo(200);
    }

    @Test
    void sprayingManyUserNamesFromOneAddressMakesNamesThatNeverSignedInThereWait() throws Exception {
        MockHttpServletResponse before = mvc.perform(get("/api/v1/search").with(httpBasic("zeehavenpolitie", PASSWORD))
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK").with(from("198.51.100.9"))).andReturn().getResponse();
        assertThat(before.getStatus()).isEqualTo(200);
        for (int i = 0; i < ADDRESS_CEILING; i++) {
            mvc.perform(get("/api/v1/search").with(httpBasic("niemand-" + i, "fout")).with(from("198.51.100.9")));
        }
        MockHttpServletResponse stranger = mvc.perform(get("/api/v1/search").with(httpBasic("fiu-analist", PASSWORD))
                .header("X-Doel", "THEMATISCHE_ANALYSE").with(from("198.51.100.9"))).andReturn().getResponse();
        assertThat(stranger.getStatus()).isEqualTo(429);
        MockHttpServletResponse known = mvc.perform(get("/api/v1/search").with(httpBasic("zeehavenpolitie", PASSWORD))
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK").with(from("198.51.100.9"))).andReturn().getResponse();
        assertThat(known.getStatus()).as("signed in from this address before").isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutXDoelEntityDataIs400NamingTheHeaderAndThePurposesTheUserMayDeclare() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").param("q", "x")
                .with(httpBasic("riec-adviseur", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        Map<String, Object> problem = problem(response);
        assertThat((String) problem.get("detail")).contains("X-Doel", "RIEC_CASUS, THEMATISCHE_ANALYSE");
        assertThat(problem).containsEntry("header", "X-Doel");
        assertThat((List<String>) problem.get("purposes")).containsExactly("RIEC_CASUS", "THEMATISCHE_ANALYSE");
    }

    @Test
    void aPurposeTheUsersRolesDoNotGrantIs403() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/entities/e1").header("X-Doel", "BIBOB_TOETS")
                .with(httpBasic("riec-adviseur", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat((String) problem(response).get("detail")).contains("may not act for purpose BIBOB_TOETS");
    }

    @Test
    void anUnknownPurposeIs400() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").header("X-Doel", "NIEUWSGIERIGHEID")
                .with(httpBasic("riec-adviseur", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat((String) problem(response).get("detail")).contains("'NIEUWSGIERIGHEID' is not a known purpose");
    }

    @Test
    void aGrantedPurposeAnswers200WithATraceId() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").param("q", "x").header("X-Doel", "RIEC_CASUS")
                .with(httpBasic("riec-adviseur", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Trace-Id")).matches("[0-9a-f]{32}");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theCallersTraceparentGivesTheTraceId() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").header("X-Doel", "RIEC_CASUS")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .with(httpBasic("riec-adviseur", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Trace-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentIsPublicAndDescribesBasicAuthAndTheXDoelHeader() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, Object> doc = json.readValue(response.getContentAsString(), Map.class);
        Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("paths"))
                .get("/api/v1/search")).get("get");
        assertThat((List<Map<String, Object>>) search.get("parameters")).extracting(p -> p.get("name"))
                .contains("X-Doel", "q").doesNotContain("ctx");
        assertThat(response.getContentAsString()).contains("\"scheme\":\"basic\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("deliver 11: the OpenAPI document describes the product, its version and contact, its bounds and the API-Version header")
    void theOpenApiDocumentDescribesTheProductItsBoundsAndTheApiVersionHeader() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getHeader("API-Version")).isEqualTo(nl.gedeeldbeeld.app.web.ApiVersion.CURRENT);
        Map<String, Object> doc = json.readValue(response.getContentAsString(), Map.class);
        Map<String, Object> info = (Map<String, Object>) doc.get("info");
        assertThat(info).containsEntry("title", "Gedeeld Beeld API").containsEntry("version", nl.gedeeldbeeld.app.web.ApiVersion.CURRENT);
        assertThat((String) info.get("version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat((Map<String, Object>) info.get("contact")).containsKeys("name", "email", "url");
        Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("paths"))
                .get("/api/v1/search")).get("get");
        Map<String, Object> q = ((List<Map<String, Object>>) search.get("parameters")).stream()
                .filter(p -> "q".equals(p.get("name"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) q.get("schema")).containsEntry("maxLength", 200);
        Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) search.get("responses")).get("200");
        assertThat((Map<String, Object>) ok.get("headers")).containsKey("API-Version");

        MockHttpServletResponse refused = mvc.perform(get("/api/v1/search")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeader("API-Version")).as("on refusals too").isEqualTo(nl.gedeeldbeeld.app.web.ApiVersion.CURRENT);
    }
}
