package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 3, "bekend bij → informatie opvragen", in the browser: a police investigator who may only learn that
 * FIOD knows a person asks FIOD for the information on the profile; FIOD's investigator sees the request (the police
 * as requester, purpose, justification and FIOD's own records that hit, not the police record nor who asked) in
 * Verzoeken and provides; the police then see the answer and, the hit confirmed, FIOD's record. Before the answer
 * no page of the requester holds FIOD's record; an organisation the request is not addressed to sees nothing of it.
 */
class InformationRequestsBrowserTest extends BrowserTestSupport {
    private static final String REQUESTER = "rechercheur-politie";
    private static final String PARTNER = "rechercheur-fiod";
    private static final String PURPOSE = "STRAFRECHTELIJK_ONDERZOEK";

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

    private String datasetOf(String id) {
        var statements = storage.store().statementsOf(id);
        return statements.isEmpty() ? "" : statements.get(0).provenance().dataset();
    }

    /** A police person the investigator sees, "bekend bij" FIOD only (hit not yet confirmed), with FIOD's records. */
    private List<String> policePersonKnownAtFiod() {
        AccessContext police = as(REQUESTER, PURPOSE);
        Set<String> candidates = new LinkedHashSet<>();
        for (Judgement j : storage.store().judgements().all()) {
            candidates.add(j.left());
            candidates.add(j.right());
        }
        for (String id : candidates) {
            if (datasetOf(id).equals("politie-bvh")) {
                List<String> hits = identities.hitRecords(police, id, "FIOD");
                if (!hits.isEmpty()) {
                    return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), hits.stream()).toList();
                }
            }
        }
        throw new IllegalStateException("the demo world has no police person known at FIOD only");
    }

    @Test
    void aPoliceInvestigatorAsksFiodWhichSeesOnlyWhatItNeedsAndProvidesAfterWhichThePoliceSeeTheAnswer() {
        List<String> found = policePersonKnownAtFiod();
        String person = found.get(0);
        List<String> fiodRecords = found.subList(1, found.size());
        String justification = "Onderzoek Waalhaven: mogelijke katvanger, browsertest " + Instant.now().toEpochMilli();

        signIn(REQUESTER, PURPOSE);
        open("/entiteiten/" + person);
        WebElement knownAt = driver.findElement(By.cssSelector("ul.known-at li[data-organisation=FIOD]"));
        assertThat(knownAt.getText()).contains("bekend bij");
        fiodRecords.forEach(this::assertNotInPage);
        knownAt.findElement(By.tagName("summary")).click();
        knownAt.findElement(By.tagName("textarea")).sendKeys(justification);
        axeCheck("profiel-informatie-opvragen");
        screenshot("profiel-informatie-opvragen");
        clickAndWait(knownAt.findElement(By.cssSelector("button[type=submit]")));
        assertThat(currentPath()).startsWith("/werkbank/verzoeken");
        WebElement sent = driver.findElement(By.cssSelector("table.sent tbody tr"));
        assertThat(sent.getText()).contains("FIOD", justification, "wacht op antwoord van de partner");
        fiodRecords.forEach(this::assertNotInPage);
        axeCheck("verzoeken-aanvrager");

        signIn("kmar-rechercheur", PURPOSE);
        open("/werkbank/verzoeken");
        assertNotInPage(justification);

        signIn(PARTNER, PURPOSE);
        open("/werkbank/verzoeken");
        WebElement received = driver.findElements(By.cssSelector("table.received tbody tr")).stream()
                .filter(tr -> tr.getText().contains(justification)).findFirst().orElseThrow();
        assertThat(received.getText()).contains("Politie", "wacht op antwoord van de partner").contains(fiodRecords.get(0));
        assertNotInPage(person);
        assertNotInPage(REQUESTER);
        axeCheck("verzoeken-partner");
        screenshot("verzoeken-partner");
        received.findElement(By.cssSelector("input[value=verstrekken]")).click();
        received.findElement(By.tagName("textarea")).sendKeys("Verstrekt: proces-verbaal FIOD 2024-117, bel de TCI");
        clickAndWait(received.findElement(By.cssSelector("button[type=submit]")));
        WebElement answered = driver.findElements(By.cssSelector("table.received tbody tr")).stream()
                .filter(tr -> tr.getText().contains(justification)).findFirst().orElseThrow();
        assertThat(answered.getText()).contains("verstrekt", "proces-verbaal FIOD 2024-117");

        signIn(REQUESTER, PURPOSE);
        open("/werkbank/verzoeken");
        WebElement done = driver.findElements(By.cssSelector("table.sent tbody tr")).stream()
                .filter(tr -> tr.getText().contains(justification)).findFirst().orElseThrow();
        assertThat(done.getText()).contains("verstrekt", "proces-verbaal FIOD 2024-117");
        assertNotInPage(PARTNER);
        screenshot("verzoeken-aanvrager");
        open("/entiteiten/" + person);
        assertThat(driver.findElements(By.cssSelector("ul.identity a"))).extracting(a -> a.getAttribute("href"))
                .as("the hit confirmed, the police see FIOD's record").anyMatch(h -> h.endsWith("/entiteiten/" + fiodRecords.get(0)));
        assertThat(driver.findElement(By.cssSelector("ul.requests")).getText()).contains("verstrekt");
    }

    @Test
    void aRequestWithoutJustificationIsRefusedWithADutchReasonAndNothingIsStored() {
        List<String> found = policePersonKnownAtFiod();
        signIn(REQUESTER, PURPOSE);
        open("/werkbank/verzoeken");
        int before = driver.findElements(By.cssSelector("table.sent tbody tr")).size();
        open("/entiteiten/" + found.get(0));
        WebElement knownAt = driver.findElement(By.cssSelector("ul.known-at li[data-organisation=FIOD]"));
        knownAt.findElement(By.tagName("summary")).click();
        // The browser's own check (required) stops an empty form; whitespace passes it and reaches the server.
        knownAt.findElement(By.tagName("textarea")).sendKeys("   ");
        clickAndWait(knownAt.findElement(By.cssSelector("button[type=submit]")));
        assertThat(mainText()).contains("Ongeldige invoer", "onderbouwing");
        axeCheck("verzoek-zonder-onderbouwing");
        open("/werkbank/verzoeken");
        assertThat(driver.findElements(By.cssSelector("table.sent tbody tr"))).hasSize(before);
    }
}
