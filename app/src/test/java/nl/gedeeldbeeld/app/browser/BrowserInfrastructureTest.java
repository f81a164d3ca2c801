package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser-test setting itself: a real chromium signs in on the demo world and the page passes axe. */
class BrowserInfrastructureTest extends BrowserTestSupport {

    @Test
    void anAnonymousVisitorIsAskedToSignInOnAnAccessiblePage() {
        open("/");
        assertThat(currentPath()).isEqualTo("/inloggen");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        axeCheck("inloggen");
        screenshot("inloggen");
    }

    @Test
    void aDemoUserSignsInDeclaresAPurposeAndSeesItInTheHeader() {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(driver.findElement(By.cssSelector("header.site .purpose")).getText())
                .contains("Thematische analyse").contains("Doel wijzigen");
        axeCheck("start-analist-politie");
    }

    @Test
    void theCrawlerSeesOnlyPagesOfTheSignedInSession() {
        signIn("riec-adviseur", "RIEC_CASUS");
        var pages = crawl(5, "/");
        assertThat(pages).isNotEmpty();
        assertThat(pages.values()).allSatisfy(html -> assertThat(html).contains("RIEC Rotterdam-Rijnmond").doesNotContain("name=\"wachtwoord\""));
    }
}
