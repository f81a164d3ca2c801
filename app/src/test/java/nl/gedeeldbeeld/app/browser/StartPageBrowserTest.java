package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Item 1 of issue 14: the start page offers each user what their role and declared purpose allow. */
class StartPageBrowserTest extends BrowserTestSupport {

    private List<String> offeredScreens() {
        return driver.findElements(By.cssSelector("ul.screens > li")).stream().map(li -> li.getAttribute("data-screen")).toList();
    }

    private List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.workspace a[data-screen]")).stream()
                .map(a -> a.getAttribute("data-screen")).toList();
    }

    @Test
    void aPoliceAnalystSeesSearchReviewProtectionAndAnalysisButNotTheAccountabilityScreens() {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(currentPath()).isEqualTo("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Start");
        assertThat(mainText()).contains("Thematische analyse");
        assertThat(offeredScreens()).contains("zoeken", "beoordelen", "bescherming", "netwerk", "geld", "kaart")
                .doesNotContain("audit", "bewaring", "casussen");
        assertThat(navigation()).containsExactlyElementsOf(offeredScreens());
        WebElement review = driver.findElement(By.cssSelector("li[data-screen=beoordelen] .waiting"));
        assertThat(review.getText()).containsPattern("\\d+ (paar wacht|paren wachten) op een oordeel");
        assertThat(driver.findElement(By.cssSelector("li[data-screen=bescherming] a")).getAttribute("href"))
                .endsWith("/werkbank/bescherming");
        axeCheck("start-analist-politie");
        screenshot("start-analist-politie");
    }

    @Test
    void aRiecAdviserInACaseSeesTheOpenJointCaseAndNoProtectionAlerts() {
        signIn("riec-adviseur", "RIEC_CASUS");
        assertThat(offeredScreens()).contains("zoeken", "casussen").doesNotContain("bescherming", "audit", "bewaring");
        assertThat(driver.findElement(By.id("casussen")).isDisplayed()).isTrue();
        assertThat(mainText()).contains("RIEC-casus Waalhaven (demo)").contains("1 open casus");
        axeCheck("start-riec-adviseur");
        screenshot("start-riec-adviseur");
    }

    @Test
    void thePrivacyOfficerIsOfferedAccountabilityAndRetentionButNoReviewQueue() {
        signIn("privacy-officer", "VERANTWOORDING");
        assertThat(offeredScreens()).contains("audit", "bewaring", "zoeken").doesNotContain("beoordelen", "netwerk", "casussen");
        axeCheck("start-privacy-officer");
        screenshot("start-privacy-officer");
    }

    @Test
    void changingThePurposeIsOneClickFromEveryPageAndChangesWhatIsOffered() {
        signIn("riec-adviseur", "RIEC_CASUS");
        open("/zoeken?q=berg");
        clickAndWait(driver.findElement(By.linkText("Doel wijzigen")));
        assertThat(currentPath()).startsWith("/doel");
        axeCheck("doel-kiezen");
        driver.findElement(By.cssSelector("input[name=doel][value=THEMATISCHE_ANALYSE]")).click();
        clickAndWait(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
        open("/");
        assertThat(driver.findElement(By.cssSelector("header.site .purpose")).getText()).contains("Thematische analyse");
        assertThat(offeredScreens()).doesNotContain("casussen");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        signIn("fiu-analist", "THEMATISCHE_ANALYSE");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Naar de inhoud");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#inhoud");
        assertThat(driver.findElement(By.id("q")).getAttribute("required")).isNotNull();
    }
}
