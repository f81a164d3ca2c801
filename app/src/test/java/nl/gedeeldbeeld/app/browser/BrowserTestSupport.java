package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The setting of every browser test: the application on a random port over the demo world that {@code gb demo}
 * builds (a small synthetic world with its joint case, confirmed FIOD hits, a protected police person and the
 * resolution's identities and review queue), in a temporary store with its own audit log; and a headless Debian
 * chromium driven by Selenium. The world is built once per JVM and every browser test class shares the one Spring
 * context (same configuration), so the suite pays for one import; each class gets its own browser.
 *
 * <p>No driver is ever downloaded (Selenium Manager stays idle): the test names Debian's {@code /usr/bin/chromedriver}.
 * Without chromium the tests are skipped, except in CI ({@code CI=true}), where a missing browser is a failure.
 *
 * <p>Helpers: {@link #signIn} (password form, then the purpose), {@link #open}, {@link #clickAndWait}, {@link #axeCheck} (axe-core in the
 * page, fails on serious or critical WCAG 2.1 A/AA violations), {@link #screenshot} (into
 * {@code app/target/browser-screenshots/}), {@link #assertNotInPage} and {@link #crawl} (the HTML of every page a
 * user reaches by following links, for proving that a withheld value appears on none of them).
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {
    public static final String PASSWORD = "gedeeld-beeld-demo";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"#]*)(?:#[^\"]*)?\"", Pattern.CASE_INSENSITIVE);

    private static Path world;

    /** The browser of the running test class; {@code null} before {@link #startBrowser()}. */
    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void demoWorld(DynamicPropertyRegistry registry) {
        Path dir = demoWorldDirectory();
        registry.add("gb.store", () -> dir.resolve("data").toString());
        registry.add("gb.audit", () -> dir.resolve("data").resolve("audit").resolve("audit.log").toString());
    }

    /** The directory of the demo world: {@code data/} (store, index and {@code audit/}) and {@code world/} (the generated files). */
    protected static synchronized Path demoWorldDirectory() {
        if (world == null) {
            world = DemoWorld.freshCopy("gb-browser-world");
        }
        return world;
    }

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); .ci/run installs them with apt-get");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-gpu", "--disable-extensions", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void startSignedOut() {
        // Every test starts as nobody: a fresh session, whatever the previous test signed in as.
        if (driver != null) {
            open("/inloggen");
            driver.manage().deleteAllCookies();
        }
    }

    /** The absolute address of a path on the application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path of the application in the browser and returns the driver. */
    protected WebDriver open(String path) {
        driver.get(url(path));
        return driver;
    }

    /** The path (and query) the browser shows now. */
    protected String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * Signs in as a demo user through the form and declares the purpose on {@code /doel}, in a fresh session;
     * the browser ends on the start page (or where the purpose page sends it).
     */
    protected void signIn(String user, String purpose) {
        open("/inloggen");
        driver.manage().deleteAllCookies();
        open("/inloggen");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(user);
        driver.findElement(By.id("wachtwoord")).sendKeys(PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
        awaitSignIn(d -> currentPath().startsWith("/doel") && !d.findElements(By.cssSelector("input[name=doel]")).isEmpty());
        assertThat(currentPath()).as("after signing in as " + user).startsWith("/doel");
        WebElement choice = driver.findElement(By.cssSelector("input[name=doel][value='" + purpose + "']"));
        if (!choice.isSelected()) {
            choice.click();
        }
        clickAndWait(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
        awaitSignIn(d -> !currentPath().startsWith("/doel") && !currentPath().startsWith("/inloggen"));
        assertThat(currentPath()).as("after declaring " + purpose).doesNotStartWith("/doel").doesNotStartWith("/inloggen");
    }

    /**
     * Waits until the sign-in's next page is where it should be, for up to {@link #SIGN_IN_WAIT}. The old page going
     * stale is not enough: on a loaded machine the path read right after it could still be the form's own (the
     * redirect still under way); the assertion after the wait says what went wrong when the page never came.
     */
    private void awaitSignIn(java.util.function.Function<WebDriver, Boolean> arrived) {
        try {
            new WebDriverWait(driver, SIGN_IN_WAIT).until(arrived::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            // Reported by the caller's assertion, with the page the browser is on.
        }
    }

    private static final Duration SIGN_IN_WAIT = Duration.ofSeconds(120);

    /**
     * Clicks an element that leads to another page (a link, a form's button) and waits until the page it was on
     * has gone, so the next look is at the new page and never at the old one.
     */
    protected void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> replaced(page));
    }

    /**
     * True once the browser shows another document than the one {@code page} belonged to. Chromium answers a
     * question about a node of a document it has just left with "Node with given id does not belong to the
     * document" instead of a stale-element error (seen in CI); that means the same.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The HTML of the page the browser shows now. */
    protected String pageSource() {
        return driver.getPageSource();
    }

    /** The visible text of the page's main content. */
    protected String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * Runs axe-core in the current page against WCAG 2.1 A and AA and fails on any serious or critical
     * violation, naming the rule, its help text and the offending elements.
     */
    protected void axeCheck(String pageName) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> rule.getImpact() != null && BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            String report = blocking.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                    + rule.getNodes().stream().limit(5).map(node -> "\n    " + node.getTarget() + " " + node.getFailureSummary())
                    .collect(Collectors.joining())).collect(Collectors.joining("\n  "));
            screenshot("axe-" + pageName);
            fail("axe-core found serious or critical accessibility violations on " + pageName + " ("
                    + currentPath() + "):\n  " + report);
        }
    }

    /** Saves a PNG of the browser window as {@code app/target/browser-screenshots/NAME.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when the value occurs anywhere in the current page's HTML (text, attributes, scripts). */
    protected void assertNotInPage(String value) {
        assertThat(value).as("a value to look for").isNotBlank();
        assertThat(pageSource()).as("HTML of " + currentPath()).doesNotContain(value);
    }

    /**
     * The HTML of every page of the application the signed-in browser session reaches from the start paths by
     * following links (same site, GET only, breadth first), at most {@code maxPages}; keyed by path. Fetched over
     * HTTP with the browser's session cookie, so the pages are exactly what this user is served. Sign-out and
     * purpose changes are not followed (they would end or change the session).
     */
    protected Map<String, String> crawl(int maxPages, String... startPaths) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(startPaths));
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String path = queue.poll();
            if (pages.containsKey(path) || !crawlable(path)) {
                continue;
            }
            String html = fetch(http, path, cookies);
            pages.put(path, html);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("/") && !href.startsWith("//") && !pages.containsKey(href)) {
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    private static boolean crawlable(String path) {
        return !path.startsWith("/doel") && !path.startsWith("/uitloggen") && !path.startsWith("/inloggen")
                && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")
                && !path.startsWith("/img/");
    }

    private String fetch(HttpClient http, String path, String cookies) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Cookie", cookies).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie of the browser, for tests that call the application directly as the same user. */
    protected Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }
}
