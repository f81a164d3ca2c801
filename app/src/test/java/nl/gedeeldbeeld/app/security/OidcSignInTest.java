package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** With OIDC on, explicit provider endpoints and no network: the sign-in goes to the identity provider. */
@SpringBootTest(classes = GedeeldBeeldApplication.class, properties = {
        "gb.auth.oidc.enabled=true",
        "spring.security.oauth2.client.registration.gb.client-id=gedeeldbeeld",
        "spring.security.oauth2.client.registration.gb.client-secret=geheim",
        "spring.security.oauth2.client.registration.gb.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.gb.scope=openid,profile",
        "spring.security.oauth2.client.registration.gb.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.gb.authorization-uri=https://login.example.nl/auth",
        "spring.security.oauth2.client.provider.gb.token-uri=https://login.example.nl/token",
        "spring.security.oauth2.client.provider.gb.jwk-set-uri=https://login.example.nl/certs"})
@AutoConfigureMockMvc
class OidcSignInTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("gb-oidc-test").toString();
        registry.add("gb.store", () -> data);
    }

    @Test
    void theSignInPageRedirectsToTheAuthorizationEndpoint() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/entiteiten/e1")).andReturn().getResponse();
        assertThat(page.getRedirectedUrl()).endsWith("/inloggen");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse login = mvc.perform(get("/inloggen").session(session)).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/oauth2/authorization/gb");
        MockHttpServletResponse authorize = mvc.perform(get("/oauth2/authorization/gb").session(session)).andReturn().getResponse();
        UriComponents idp = UriComponentsBuilder.fromUriString(authorize.getRedirectedUrl()).build();
        assertThat(idp.getScheme() + "://" + idp.getHost() + idp.getPath()).isEqualTo("https://login.example.nl/auth");
        assertThat(idp.getQueryParams()).containsKeys("state", "nonce", "redirect_uri");
        assertThat(idp.getQueryParams().getFirst("client_id")).isEqualTo("gedeeldbeeld");
        assertThat(idp.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(idp.getQueryParams().getFirst("scope")).contains("openid");
    }

    @Test
    void afterAFailedSignInThePageExplainsAndOffersToTryAgain() throws Exception {
        String html = mvc.perform(get("/inloggen").param("fout", "")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Inloggen is mislukt", "href=\"/oauth2/authorization/gb\"").doesNotContain("name=\"wachtwoord\"");
    }

    @Test
    void theDemoPasswordsDoNotWorkBesideARealIdentityProvider() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/search").header("X-Doel", "THEMATISCHE_ANALYSE")
                .with(httpBasic("analist-politie", "gedeeld-beeld-demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
    }
}
