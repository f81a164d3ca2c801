package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Items 2 and 3 of issue 14 in the browser: search with Dutch labels and facets, and the entity profile with
 * provenance, withheld properties and their agreement, identity, neighbours and timeline; as a police analyst
 * (who sees the police's own records whole) and as the municipality's Bibob officer in the joint RIEC-casus (who
 * sees the same records with birth date and phone withheld).
 */
class SearchAndProfileBrowserTest extends BrowserTestSupport {
    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    /** A police person of the joint case, by its opaque id, and its record as the police see it. */
    private EntityView casePerson() {
        AccessContext police = as("analist-politie", "THEMATISCHE_ANALYSE");
        for (var record : DemoWorldFacts.policePersonsInJointCase(demoWorldDirectory().resolve("world"))) {
            String id = storage.store().entityIds().id(record.dataset(), record.sourceId());
            var view = access.entities().profile(police, id).map(p -> p.view());
            if (view.isPresent() && view.get().first("birthDate").isPresent() && view.get().first("lastName").isPresent()) {
                return view.get();
            }
        }
        throw new IllegalStateException("the demo world's joint case has no police person with a birth date");
    }

    private AccessContext as(String user, String purpose) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "browser-test", Instant.now());
    }

    private void search(String text) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(text);
        clickAndWait(driver.findElement(By.cssSelector("form.search button[type=submit]")));
    }

    @Test
    void aPoliceAnalystFindsAPersonDespiteATypoWithDutchLabelsAndFacetsAndPages() {
        EntityView person = casePerson();
        String lastName = person.first("lastName").orElseThrow();
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        // One letter dropped from the last name: the search still finds the person.
        String typo = person.first("firstName").orElse("") + " " + lastName.substring(0, lastName.length() - 1)
                + (lastName.length() > 4 ? lastName.substring(lastName.length() - 1) + "e" : "");
        search(typo.strip());
        assertThat(currentPath()).startsWith("/zoeken?q=");
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits li a"));
        assertThat(hits).extracting(a -> a.getAttribute("href")).anyMatch(href -> href.endsWith("/entiteiten/" + person.id()));
        List<WebElement> schemaFacets = driver.findElements(By.cssSelector("nav.facets ul[aria-labelledby=facet-soort] a"));
        assertThat(schemaFacets).extracting(WebElement::getText).anyMatch(t -> t.matches("Persoon \\([\\d.]+\\)"));
        assertThat(schemaFacets).extracting(a -> a.getAttribute("title")).contains("Person");
        assertThat(driver.findElements(By.cssSelector("ol.hits .schema"))).extracting(WebElement::getText)
                .doesNotContain("Person").contains("Persoon");
        List<WebElement> partnerFacets = driver.findElements(By.cssSelector("nav.facets ul[aria-labelledby=facet-partner] a"));
        assertThat(partnerFacets).extracting(WebElement::getText).anyMatch(t -> t.matches("Politie — Eenheid Rotterdam \\([\\d.]+\\)"));
        assertThat(driver.findElements(By.cssSelector("nav.facets ul[aria-labelledby=facet-grondslag] a")))
                .extracting(a -> a.getAttribute("title")).contains("WPG_ART8");
        axeCheck("zoeken-analist-politie");
        screenshot("zoeken-analist-politie");

        clickAndWait(schemaFacets.stream().filter(a -> a.getText().startsWith("Persoon")).findFirst().orElseThrow());
        assertThat(currentPath()).contains("soort=Person");
        assertThat(driver.findElements(By.cssSelector("ol.hits .schema"))).extracting(WebElement::getText).containsOnly("Persoon");

        search("jansen");
        if (!driver.findElements(By.linkText("Volgende")).isEmpty()) {
            clickAndWait(driver.findElement(By.linkText("Volgende")));
            assertThat(driver.findElement(By.cssSelector("nav.pager")).getText()).contains("Pagina 2 van");
            assertThat(driver.findElement(By.cssSelector("ol.hits")).getAttribute("start")).isEqualTo("26");
        }
    }

    @Test
    void thePoliceAnalystSeesTheBirthDateInDutchNotationWithItsProvenance() {
        EntityView person = casePerson();
        String iso = person.first("birthDate").orElseThrow();
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/entiteiten/" + person.id());
        WebElement birth = driver.findElement(By.cssSelector("tbody[data-property=birthDate]"));
        assertThat(birth.findElement(By.tagName("th")).getText()).isEqualTo("Geboortedatum");
        assertThat(birth.findElement(By.tagName("th")).getAttribute("title")).isEqualTo("birthDate");
        String dutch = iso.substring(8, 10) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4);
        assertThat(birth.getText()).contains(dutch, "Politie", "politie-bvh", "Wpg art. 8");
        assertThat(birth.findElement(By.cssSelector("td:nth-of-type(5)")).getText()).matches("[A-F][1-6]");
        assertThat(driver.findElements(By.id("afgeschermd"))).isEmpty();
        // A reference (the person's address entity) is a link to that entity, never a bare id.
        driver.findElements(By.cssSelector("tbody[data-property=addressEntity] a.value")).forEach(link ->
                assertThat(link.getText()).doesNotStartWith("gb-"));
        assertThat(driver.findElements(By.cssSelector(".banner.protected"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#verbonden ~ table tbody tr, table.neighbours tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("tijdlijn")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains(dutch);
        axeCheck("profiel-analist-politie");
        screenshot("profiel-analist-politie");
    }

    @Test
    void theBibobOfficerInTheCaseSeesTheSamePersonWithTheBirthDateWithheldByTheMunicipalAgreement() {
        EntityView person = casePerson();
        String iso = person.first("birthDate").orElseThrow();
        signIn("bibob-medewerker", "RIEC_CASUS");
        open("/entiteiten/" + person.id());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("tbody[data-property=birthDate]"))).isEmpty();
        WebElement withheld = driver.findElement(By.cssSelector("table.withheld tr[data-property=birthDate]"));
        assertThat(withheld.getText()).contains("Geboortedatum", "Politiegegevens voor de gemeente in de RIEC-casus");
        assertNotInPage(iso);
        assertNotInPage(iso.substring(8, 10) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4));
        axeCheck("profiel-bibob-medewerker");
        screenshot("profiel-bibob-medewerker");
    }

    @Test
    void theRiecAdviserUnderThematicAnalysisDoesNotFindThePolicePersonAtAll() {
        EntityView person = casePerson();
        signIn("riec-adviseur", "THEMATISCHE_ANALYSE");
        open("/zoeken?q=" + java.net.URLEncoder.encode(person.caption(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(driver.findElements(By.cssSelector("ol.hits li a"))).extracting(a -> a.getAttribute("href"))
                .noneMatch(href -> href.endsWith("/entiteiten/" + person.id()));
        open("/entiteiten/" + person.id());
        assertThat(mainText()).contains("Deze entiteit bestaat niet of u mag haar niet zien.");
        assertNotInPage(person.first("lastName").orElseThrow());
        axeCheck("niet-zichtbaar-riec");
    }

    @Test
    void theProtectingUnitSeesTheProtectionBannerAndAnotherPartnerCannotOpenThePerson() {
        AccessContext police = as("analist-politie", "THEMATISCHE_ANALYSE");
        String flagged = access.protection().flags(police).stream().map(f -> f.entityId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("gb demo flags one police person for RIO-RR"));
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/entiteiten/" + flagged);
        assertThat(driver.findElement(By.cssSelector(".banner.protected")).getText())
                .contains("Afgeschermd persoon (bewaken en beveiligen)");
        String caption = driver.findElement(By.tagName("h1")).getText();
        axeCheck("profiel-afgeschermd");
        screenshot("profiel-afgeschermd");

        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        open("/entiteiten/" + flagged);
        assertThat(mainText()).contains("Deze entiteit bestaat niet of u mag haar niet zien.");
        assertThat(driver.findElements(By.cssSelector(".banner.protected"))).isEmpty();
        assertNotInPage(caption);
    }
}
