package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The pages' scripts (network explorer) call the API same-origin with the browser's session cookie and the
 * page's purpose in X-Doel; the API keeps its purpose rules and asks the CSRF token of writes on the cookie.
 */
class ApiOnTheSessionTest extends SignedInWebTestSupport {

    @Test
    void aSignedInBrowserSessionReadsTheApiUnderTheDeclaredPurpose() throws Exception {
        MockHttpSession session = session("analist-politie");
        MockHttpServletResponse response = mvc.perform(get("/api/v1/network/view").session(session)
                .header("X-Doel", "THEMATISCHE_ANALYSE")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"nodeCount\"");
    }

    @Test
    void onTheSessionTheApiStillRefusesAPurposeTheUsersRolesDoNotGrant() throws Exception {
        MockHttpSession session = session("riec-adviseur");
        MockHttpServletResponse response = mvc.perform(get("/api/v1/network/view").session(session)
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aWriteRidingOnTheSessionCookieWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = session("analist-politie");
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/exports").session(session)
                .header("X-Doel", "THEMATISCHE_ANALYSE").contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityIds\":[\"x\"]}")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

        MockHttpServletResponse withToken = mvc.perform(post("/api/v1/exports").session(session).with(csrf())
                .header("X-Doel", "THEMATISCHE_ANALYSE").contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityIds\":[\"x\"]}")).andReturn().getResponse();
        assertThat(withToken.getStatus()).isNotEqualTo(403);
    }

    @Test
    void aWriteWithItsOwnCredentialsNeedsNoCsrfTokenAndCreatesNoSession() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/exports").with(httpBasic("analist-politie", PASSWORD))
                .header("X-Doel", "THEMATISCHE_ANALYSE").contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityIds\":[\"x\"]}")).andReturn().getResponse();
        assertThat(response.getStatus()).isNotEqualTo(403).isNotEqualTo(401);
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }
}
