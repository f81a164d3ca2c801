package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 item 9 (small defects): the API-sleutel page issues a token shown once that works against the API and
 * revokes it, after which it no longer does; an unknown page is a Dutch error page in the site's layout (not
 * Spring's English "Whitelabel Error Page"), while an unknown API path stays an application/problem+json.
 */
class ApiKeyAndErrorPagesBrowserTest extends BrowserTestSupport {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String waitForOutcome(String contains) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("uitslag")).getText().contains(contains));
        return driver.findElement(By.id("uitslag")).getText();
    }

    @Test
    void aSignedInUserIssuesATokenShownOnceThatWorksAndRevokesItAfterWhichItNoLongerWorks() throws Exception {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(driver.findElements(By.cssSelector("nav.workspace a[data-screen=api-sleutel]"))).hasSize(1);
        clickAndWait(driver.findElement(By.cssSelector("nav.workspace a[data-screen=api-sleutel]")));
        assertThat(currentPath()).isEqualTo("/api-sleutel");
        axeCheck("api-sleutel");
        driver.findElement(By.cssSelector("#uitgeven button[type=submit]")).click();
        waitForOutcome("aangemaakt");
        String token = driver.findElement(By.id("sleutel")).getAttribute("value");
        assertThat(token).isNotBlank();
        axeCheck("api-sleutel-uitgegeven");
        screenshot("api-sleutel");

        HttpResponse<String> withToken = get("/api/v1/search?q=berg", "Authorization", "Bearer " + token,
                "X-Doel", "THEMATISCHE_ANALYSE");
        assertThat(withToken.statusCode()).isEqualTo(200);

        open("/api-sleutel");
        assertThat(pageSource()).as("shown once: a new visit holds no token").doesNotContain(token);
        driver.findElement(By.id("in-te-trekken")).sendKeys(token);
        driver.findElement(By.cssSelector("#intrekken button[type=submit]")).click();
        waitForOutcome("ingetrokken");

        HttpResponse<String> revoked = get("/api/v1/search?q=berg", "Authorization", "Bearer " + token,
                "X-Doel", "THEMATISCHE_ANALYSE");
        assertThat(revoked.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPageIsADutchErrorPageAndAnUnknownApiPathStaysAProblem() throws Exception {
        signIn("riec-adviseur", "RIEC_CASUS");
        open("/deze-pagina-bestaat-niet");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(mainText()).contains("Deze pagina bestaat niet").doesNotContain("Whitelabel", "Error", "status=");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(driver.findElements(By.cssSelector("nav.workspace a"))).as("the site's navigation").isNotEmpty();
        axeCheck("fout-404");
        screenshot("fout-404");

        String cookie = "JSESSIONID=" + sessionCookie().getValue();
        HttpResponse<String> api = get("/api/v1/bestaat-niet", "Cookie", cookie, "X-Doel", "RIEC_CASUS",
                "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":404").doesNotContain("Whitelabel", "<html");
    }
}
