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

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id(id)));
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
        scrollTo("graaf");
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
    void theWholeDemoNetworkAndA2000PartyNetworkRenderAndTheTimeIsMeasured() throws Exception {
        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/netwerk?entiteit=*");
        int nodes = drawn();
        System.out.println("explorer: whole view of analist-politie: " + nodes + " parties; "
                + driver.findElement(By.id("status")).getText());
        screenshot("netwerk-geheel");

        // The demo world's views hold a few hundred parties; the explorer's drawing of 2,000 is measured on a real
        // transaction network (IBM AMLSim fan-in sample, ../shared/data/aml): its first 2,000 accounts and every
        // payment between them, with communities and betweenness computed as the API computes them.
        Map<String, Object> doc = amlView(2_000);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object ms = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; GbNetwerk.draw(arguments[0], function (ms) { done(ms); });", doc);
        System.out.println("explorer: 2,000-party view (" + ((List<?>) doc.get("edges")).size() + " links) drawn in "
                + Math.round(((Number) ms).doubleValue()) + " ms (concentric layout, headless chromium, shared machine)");
        assertThat(((Number) ms).doubleValue()).isPositive();
        @SuppressWarnings("unchecked")
        List<Number> intervals = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; GbNetwerk.interact(240, function (t) { done(t); });");
        assertThat(intervals).hasSize(240);
        double p50 = intervals.get(119).doubleValue();
        double p95 = intervals.get(227).doubleValue();
        System.out.printf(java.util.Locale.ROOT, "explorer: 2,000-party view panned and zoomed for 240 frames: "
                + "frame interval p50 %.1f ms, p95 %.1f ms, worst %.1f ms (%.0f frames/s at p50)%n",
                p50, p95, intervals.get(239).doubleValue(), 1000 / p50);
        scrollTo("graaf");
        screenshot("netwerk-2000");
    }

    /** A view document (the API's shape) of the first {@code size} accounts of the AMLSim fan-in sample. */
    private static Map<String, Object> amlView(int size) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of("../../shared/data/aml/fanin200_transactions.csv");
        List<String> all = java.nio.file.Files.readAllLines(file);
        List<String> rows = all.subList(1, all.size());
        java.util.LinkedHashSet<String> accounts = new java.util.LinkedHashSet<>();
        for (String row : rows) {
            String[] f = row.split(",");
            if (accounts.size() < size) {
                accounts.add(f[0]);
            }
            if (accounts.size() < size) {
                accounts.add(f[1]);
            }
        }
        nl.gedeeldbeeld.analytics.graph.GraphBuilder builder = new nl.gedeeldbeeld.analytics.graph.GraphBuilder();
        accounts.forEach(builder::node);
        Set<String> pairs = new HashSet<>();
        List<Map<String, Object>> edges = new java.util.ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(",");
            if (accounts.contains(f[0]) && accounts.contains(f[1]) && !f[0].equals(f[1])
                    && pairs.add(f[0].compareTo(f[1]) < 0 ? f[0] + "-" + f[1] : f[1] + "-" + f[0])) {
                builder.edge(f[0], f[1]);
                edges.add(Map.of("source", f[0], "target", f[1], "weight", 1, "evidence", List.of()));
            }
        }
        nl.gedeeldbeeld.analytics.graph.Graph g = builder.build();
        double[] betweenness = nl.gedeeldbeeld.analytics.view.KeyPlayerAnalysis.betweenness(g, 1L).values();
        var communities = new nl.gedeeldbeeld.analytics.network.Louvain(g, true, 1L).communities();
        List<Map<String, Object>> nodes = new java.util.ArrayList<>();
        List<Map<String, Object>> measures = new java.util.ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            nodes.add(Map.of("id", g.label(v), "schema", "BankAccount", "caption", "rekening " + g.label(v),
                    "members", List.of(g.label(v)), "roles", List.of(), "roleReasons", List.of()));
            measures.add(Map.of("id", g.label(v), "community", communities.of(v), "betweenness", betweenness[v]));
        }
        return Map.of("nodeCount", g.nodeCount(), "edgeCount", edges.size(), "nodes", nodes, "edges", edges,
                "notes", List.of(), "measures", measures);
    }

    @Test
    void aRiecAdviserSeesFewerPartiesThanAPoliceInvestigatorAndNoPartyOrValueWithheldFromTheRiec() {
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE");
        AccessContext riec = open("riec-adviseur", "RIEC_CASUS");
        Set<String> riecValues = new HashSet<>();
        for (EntityView e : entities.of(riec, Set.of("Person", "Company", "Organization", "LegalEntity", "Address"),
                "explorer-browser-test")) {
            e.properties().values().forEach(list -> list.forEach(s -> riecValues.add(s.value())));
            riecValues.add(e.caption());
        }
        // A party of the police analyst's network whose name the RIEC adviser sees nowhere.
        GraphView policeView = views.view(police, ViewParameters.parse(null, null, null, null, null, null));
        String withheld = policeView.nodes().stream().map(n -> n.caption())
                .filter(c -> c.length() > 5 && riecValues.stream().noneMatch(v -> v.contains(c)))
                .findFirst().orElseThrow(() -> new AssertionError("no police party withheld from the RIEC"));
        int riecParties = views.view(riec, ViewParameters.parse(null, null, null, null, null, null)).graph().nodeCount();
        int investigatorParties = views.view(open("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                ViewParameters.parse(null, null, null, null, null, null)).graph().nodeCount();

        signIn("analist-politie", "THEMATISCHE_ANALYSE");
        open("/netwerk?entiteit=*");
        assertThat(drawn()).isEqualTo(policeView.graph().nodeCount());
        assertThat(pageSource()).as("the police analyst's explorer names the party").contains(withheld);

        signIn("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        open("/netwerk?entiteit=*");
        assertThat(drawn()).isEqualTo(investigatorParties);

        signIn("riec-adviseur", "RIEC_CASUS");
        open("/netwerk?entiteit=*");
        assertThat(drawn()).isEqualTo(riecParties).isLessThan(investigatorParties);
        axeCheck("netwerk-riec");
        screenshot("netwerk-riec");
        assertNotInPage(withheld);
        driver.findElement(By.id("sleutelspelers")).click();
        waiting().until(d -> d.findElement(By.id("sleutel-inhoud")).getText().length() > 40);
        assertNotInPage(withheld);

        open("/kaart");
        waiting().until(d -> "true".equals(d.findElement(By.id("kaart")).getDomAttribute("data-geladen")));
        axeCheck("kaart-riec");
        screenshot("kaart-riec");
        assertNotInPage(withheld);

        open("/geld?signalen=true");
        axeCheck("geld-riec");
        assertNotInPage(withheld);
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
