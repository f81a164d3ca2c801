package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The explorer screens in a real browser: a police analyst explores a network (expand, key players, shortest
 * path, disruption curve, PNG and FtM export), follows money and opens the map; a RIEC adviser sees fewer parties
 * and none of the values withheld from the RIEC. axe-core on every screen; screenshots in target/browser-screenshots.
 */
class ExplorerBrowserTest extends BrowserTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired
    AccessLayer access;

    @Autowired
    NetworkViews views;

    @Autowired
    VisibleEntities entities;

    private AccessContext open(String userId, String purpose) {
        User u = access.decisions().catalogue().requireUser(userId);
        return access.decisions().open(u.id(), u.organisation(), purpose, "explorer-browser-test", Instant.now());
    }

    private String busiestParty(AccessContext ctx) {
        GraphView view = views.view(ctx, ViewParameters.parse(null, null, null, null, null, null));
        int best = 0;
        for (int v = 1; v < view.graph().nodeCount(); v++) {
            if (view.graph().degree(v) > view.graph().degree(best)) {
                best = v;
            }
        }
        return view.node(best).id();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Waits until the explorer has drawn its view, and returns the number of parties drawn. */
    private int drawn() {
        waiting().until(d -> d.findElement(By.id("graaf")).getDomAttribute("data-render-ms") != null
                || d.findElement(By.id("status")).getText().startsWith("Het netwerk kon niet"));
        assertThat(driver.findElement(By.id("status")).getText()).doesNotStartWith("Het netwerk kon niet");
        return Integer.parseInt(driver.findElement(By.id("graaf")).getDomAttribute("data-nodes"));
    }

    private void waitForText(String id, String text) {
        waiting().until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    @Test
    void aPoliceAnalystExploresANetworkHopByHopWithKeyPlayersPathsDisruptionAndExports() {
        String start = busiestParty(open("analist-politie", "THEMATISCHE_ANALYSE"));
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/netwerk?entiteit=" + start);
        int first = drawn();
        assertThat(first).isGreaterThan(1);
        assertThat(driver.findElement(By.id("status")).getText()).contains("partijen", "getekend in");
        axeCheck("netwerk");
        screenshot("netwerk-start");

        // Expand the first neighbour in the table: the view grows (or stays, when its neighbours were there).
        List<WebElement> expand = driver.findElements(By.cssSelector("#partijen tbody button[aria-label^='Buren van']"));
        expand.get(expand.size() - 1).click();
        assertThat(drawn()).isGreaterThanOrEqualTo(first);
        assertThat(currentPath()).contains("uitgebreid=");

        // A party's details, then the key players with their Dutch explanations.
        driver.findElement(By.cssSelector("#partijen tbody th button")).click();
        waitForText("details", "gemeenschap");
        driver.findElement(By.id("sleutelspelers")).click();
        waitForText("sleutel-inhoud", "Sleutelspelers (ster");
        assertThat(driver.findElement(By.id("sleutel-inhoud")).getText()).contains("betweenness", "kortste verbindingen");
        screenshot("netwerk-sleutelspelers");

        // Shortest path from the start to the last party of the list, each hop with its evidence.
        Select to = new Select(driver.findElement(By.id("pad-naar")));
        to.selectByIndex(to.getOptions().size() - 1);
        if (to.getFirstSelectedOption().getDomAttribute("value").equals(start)) {
            to.selectByIndex(0);
        }
        driver.findElement(By.cssSelector("#pad button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("pad-inhoud")).getText().contains("Kortste pad")
                || d.findElement(By.id("pad-inhoud")).getText().contains("Geen pad"));
        assertThat(driver.findElement(By.id("pad-inhoud")).getText()).contains("Kortste pad", "grondslag");

        // The disruption curve, drawn and tabled.
        driver.findElement(By.cssSelector("#verstoring button[type=submit]")).click();
        waitForText("verstoring-inhoud", "Verloop van de verstoring");
        assertThat(driver.findElement(By.id("curve")).findElements(By.tagName("canvas"))).isNotEmpty();
        screenshot("netwerk-verstoring");
        axeCheck("netwerk-na-analyses");

        // PNG of the view, and an FtM export through the export API (four eyes where another partner's data is in it).
        driver.findElement(By.id("png")).click();
        assertThat(driver.findElement(By.id("png-link")).getDomAttribute("href")).startsWith("data:image/png;base64,");
        driver.findElement(By.id("reden")).sendKeys("Analyse van het netwerk voor het fenomeenbeeld");
        driver.findElement(By.cssSelector("#ftm button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("ftm-inhoud")).getText().contains("Export"));
        assertThat(driver.findElement(By.id("ftm-inhoud")).getText()).doesNotContain("niet gelukt");
    }

    @Test
    void theWholeNetworkOfTheDemoWorldRendersAndTheTimeIsMeasured() {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/netwerk?entiteit=*");
        int nodes = drawn();
        String ms = driver.findElement(By.id("graaf")).getDomAttribute("data-render-ms");
        System.out.println("explorer: whole view of analist-politie: " + nodes + " parties drawn in " + ms + " ms ("
                + driver.findElement(By.id("status")).getText() + ")");
        assertThat(nodes).isGreaterThan(100);
        screenshot("netwerk-geheel");
    }

    @Test
    void aRiecAdviserSeesFewerPartiesAndNoValueWithheldFromTheRiec() {
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE");
        AccessContext riec = open("riec-adviseur", "RIEC_CASUS");
        Set<String> parties = Set.of("Person", "Company", "Address");
        Set<String> riecValues = new HashSet<>();
        for (EntityView e : entities.of(riec, parties, "explorer-browser-test")) {
            e.properties().values().forEach(list -> list.forEach(s -> riecValues.add(s.value())));
            riecValues.add(e.caption());
        }
        // A name and a birth date the police analyst sees and the RIEC adviser sees nowhere.
        String withheldName = null;
        String withheldDate = null;
        for (EntityView e : entities.of(police, Set.of("Person"), "explorer-browser-test")) {
            for (Map.Entry<String, List<Statement>> p : e.properties().entrySet()) {
                for (Statement s : p.getValue()) {
                    if (p.getKey().equals("name") && withheldName == null && !riecValues.contains(s.value())
                            && riecValues.stream().noneMatch(v -> v.contains(s.value()))) {
                        withheldName = s.value();
                    }
                    if (p.getKey().equals("birthDate") && withheldDate == null && !riecValues.contains(s.value())) {
                        withheldDate = s.value();
                    }
                }
            }
        }
        assertThat(withheldName).as("a police name the RIEC may not see").isNotNull();

        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/netwerk?entiteit=*");
        int policeNodes = drawn();

        signIn("riec-adviseur", "RIEC_CASUS");
        open("/netwerk?entiteit=*");
        int riecNodes = drawn();
        assertThat(riecNodes).isLessThan(policeNodes);
        axeCheck("netwerk-riec");
        screenshot("netwerk-riec");
        driver.findElement(By.id("sleutelspelers")).click();
        waiting().until(d -> d.findElement(By.id("sleutel-inhoud")).getText().length() > 40);
        assertNotInPage(withheldName);
        if (withheldDate != null) {
            assertNotInPage(withheldDate);
        }

        open("/kaart");
        waiting().until(d -> "true".equals(d.findElement(By.id("kaart")).getDomAttribute("data-geladen")));
        axeCheck("kaart-riec");
        screenshot("kaart-riec");
        assertNotInPage(withheldName);

        open("/geld?signalen=true");
        axeCheck("geld-riec");
        assertNotInPage(withheldName);
    }

    @Test
    void aFiodInvestigatorFollowsMoneyAndSeesTheMapWithoutAccessibilityFaults() {
        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        open("/geld?signalen=true");
        assertThat(mainText()).contains("signalen op");
        axeCheck("geld-signalen");
        screenshot("geld-signalen");
        List<WebElement> subgraphs = driver.findElements(By.cssSelector("details.subgraaf summary"));
        if (!subgraphs.isEmpty()) {
            subgraphs.get(0).click();
            waiting().until(d -> !d.findElements(By.cssSelector("details.subgraaf[open] canvas")).isEmpty());
            screenshot("geld-subgraaf");
        }
        open("/kaart");
        waiting().until(d -> "true".equals(d.findElement(By.id("kaart")).getDomAttribute("data-geladen")));
        assertThat(driver.findElements(By.cssSelector("#kaart path.leaflet-interactive"))).hasSizeGreaterThan(300);
        axeCheck("kaart");
        screenshot("kaart");
    }
}
