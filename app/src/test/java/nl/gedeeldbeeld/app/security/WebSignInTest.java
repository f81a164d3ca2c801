package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class WebSignInTest extends SignedInWebTestSupport {

    @Test
    void aPageAsksAnAnonymousVisitorToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/entiteiten/x")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/inloggen");
    }

    @Test
    void theSignInPageIsDutchAndLabelsItsFields() throws Exception {
        String html = mvc.perform(get("/inloggen")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"nl\"", "<label for=\"gebruikersnaam\">", "<label for=\"wachtwoord\">",
                "autocomplete=\"current-password\"", "name=\"_csrf\"").doesNotContain("aria-invalid");
    }

    @Test
    void signingInWithADemoAccountLandsOnThePurposePage() throws Exception {
        MvcResult result = signIn("analist-politie", PASSWORD, "192.0.2.10");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/doel");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        String html = mvc.perform(get("/doel").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ingelogd als <strong>Analist Politie</strong>", "Politie — Eenheid Rotterdam",
                "Nog geen doel gekozen");
    }

    @Test
    void signingInAfterAskingForAPageReturnsThereOnceAPurposeIsChosen() throws Exception {
        MvcResult asked = mvc.perform(get("/entiteiten/e1")).andReturn();
        MockHttpSession session = (MockHttpSession) asked.getRequest().getSession(false);
        MvcResult signedIn = mvc.perform(post("/inloggen").session(session).param("gebruikersnaam", "riec-adviseur")
                .param("wachtwoord", PASSWORD).with(csrf()).with(from("192.0.2.11"))).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/doel?terug=%2Fentiteiten%2Fe1");
        MvcResult chosen = mvc.perform(post("/doel").session(session).param("doel", "RIEC_CASUS")
                .param("terug", "/entiteiten/e1").with(csrf())).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/entiteiten/e1");
    }

    @Test
    void overHttpTheSessionCookieIsHttpOnlyAndSameSiteLaxAndSigningInGivesANewSessionId() {
        ResponseEntity<String> page = http.getForEntity("/inloggen", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(token.find()).isTrue();
        String before = cookie.substring(0, cookie.indexOf(';'));

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, before);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("gebruikersnaam", "rechercheur-politie");
        form.add("wachtwoord", PASSWORD);
        form.add("_csrf", token.group(1));
        ResponseEntity<String> signedIn = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).postForEntity("/inloggen", new HttpEntity<>(form, headers), String.class);
        assertThat(signedIn.getStatusCode().value()).isEqualTo(302);
        assertThat(signedIn.getHeaders().getLocation()).hasPath("/doel");
        String after = signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(after).startsWith("JSESSIONID=").doesNotContain(before);
    }

    @Test
    void aWrongPasswordFailsWithADutchMessageTiedToTheFields() throws Exception {
        MvcResult result = signIn("zeehavenpolitie", "geraden", "192.0.2.20");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        String html = mvc.perform(get("/inloggen").param("fout", "").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("De gebruikersnaam of het wachtwoord is onjuist.", "role=\"alert\"",
                "aria-describedby=\"inlogfout\"", "aria-invalid=\"true\"");
        assertThat(mvc.perform(get("/doel").session(session)).andReturn().getResponse().getRedirectedUrl()).endsWith("/inloggen");
    }

    @Test
    @DisplayName("finding 16: the sixth sign-in from the failing address waits, the right password from another address signs in")
    void finding16TheSixthSignInFromTheFailingAddressWaitsButAnotherAddressSignsIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("kmar-rechercheur", "fout-" + i, "192.0.2.30").getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
        }
        MvcResult sixth = signIn("kmar-rechercheur", PASSWORD, "192.0.2.30");
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
        MockHttpSession session = (MockHttpSession) sixth.getRequest().getSession(false);
        String html = mvc.perform(get("/inloggen").param("fout", "").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("Te veel mislukte inlogpogingen vanaf dit adres\\. Probeer het over \\d+ seconden opnieuw\\.");

        MvcResult elsewhere = signIn("kmar-rechercheur", PASSWORD, "192.0.2.31");
        assertThat(elsewhere.getResponse().getRedirectedUrl()).isEqualTo("/doel");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        MockHttpServletResponse login = mvc.perform(post("/inloggen").param("gebruikersnaam", "analist-politie")
                .param("wachtwoord", PASSWORD).with(from("192.0.2.40"))).andReturn().getResponse();
        assertThat(login.getStatus()).isEqualTo(403);
        MockHttpSession session = session("analist-politie");
        assertThat(mvc.perform(post("/doel").session(session).param("doel", "THEMATISCHE_ANALYSE"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/uitloggen").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePurposePageListsOnlyThePurposesTheUsersRolesGrantWithTheirLegalBasis() throws Exception {
        String html = mvc.perform(get("/doel").session(session("bibob-medewerker"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"nl\"", "<legend>", "value=\"BIBOB_TOETS\"", "value=\"RIEC_CASUS\"",
                "Bibob-toets", "Wet Bibob art. 3 en 7a", "<label for=\"doel-0\"");
        assertThat(html).doesNotContain("value=\"STRAFRECHTELIJK_ONDERZOEK\"", "value=\"THEMATISCHE_ANALYSE\"",
                "value=\"BESLAGBEHEER\"", "value=\"VERANTWOORDING\"");
    }

    @Test
    void aPurposeTheRolesDoNotGrantCannotBeChosen() throws Exception {
        MockHttpSession session = session("bibob-medewerker");
        MockHttpServletResponse response = mvc.perform(post("/doel").session(session).param("doel", "STRAFRECHTELIJK_ONDERZOEK")
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"doel-fout\"", "U kunt alleen een doel kiezen dat uw rollen toestaan");
        assertThat(session.getAttribute(DeclaredPurpose.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void aPageThatShowsEntityDataSendsTheUserToChooseAPurposeFirst() throws Exception {
        MockHttpSession session = session("fiu-analist");
        MockHttpServletResponse response = mvc.perform(get("/?q=jan").session(session)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/doel?terug=%2F%3Fq%3Djan");
    }

    @Test
    void theChosenPurposeShowsInTheHeaderWithALinkToChangeIt() throws Exception {
        MockHttpSession session = session("douane-analist");
        MockHttpServletResponse chosen = mvc.perform(post("/doel").session(session).param("doel", "THEMATISCHE_ANALYSE")
                .with(csrf())).andReturn().getResponse();
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/");
        String html = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Analist Douane", "Douane Rotterdam Rijnmond",
                "Doel: <strong>Thematische analyse — fenomeen- en ondermijningsbeeld</strong>", "href=\"/doel\"", "Doel wijzigen");
    }

    @Test
    void aReturnAddressOffThisSiteIsIgnored() throws Exception {
        MockHttpSession session = session("officier-om");
        for (String elsewhere : new String[] {"https://example.org/", "//example.org/", "/\\example.org"}) {
            MockHttpServletResponse response = mvc.perform(post("/doel").session(session).param("doel", "RIEC_CASUS")
                    .param("terug", elsewhere).with(csrf())).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).isEqualTo("/");
        }
    }

    @Test
    void signingOutEndsTheSessionAndItsPurpose() throws Exception {
        MockHttpSession session = session("privacy-officer");
        mvc.perform(post("/doel").session(session).param("doel", "VERANTWOORDING").with(csrf()));
        MockHttpServletResponse out = mvc.perform(post("/uitloggen").session(session).with(csrf())).andReturn().getResponse();
        assertThat(out.getRedirectedUrl()).isEqualTo("/inloggen?uitgelogd");
        assertThat(session.isInvalid()).isTrue();
        String html = mvc.perform(get("/inloggen").param("uitgelogd", "")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("U bent uitgelogd.");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
                mvc.perform(get("/inloggen")).andReturn().getResponse(),
                mvc.perform(get("/doel").session(session("rechercheur-politie"))).andReturn().getResponse(),
                mvc.perform(get("/api/v1/search")).andReturn().getResponse()}) {
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(
                    "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
            assertThat(response.getHeader("X-Trace-Id")).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void onHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/inloggen").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void healthAndTheStylesheetArePublic() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/css/gb.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
