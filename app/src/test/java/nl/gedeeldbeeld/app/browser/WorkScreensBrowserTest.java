package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work screens (werkbank) in a real browser on the demo world: each screen as the user whose role it serves,
 * with one action through its form, and as a user of another organisation or role, who sees nothing of it. Every
 * screen passes axe-core (WCAG 2.1 AA) and leaves a screenshot.
 */
class WorkScreensBrowserTest extends BrowserTestSupport {
    /** Users that may judge pairs, in the order the test tries them for a non-empty review queue. */
    private static final List<List<String>> JUDGES = List.of(List.of("analist-politie", "THEMATISCHE_ANALYSE"),
            List.of("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), List.of("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
            List.of("riec-adviseur", "RIEC_CASUS"), List.of("fiu-analist", "THEMATISCHE_ANALYSE"));

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @Autowired
    IdentityService identities;

    private AccessContext as(String user, String purpose) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "browser-test", Instant.now());
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /** Submits the form with this action and waits until the browser shows the page it leads to. */
    private void submitForm(String action) {
        clickAndWait(driver.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]")));
    }

    @Test
    void theReviewQueueJudgesAPairWithAReasonAndAnotherOrganisationSeesNothingOfIt() {
        List<String> judge = JUDGES.stream()
                .filter(j -> !identities.reviewQueue(as(j.get(0), j.get(1)), 1).isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo world has no pair to review for " + JUDGES));
        IdentityService.ReviewItem first = identities.reviewQueue(as(judge.get(0), judge.get(1)), 1).get(0);
        String organisation = access.decisions().catalogue().requireUser(judge.get(0)).organisation();
        boolean ownBoth = Set.of(organisation).equals(storage.store().partnersOf(first.left().entityId()))
                && Set.of(organisation).equals(storage.store().partnersOf(first.right().entityId()));

        signIn(judge.get(0), judge.get(1));
        open("/werkbank");
        assertThat(mainText()).contains("Beoordelen", "Exports").doesNotContain("Verantwoording");
        axeCheck("werkbank-" + judge.get(0));
        screenshot("werkbank-" + judge.get(0));
        clickAndWait(driver.findElement(By.cssSelector("main a[href='/werkbank/beoordelen']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Beoordelen");
        axeCheck("beoordelen");
        screenshot("beoordelen");

        List<WebElement> pairs = driver.findElements(By.cssSelector("table.statements a[href*='/werkbank/beoordelen/paar']"));
        assertThat(pairs).as("the review queue of " + judge).isNotEmpty();
        clickAndWait(pairs.get(0));
        String pairPath = currentPath();
        List<String> captions = driver.findElements(By.cssSelector("table.pair thead th a")).stream().map(WebElement::getText).toList();
        assertThat(captions).hasSize(2);
        assertThat(mainText()).contains("Uitleg per kenmerk", "Eerdere oordelen");
        axeCheck("beoordelen-paar");
        screenshot("beoordelen-paar");

        click("#oordeel-unsure");
        driver.findElement(By.id("reden")).sendKeys("Geboortedatum ontbreekt links; navragen bij de bron");
        submitForm("/werkbank/beoordelen/oordelen");
        if (ownBoth) {
            assertThat(mainText()).contains("Uw oordeel is vastgelegd", "onzeker", judge.get(0),
                    "Geboortedatum ontbreekt links; navragen bij de bron");
        } else {
            assertThat(mainText()).contains("Uw oordeel wacht op toestemming van", "wacht op toestemming van", judge.get(0));
        }
        axeCheck("beoordelen-paar-na-oordeel");
        screenshot("beoordelen-paar-na-oordeel");

        signIn("bibob-medewerker", "BIBOB_TOETS");
        open(pairPath);
        assertThat(mainText()).contains("bestaat niet of u mag haar niet zien");
        captions.forEach(this::assertNotInPage);
        assertNotInPage("navragen bij de bron");
        axeCheck("beoordelen-paar-andere-organisatie");
        screenshot("beoordelen-paar-andere-organisatie");
    }

    @Test
    void anExportWithAnotherPartnersDataIsApprovedByASecondPersonAndOnlyTheRequesterDownloadsIt() {
        String portPerson = storage.store().entitiesOfSchemata(Set.of("Person")).stream()
                .filter(id -> storage.store().partnersOf(id).equals(Set.of("HAVENBEDRIJF"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo world has no person of the port company"));
        signIn("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/exports");
        axeCheck("exports-leeg");
        driver.findElement(By.id("entiteiten")).sendKeys(portPerson);
        driver.findElement(By.id("toelichting")).sendKeys("Browsertest: stukken voor de zaak Kade");
        submitForm("/werkbank/exports");
        assertThat(mainText()).contains("wacht op goedkeuring door een collega", "Een collega moet goedkeuren");
        assertThat(driver.findElements(By.xpath("//button[text()='Goedkeuren']"))).isEmpty();
        axeCheck("exports-aangevraagd");
        screenshot("exports-aangevraagd");

        signIn("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/exports");
        assertThat(mainText()).contains("Browsertest: stukken voor de zaak Kade");
        WebElement row = driver.findElement(By.xpath("//tr[td[contains(., 'Browsertest: stukken voor de zaak Kade')]]"));
        row.findElement(By.cssSelector("input[name=notitie]")).sendKeys("akkoord, vier ogen");
        clickAndWait(row.findElement(By.xpath(".//button[text()='Goedkeuren']")));
        assertThat(mainText()).contains("U keurde de export goed");
        axeCheck("exports-goedgekeurd");
        screenshot("exports-goedgekeurd");

        signIn("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/exports");
        assertThat(driver.findElements(By.linkText("Downloaden"))).isNotEmpty();

        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/exports");
        assertNotInPage("zaak Kade");
        assertNotInPage(portPerson);
        axeCheck("exports-andere-organisatie");
        screenshot("exports-andere-organisatie");
    }

    @Test
    void theProtectedPersonsAndTheirAlertsAreTheOwningUnitsOnly() {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/werkbank/bescherming");
        List<String> flagged = driver.findElements(By.cssSelector("table.statements tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(flagged).as("the demo world's protected police person").isNotEmpty();
        assertThat(mainText()).contains("Demo: bedreigde getuige", "Opheffen aanvragen");
        axeCheck("bescherming");
        screenshot("bescherming");

        signIn("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/bescherming");
        assertThat(mainText()).contains("Uw eenheid heeft geen afgeschermde personen");
        flagged.forEach(this::assertNotInPage);
        assertNotInPage("bedreigde getuige");
        axeCheck("bescherming-andere-eenheid");

        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/bescherming");
        flagged.forEach(this::assertNotInPage);
        assertNotInPage("bedreigde getuige");
        screenshot("bescherming-andere-organisatie");
    }

    @Test
    void thePrivacyOfficerSeesHoldsRetentionAndADryRunAndAnAnalystIsRefused() {
        signIn("privacy-officer", "VERANTWOORDING");
        open("/werkbank");
        assertThat(mainText()).contains("Bewaring", "Verantwoording").doesNotContain("Beoordelen");
        open("/werkbank/bewaring");
        assertThat(mainText()).contains("Bewaartermijnen", "WPG_ART8");
        axeCheck("bewaring");
        submitForm("/werkbank/bewaring/proefschoning");
        assertThat(mainText()).contains("Proefschoning", "Er is niets verwijderd");
        axeCheck("bewaring-proefschoning");
        screenshot("bewaring-proefschoning");

        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/werkbank/bewaring");
        assertThat(mainText()).contains("Dit werkscherm is niet bedoeld voor uw rol");
        assertNotInPage("Proefschoning uitvoeren");
        axeCheck("bewaring-geweigerd");
        screenshot("bewaring-geweigerd");
    }

    @Test
    void theAuditViewAnswersWhoLookedAtAnEntityAndWhatAUserSawForTheOwnOrganisationOnly() {
        var record = DemoWorldFacts.policePersonsInJointCase(demoWorldDirectory().resolve("world")).get(0);
        String entityId = storage.store().entityIds().id(record.dataset(), record.sourceId());
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/entiteiten/" + entityId);

        signIn("privacy-officer", "VERANTWOORDING");
        open("/werkbank/audit");
        driver.findElement(By.id("entiteit")).sendKeys(entityId);
        clickAndWait(driver.findElement(By.cssSelector("form.search button[type=submit]")));
        assertThat(mainText()).contains("analist-politie", "entity-profile", "Wpg art. 10");
        axeCheck("audit-entiteit");
        screenshot("audit-entiteit");

        new Select(driver.findElement(By.id("gebruiker"))).selectByValue("analist-politie");
        new Select(driver.findElement(By.id("doel"))).selectByValue("THEMATISCHE_ANALYSE");
        clickAndWait(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(mainText()).contains(entityId);
        axeCheck("audit-gebruiker");
        screenshot("audit-gebruiker");

        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        open("/werkbank/audit?entiteit=" + entityId);
        assertThat(mainText()).contains("Dit werkscherm is niet bedoeld voor uw rol");
        assertNotInPage("analist-politie");
        axeCheck("audit-geweigerd");
    }
}
