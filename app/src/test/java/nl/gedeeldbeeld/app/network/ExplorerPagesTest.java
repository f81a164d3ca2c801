package nl.gedeeldbeeld.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.app.browser.DemoWorld;
import nl.gedeeldbeeld.app.money.MoneyFlows;
import nl.gedeeldbeeld.app.ownership.Ownerships;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The explorer pages (network, money, map) on the demo world, through MockMvc with the security chain: what they
 * show is what the access layer gives the signed-in user under the declared purpose.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class ExplorerPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path world;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessLayer access;

    @Autowired
    NetworkViews views;

    @Autowired
    MoneyFlows flows;

    @Autowired
    Ownerships ownerships;

    @Autowired
    VisibleEntities entities;

    @DynamicPropertySource
    static void demoWorld(DynamicPropertyRegistry registry) {
        Path dir = world();
        registry.add("gb.store", () -> dir.resolve("data").toString());
        registry.add("gb.audit", () -> dir.resolve("data").resolve("audit").resolve("audit.log").toString());
    }

    private static synchronized Path world() {
        if (world == null) {
            world = DemoWorld.freshCopy("gb-explorer-world");
        }
        return world;
    }

    private AccessContext open(String userId, String purpose) {
        User u = access.decisions().catalogue().requireUser(userId);
        return access.decisions().open(u.id(), u.organisation(), purpose, "explorer-test", Instant.now());
    }

    private MockHttpServletResponse page(String userId, String purpose, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(userId)).sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, purpose))
                .andReturn().getResponse();
    }

    private JsonNode api(String userId, String purpose, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(userId)).header("X-Doel", purpose))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    /** The party of the police analyst's view with the most links: a start with neighbours to expand. */
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

    @Test
    void theNetworkPageWithoutAStartOffersASearchThatLeadsIntoTheExplorer() throws Exception {
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE");
        String start = busiestParty(police);
        String caption = views.view(police, ViewParameters.parse(null, null, null, null, null, null)).nodes().stream()
                .filter(n -> n.id().equals(start)).findFirst().orElseThrow().caption();
        MockHttpServletResponse response = page("analist-politie", "THEMATISCHE_ANALYSE",
                get("/netwerk").param("zoek", caption));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Netwerk verkennen", "/netwerk?entiteit=", "Bewaarde selecties");
    }

    @Test
    void theExplorerPageHandsItsScriptTheDeclaredPurposeAndTheCsrfTokenAndLoadsLocalLibrariesOnly() throws Exception {
        String start = busiestParty(open("analist-politie", "THEMATISCHE_ANALYSE"));
        String html = page("analist-politie", "THEMATISCHE_ANALYSE", get("/netwerk").param("entiteit", start))
                .getContentAsString();
        assertThat(html).contains("data-doel=\"THEMATISCHE_ANALYSE\"", "data-csrf-token=", "data-entiteit=\"" + start + "\"",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/js/netwerk.js", "Verstoring simuleren", "Kortste pad", "Exporteren als FtM");
        assertThat(html).doesNotContain("http://", "https://");
        assertThat(mvc.perform(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theNetworkViewGivesEveryNodeItsCommunityAndBetweennessAndGrowsHopByHop() throws Exception {
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE");
        String start = busiestParty(police);
        JsonNode one = api("analist-politie", "THEMATISCHE_ANALYSE", get("/api/v1/network/view")
                .param("around", start).param("hops", "1").param("measures", "true"));
        assertThat(one.path("measures").size()).isEqualTo(one.path("nodeCount").asInt()).isGreaterThan(1);
        Set<String> first = ids(one);
        String neighbour = first.stream().filter(id -> !id.equals(start)).findFirst().orElseThrow();
        JsonNode expanded = api("analist-politie", "THEMATISCHE_ANALYSE", get("/api/v1/network/view")
                .param("around", start).param("hops", "1").param("expanded", neighbour).param("measures", "true"));
        JsonNode neighbours = api("analist-politie", "THEMATISCHE_ANALYSE", get("/api/v1/network/view")
                .param("around", neighbour).param("hops", "1"));
        Set<String> union = new HashSet<>(first);
        union.addAll(ids(neighbours));
        assertThat(ids(expanded)).isEqualTo(union);
        assertThat(expanded.path("measures").size()).isEqualTo(union.size());
    }

    @Test
    void anEntityOutsideTheCallersViewCannotStartTheExplorer() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/network/view").param("around", "bestaat-niet")
                .with(user("analist-politie")).header("X-Doel", "THEMATISCHE_ANALYSE")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("not a party in this view");
    }

    private static Set<String> ids(JsonNode view) {
        Set<String> ids = new HashSet<>();
        view.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    /** The account of the caller's payments with the most transactions. */
    private String busiestAccount(AccessContext ctx) {
        TransactionGraph g = flows.view(ctx, Optional.empty(), Optional.empty()).graph();
        int best = 0;
        for (int a = 1; a < g.accountCount(); a++) {
            if (!g.isCash(a) && g.inDegree(a) + g.outDegree(a) > g.inDegree(best) + g.outDegree(best)) {
                best = a;
            }
        }
        return g.label(best);
    }

    @Test
    void theMoneyPageShowsAnAccountsFlowsOverTimeAndTracesItWithTheChosenAllocation() throws Exception {
        String account = busiestAccount(open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"));
        String html = page("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", get("/geld").param("rekening", account)
                .param("richting", "achteruit").param("toewijzing", "evenredig")).getContentAsString();
        assertThat(html).contains("Geld van en naar", "Per maand", "Tegenrekeningen", "Waar het geld vandaan kwam",
                "toegewezen volgens PROPORTIONAL", "data-grafiek=", "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(html).containsPattern("€ \\d{1,3}(\\.\\d{3})*,\\d{2}");
    }

    @Test
    void theMoneyPageListsThePersonsAccountsTheCallerMaySeeAndLinksToTheirFlows() throws Exception {
        AccessContext fiod = open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        var visible = entities.of(fiod, Set.of("BankAccount", "Ownership"), "explorer-test");
        java.util.Map<String, String> ibans = new java.util.HashMap<>();
        visible.stream().filter(e -> e.schema().equals("BankAccount") && e.first("iban").isPresent())
                .forEach(e -> ibans.put(e.id(), e.first("iban").get()));
        EntityView holding = visible.stream().filter(e -> e.schema().equals("Ownership") && !e.values("owner").isEmpty()
                && e.values("asset").stream().anyMatch(ibans::containsKey)).findFirst().orElseThrow();
        String iban = holding.values("asset").stream().filter(ibans::containsKey).map(ibans::get).findFirst().orElseThrow();
        String html = page("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK",
                get("/geld").param("persoon", holding.values("owner").get(0))).getContentAsString();
        assertThat(html).contains("Rekeningen van deze persoon", "/geld?rekening=" + iban);
    }

    @Test
    void theMoneyPageListsTypologyAlertsWithTheirRuleFiguresAndSubgraph() throws Exception {
        AccessContext fiod = open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        int alerts = flows.alerts(fiod, Optional.empty(), Optional.empty(), Optional.empty()).alerts().size();
        String html = page("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", get("/geld").param("signalen", "true"))
                .getContentAsString();
        assertThat(html).contains(alerts + " signalen op");
        if (alerts > 0) {
            assertThat(html).contains("Regel:", "Cijfers:", "Subgraaf tonen");
        }
    }

    @Test
    void theMoneyPageShowsTheUbosOfACompanyWithTheShareOnEveryLink() throws Exception {
        AccessContext fiod = open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        String company = null;
        for (EntityView c : entities.of(fiod, Set.of("Company"), "explorer-test")) {
            try {
                if (!ownerships.ubo(fiod, c.id()).owners().isEmpty()) {
                    company = c.id();
                    break;
                }
            } catch (UserInputException notACompanyWithOwners) {
                // the next one
            }
        }
        assertThat(company).as("a company with a UBO in the demo world").isNotNull();
        String html = page("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", get("/geld").param("bedrijf", company))
                .getContentAsString();
        assertThat(html).contains("Uiteindelijk belanghebbenden", "id=\"eigendom\"").containsPattern("—\\d+(,\\d+)?%→");
    }

    @Test
    void wrongChoicesOnTheMoneyAndMapPagesAreA400InDutch() throws Exception {
        MockHttpServletResponse money = page("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK",
                get("/geld").param("rekening", "NL00").param("richting", "zijwaarts"));
        assertThat(money.getStatus()).isEqualTo(400);
        assertThat(money.getContentAsString()).contains("Richting is ", "zijwaarts");
        MockHttpServletResponse map = page("analist-politie", "THEMATISCHE_ANALYSE", get("/kaart").param("maat", "x"));
        assertThat(map.getStatus()).isEqualTo(400);
        MockHttpServletResponse unknown = page("analist-politie", "THEMATISCHE_ANALYSE",
                get("/geld").param("rekening", "NL00GEEN0000000000"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("geen betalingen die u mag zien");
    }

    @Test
    void theMapCountsAddressesPerGemeenteAfterThePolicy() throws Exception {
        String police = page("analist-politie", "THEMATISCHE_ANALYSE", get("/kaart")).getContentAsString();
        String riec = page("riec-adviseur", "RIEC_CASUS", get("/kaart")).getContentAsString();
        assertThat(police).contains("Adressen per gemeente", "/webjars/leaflet/1.9.4/dist/leaflet.js", "data-gebieden=",
                "Rotterdam", "CBS en Kadaster");
        assertThat(addressesInView(riec)).isLessThan(addressesInView(police));
        assertThat(mvc.perform(get("/geo/gemeenten-2023.geojson").with(user("analist-politie"))).andReturn()
                .getResponse().getContentAsString()).contains("\"gemeentecode\":\"GM0599\"");
    }

    @Test
    void theMapOfOneEntitysNetworkHoldsNoMoreThanTheWholeMap() throws Exception {
        String start = busiestParty(open("analist-politie", "THEMATISCHE_ANALYSE"));
        String all = page("analist-politie", "THEMATISCHE_ANALYSE", get("/kaart")).getContentAsString();
        String ego = page("analist-politie", "THEMATISCHE_ANALYSE", get("/kaart").param("entiteit", start)
                .param("stappen", "1")).getContentAsString();
        assertThat(ego).contains("Adressen in het netwerk tot 1 stappen");
        assertThat(addressesInView(ego)).isLessThanOrEqualTo(addressesInView(all));
    }

    private static int addressesInView(String html) {
        var m = java.util.regex.Pattern.compile("(\\d+) adressen in beeld").matcher(html);
        assertThat(m.find()).as("the map's count").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
