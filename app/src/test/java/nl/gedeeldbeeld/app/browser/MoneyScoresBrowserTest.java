package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.app.money.MoneyFlows;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The learned money-flow score on the money page, in a real browser on the demo world: the FIOD investigator
 * who follows money asks for the scores, sees the flagged accounts with their score, strongest features in Dutch
 * and the rules that fired, and that they rest on the payments she may see; an account's own view gives its
 * score and explanation. A RIEC adviser gets scores only of accounts in the payments the RIEC may see. axe-core
 * on every screen.
 */
class MoneyScoresBrowserTest extends BrowserTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Autowired
    AccessLayer access;

    @Autowired
    MoneyFlows flows;

    /** The accounts of the payments this user may see under the purpose (the oracle, read without the page). */
    private Set<String> visibleAccounts(String userId, String purpose) {
        User u = access.decisions().catalogue().requireUser(userId);
        TransactionGraph g = flows.view(access.decisions().open(u.id(), u.organisation(), purpose, "money-scores-browser-test",
                Instant.now()), Optional.empty(), Optional.empty()).graph();
        Set<String> labels = new HashSet<>();
        for (int v = 0; v < g.accountCount(); v++) {
            labels.add(g.label(v));
        }
        return labels;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Asks for the scores with the page's own button and returns the accounts the table lists. */
    private List<String> askForScores() {
        open("/geld");
        clickAndWait(driver.findElement(By.cssSelector("#scoreformulier button[type=submit]")));
        waiting().until(d -> !d.findElements(By.id("score-basis")).isEmpty());
        return driver.findElements(By.cssSelector("#scores tbody th a")).stream()
                .map(a -> java.net.URLDecoder.decode(a.getDomAttribute("href").replaceFirst(".*rekening=", ""),
                        java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theFiodInvestigatorSeesTheFlaggedAccountsExplainedInDutchAndEachAccountsOwnScore() {
        signIn("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        List<String> listed = askForScores();
        assertThat(driver.findElement(By.id("score-basis")).getText()).contains("berekend op de betalingen die u mag zien");
        assertThat(listed).as("the demo world's planted laundering gives the model something to flag").isNotEmpty();
        assertThat(new HashSet<>(listed)).isSubsetOf(visibleAccounts("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"));
        WebElement first = driver.findElement(By.cssSelector("#scores tbody tr"));
        assertThat(first.findElements(By.cssSelector("ul.kenmerken li"))).isNotEmpty()
                .allSatisfy(li -> assertThat(li.getText()).isNotBlank().doesNotContain("_"));
        axeCheck("geld-scores");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", first);
        screenshot("geld-scores");

        clickAndWait(first.findElement(By.cssSelector("th a")));
        assertThat(driver.findElement(By.id("rekening-score")).getText())
                .contains("Geleerde score van", "het model wijst deze rekening aan", "berekend op de betalingen die u mag zien",
                        "Sterkste kenmerken");
        axeCheck("geld-rekening-score");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("rekening-score")));
        screenshot("geld-rekening-score");
    }

    @Test
    void aRiecAdviserGetsScoresOnlyOfAccountsInThePaymentsTheRiecMaySee() {
        signIn("riec-adviseur", "RIEC_CASUS");
        List<String> listed = askForScores();
        assertThat(driver.findElement(By.id("score-basis")).getText()).contains("berekend op de betalingen die u mag zien");
        assertThat(new HashSet<>(listed)).isSubsetOf(visibleAccounts("riec-adviseur", "RIEC_CASUS"));
        axeCheck("geld-scores-riec");
    }
}
