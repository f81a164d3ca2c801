package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The port company's security desk (Havenbedrijf Rotterdam, Havenbeveiliging) in the browser: it finds and opens
 * its own pass holders under either of its purposes, and no page it reaches shows a person the police hold alone,
 * not even when it searches for that person's name: no agreement shares another partner's data with a private
 * party in the demo catalogue.
 */
class PortSecurityBrowserTest extends BrowserTestSupport {
    private static final String PORT_USER = "havenbeveiliging";

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    private AccessContext as(String user, String purpose) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "browser-test", Instant.now());
    }

    private String onlyOf(String partner) {
        return storage.store().entitiesOfSchemata(Set.of("Person")).stream()
                .filter(id -> storage.store().partnersOf(id).equals(Set.of(partner))).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo world has no person of " + partner + " alone"));
    }

    private String captionFor(String user, String purpose, String id) {
        return access.entities().profile(as(user, purpose), id).orElseThrow().view().caption();
    }

    @Test
    void thePortSecurityDeskFindsItsOwnPassHolderUnderEitherPurpose() {
        String holder = onlyOf("HAVENBEDRIJF");
        String name = captionFor(PORT_USER, "STRAFRECHTELIJK_ONDERZOEK", holder);

        for (String purpose : List.of("STRAFRECHTELIJK_ONDERZOEK", "THEMATISCHE_ANALYSE")) {
            signIn(PORT_USER, purpose);
            assertThat(mainText()).contains("Wat u onder dit doel kunt doen");
            open("/zoeken?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            assertThat(driver.findElements(By.cssSelector("a[href='/entiteiten/" + holder + "']"))).isNotEmpty();
            open("/entiteiten/" + holder);
            assertThat(mainText()).contains(name, "Havenbedrijf Rotterdam N.V.", "Toegangspas");
        }
        axeCheck("haven-profiel");
        screenshot("haven-profiel");
    }

    @Test
    void noPageOfThePortSecurityDeskShowsAPersonThePoliceHoldAlone() {
        String police = onlyOf("POLITIE");
        String name = captionFor("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", police);

        signIn(PORT_USER, "STRAFRECHTELIJK_ONDERZOEK");
        axeCheck("haven-start");
        open("/entiteiten/" + police);
        assertThat(mainText()).contains("bestaat niet of u mag");
        List<String> starts = new ArrayList<>(List.of("/", "/zoeken", "/werkbank/verzoeken",
                "/zoeken?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        Map<String, String> pages = crawl(40, starts.toArray(String[]::new));
        assertThat(pages).as("pages crawled").hasSizeGreaterThan(3);
        pages.forEach((path, html) -> assertThat(html).as(path).doesNotContain(police));
        assertThat(driver.findElements(By.cssSelector("a[href='/entiteiten/" + police + "']"))).isEmpty();
    }
}
