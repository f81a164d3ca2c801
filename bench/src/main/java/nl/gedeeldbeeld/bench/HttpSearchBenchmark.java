package nl.gedeeldbeeld.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search over HTTP against a running server ({@code bench/run http} starts one on a generated small world):
 * the same queries, one client, one request at a time, signed in with HTTP Basic (a password hash per request)
 * and with an API token ({@code POST /api/v1/tokens}, then {@code Authorization: Bearer}). The two are
 * interleaved request by request, so both see the same load of the machine; after a warm-up of each, it prints
 * p50, p95 and the mean of each. Every response must be 200, or the run fails: a figure of refused requests
 * would measure nothing.
 */
public final class HttpSearchBenchmark {
    private static final List<String> QUERIES = List.of("jansen", "de vries", "van der berg", "bakker", "visser",
            "smit", "meijer", "de boer", "mulder", "de groot", "bos", "vos", "peters", "hendriks", "van leeuwen",
            "dekker", "brouwer", "de wit", "dijkstra", "smits");

    private HttpSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        String base = a.get("base").orElseThrow(() -> new IllegalArgumentException("--base http://host:port"));
        String user = a.get("user", "analist-politie");
        String password = a.get("password", "gedeeld-beeld-demo");
        String purpose = a.get("purpose", "THEMATISCHE_ANALYSE");
        int requests = Integer.parseInt(a.get("requests", "300"));
        int warmup = Integer.parseInt(a.get("warmup", "50"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/tokens answered " + issued.statusCode() + ": " + issued.body());
        }
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        if (!token.find()) {
            throw new IllegalStateException("no token in " + issued.body());
        }
        String bearer = "Bearer " + token.group(1);

        for (int i = 0; i < warmup; i++) {
            time(client, base, basic, purpose, QUERIES.get(i % QUERIES.size()));
            time(client, base, bearer, purpose, QUERIES.get(i % QUERIES.size()));
        }
        long[] withBasic = new long[requests];
        long[] withToken = new long[requests];
        for (int i = 0; i < requests; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            // Alternate which goes first, so neither profits from the other's warm caches.
            if (i % 2 == 0) {
                withBasic[i] = time(client, base, basic, purpose, q);
                withToken[i] = time(client, base, bearer, purpose, q);
            } else {
                withToken[i] = time(client, base, bearer, purpose, q);
                withBasic[i] = time(client, base, basic, purpose, q);
            }
        }
        System.out.printf(Locale.ROOT, "search over HTTP, %d requests each after %d warm-up, user %s, purpose %s%n", requests,
                warmup, user, purpose);
        report("HTTP Basic", withBasic);
        report("API token ", withToken);
    }

    private static long time(HttpClient client, String base, String authorization, String purpose, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?limit=20&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Authorization", authorization).header("X-Doel", purpose).GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search '" + q + "' answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double mean = java.util.Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%s  p50 %7.1f ms  p95 %7.1f ms  mean %7.1f ms%n", label,
                sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6, sorted[(int) Math.floor(0.95 * (sorted.length - 1))] / 1e6,
                mean);
    }
}
