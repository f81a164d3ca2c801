package nl.gedeeldbeeld.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interactive speed over HTTP against a running server ({@code bench/run http --world medium} starts one on the
 * medium world): what a person waits for on each screen, as one API client (an API token, {@code X-Doel}) and one
 * browser session (signed in on {@code /inloggen}, purpose declared on {@code /doel}). Every request is sent
 * one at a time; each round sends every request once, so all see the same load of the machine. The first
 * request of each kind is reported apart ("first"; the slice's very first analysis read, the cold start, happens
 * while a person with relations is looked for, and is printed on its own line), then
 * the warm-up rounds are dropped and p50, p95 and the mean of the rest printed. Every response must be 200, or
 * the run fails: a figure of refused requests would measure nothing.
 */
public final class HttpAnalysisBenchmark {
    private static final List<String> QUERIES = List.of("jansen", "de vries", "bakker", "visser", "smit", "meijer",
            "de boer", "mulder", "de groot", "bos");
    /** The relationships between persons: the "person view" the key players are asked on. */
    private static final String PERSON_RELATIONS = "Family,Associate,Membership,Directorship,UnknownLink";

    private final HttpClient client;
    private final String base;
    private final String bearer;
    private final String purpose;

    private HttpAnalysisBenchmark(HttpClient client, String base, String bearer, String purpose) {
        this.client = client;
        this.base = base;
        this.bearer = bearer;
        this.purpose = purpose;
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        String base = a.get("base").orElseThrow(() -> new IllegalArgumentException("--base http://host:port"));
        String user = a.get("user", "rechercheur-fiod");
        String password = a.get("password", "gedeeld-beeld-demo");
        String purpose = a.get("purpose", "STRAFRECHTELIJK_ONDERZOEK");
        int requests = Integer.parseInt(a.get("requests", "30"));
        int warmup = Integer.parseInt(a.get("warmup", "3"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/tokens answered " + issued.statusCode() + ": " + issued.body());
        }
        String bearer = "Bearer " + first(Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\""), issued.body(), "token");
        HttpAnalysisBenchmark bench = new HttpAnalysisBenchmark(client, base, bearer, purpose);
        bench.signIn(user, password);

        // What to ask about, found as a user finds it: a person by name, an account from the alerts.
        long coldStarted = System.nanoTime();
        String person = bench.person();
        long coldStart = System.nanoTime() - coldStarted;
        String account = first(Pattern.compile("\"accounts\"\\s*:\\s*\\[\\s*\"([^\"]+)\""),
                bench.api("/api/v1/money/alerts").body(), "account in an alert");
        Map<String, Request> kinds = new LinkedHashMap<>();
        List<String> queries = QUERIES;
        int[] q = {0};
        kinds.put("search (API)", () -> bench.api("/api/v1/search?limit=20&q="
                + URLEncoder.encode(queries.get(q[0]++ % queries.size()), StandardCharsets.UTF_8)));
        kinds.put("entity (API)", () -> bench.api("/api/v1/entities/" + enc(person)));
        kinds.put("network view around a person, 2 hops, measures (API, /netwerk's fetch)",
                () -> bench.api("/api/v1/network/view?measures=true&hops=2&around=" + enc(person)));
        kinds.put("key players, person view (API)", () -> bench.api("/api/v1/network/key-players?top=10&k=3&schemata="
                + enc(PERSON_RELATIONS)));
        kinds.put("key players around a person (API, /netwerk's button)",
                () -> bench.api("/api/v1/network/key-players?top=10&k=3&hops=2&around=" + enc(person)));
        kinds.put("money alerts (API)", () -> bench.api("/api/v1/money/alerts"));
        kinds.put("money scores, learned (API)", () -> bench.api("/api/v1/money/scores"));
        kinds.put("fund tracing (API)", () -> bench.api("/api/v1/money/trace?direction=forward&account=" + enc(account)));
        kinds.put("start page /", () -> bench.page("/"));
        kinds.put("search page /zoeken", () -> bench.page("/zoeken?q=jansen"));
        kinds.put("entity page /entiteiten/{id}", () -> bench.page("/entiteiten/" + enc(person)));
        kinds.put("network page /netwerk", () -> bench.page("/netwerk?entiteit=" + enc(person)));
        kinds.put("money page /geld (alerts)", () -> bench.page("/geld"));
        kinds.put("money page /geld (account)", () -> bench.page("/geld?rekening=" + enc(account)));
        kinds.put("money page /geld (learned scores)", () -> bench.page("/geld?score=true"));
        kinds.put("map page /kaart", () -> bench.page("/kaart"));

        Map<String, Long> cold = new LinkedHashMap<>();
        Map<String, long[]> warm = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> warm.put(k, new long[requests]));
        for (int round = -1; round < warmup + requests; round++) {
            for (Map.Entry<String, Request> kind : kinds.entrySet()) {
                long started = System.nanoTime();
                kind.getValue().send();
                long took = System.nanoTime() - started;
                if (round == -1) {
                    cold.put(kind.getKey(), took);
                } else if (round >= warmup) {
                    warm.get(kind.getKey())[round - warmup] = took;
                }
            }
        }
        System.out.printf(Locale.ROOT, "over HTTP at %s, user %s, purpose %s, person %s, account %s; %d rounds after %d "
                + "warm-up rounds%n", base, user, purpose, person, account, requests, warmup);
        System.out.printf(Locale.ROOT, "cold start: finding a person with relations (searches and the slice's first network "
                + "views, the first of them reading the slice's projection): %s%n", ms(coldStart));
        System.out.printf(Locale.ROOT, "| %-72s | %9s | %9s | %9s | %9s |%n", "request", "first", "p50", "p95", "mean");
        for (String kind : kinds.keySet()) {
            long[] sorted = warm.get(kind).clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "| %-72s | %9s | %9s | %9s | %9s |%n", kind, ms(cold.get(kind)),
                    ms(sorted[(int) Math.floor(0.50 * (sorted.length - 1))]),
                    ms(sorted[(int) Math.floor(0.95 * (sorted.length - 1))]),
                    ms((long) Arrays.stream(sorted).average().orElse(0)));
        }
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** A person of the caller's view with relations: the first person hit of a few common names. */
    private String person() throws Exception {
        for (String name : QUERIES) {
            String body = api("/api/v1/search?limit=20&schema=Person&q=" + enc(name)).body();
            Matcher m = Pattern.compile("\"entityId\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            while (m.find()) {
                String id = m.group(1);
                HttpResponse<String> view = client.send(get("/api/v1/network/view?hops=2&around=" + enc(id))
                        .header("Authorization", bearer).header("X-Doel", purpose).build(), HttpResponse.BodyHandlers.ofString());
                if (view.statusCode() == 200 && !view.body().contains("\"edgeCount\":0")) {
                    return id;
                }
            }
        }
        throw new IllegalStateException("no person with relations found by name search");
    }

    private void signIn(String user, String password) throws Exception {
        String csrf = csrf(page("/inloggen").body());
        HttpResponse<String> login = client.send(form("/inloggen", "gebruikersnaam=" + enc(user) + "&wachtwoord="
                + enc(password) + "&_csrf=" + enc(csrf)), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("fout")) {
            throw new IllegalStateException("sign-in answered " + login.statusCode() + " " + login.headers().map());
        }
        String choose = client.send(get("/doel").build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> declared = client.send(form("/doel", "doel=" + enc(purpose) + "&terug=%2F&_csrf="
                + enc(csrf(choose))), HttpResponse.BodyHandlers.ofString());
        if (declared.statusCode() / 100 != 3) {
            throw new IllegalStateException("declaring the purpose answered " + declared.statusCode() + ": " + declared.body());
        }
    }

    private HttpResponse<String> api(String path) throws Exception {
        return ok(path, client.send(get(path).header("Authorization", bearer).header("X-Doel", purpose).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> page(String path) throws Exception {
        return ok(path, client.send(get(path).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(15)).GET();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> ok(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response;
    }

    private static String csrf(String html) {
        return first(Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\""), html, "_csrf field");
    }

    private static String first(Pattern p, String text, String what) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + text.substring(0, Math.min(500, text.length())));
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
