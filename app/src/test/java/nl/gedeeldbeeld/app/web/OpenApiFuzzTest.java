package nl.gedeeldbeeld.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Deliver 9: a fuzz test driven by the app's own OpenAPI document. For every operation it reads, it sends
 * each parameter at its bounds, beyond them, empty, malformed and oversized (one parameter at a time, the
 * others at their defaults), and each request body as it should be, missing, {@code null}, of the wrong
 * type, with each field null or oversized, and larger than the body limit; as a demo user with a purpose
 * their roles grant (the privacy officer for the accountability endpoints), on the API tests' world.
 * No answer may be a 5xx and none may take 2 s or more. The bounds it probes are the ones the document
 * states, so a bound added to a controller but not to the document is not probed, and one in the document
 * but not enforced shows as a slow or failing request.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class OpenApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT_MS = 2_000;
    private static final String HUGE = "x".repeat(10_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("gb-openapi-fuzz").toString();
        registry.add("gb.store", () -> data);
    }

    private JsonNode doc;
    private String sampleId;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private long slowest;
    private String slowestRequest = "";

    /**
     * The world of the API tests (ApiTest's FIOD records), grown to a few hundred entities of every kind the
     * endpoints read (persons, companies, ownerships, accounts, payments), so that each operation has data
     * to work on and a network view is larger than an audit event names inline.
     */
    private void load() throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("gb-openapi-fuzz-world");
        List<String> lines = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String[] names = {"Jan van der Berg", "Anna de Vries", "Piet Jansen", "Fatima El Amrani", "Kees Bakker"};
        for (int i = 0; i < 80; i++) {
            lines.add("{\"id\":\"p" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + names[i % names.length]
                    + " " + (char) ('A' + i % 26) + "\"],\"birthDate\":[\"19" + (50 + i % 50) + "-04-23\"]}}");
        }
        for (int i = 0; i < 20; i++) {
            lines.add("{\"id\":\"c" + i + "\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Holding " + i + " BV\"]}}");
            lines.add("{\"id\":\"o" + i + "\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p" + random.nextInt(80)
                    + "\"],\"asset\":[\"c" + i + "\"],\"percentage\":[\"60\"],\"startDate\":[\"2019-05-01\"]}}");
            lines.add("{\"id\":\"oc" + i + "\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"c" + ((i + 1) % 20)
                    + "\"],\"asset\":[\"c" + i + "\"],\"percentage\":[\"40\"]}}");
        }
        for (int i = 0; i < 60; i++) {
            lines.add("{\"id\":\"a" + i + "\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL"
                    + String.format("%02d", 10 + i) + "FUZZ0" + String.format("%09d", i) + "\"]}}");
            lines.add("{\"id\":\"as" + i + "\",\"schema\":\"Associate\",\"properties\":{\"person\":[\"p" + i
                    + "\"],\"associate\":[\"p" + random.nextInt(80) + "\"]}}");
        }
        for (int i = 0; i < 200; i++) {
            lines.add("{\"id\":\"pay" + i + "\",\"schema\":\"Payment\",\"properties\":{\"payerAccount\":[\"a"
                    + random.nextInt(60) + "\"],\"beneficiaryAccount\":[\"a" + random.nextInt(60) + "\"],\"amount\":[\""
                    + (1_000 + random.nextInt(9_000)) + "\"],\"currency\":[\"EUR\"],\"date\":[\"2023-03-"
                    + String.format("%02d", 1 + i % 28) + "\"]}}");
        }
        java.nio.file.Path file = Files.writeString(dir.resolve("fiod.ftm.json"), String.join("\n", lines) + "\n");
        new Importer(storage.importTarget()).importAll(
                ImportRequest.builder("fiod", "FIOD", "WPG_ART8").file(file).reliability("B2").build(), ProgressListener.NONE);
        sampleId = storage.store().entityIds().id("fiod", "p0");
    }

    @Test
    @DisplayName("deliver 9: every operation of the OpenAPI document, fuzzed at and beyond its bounds, answers without a 5xx within 2 s")
    void everyOperationAnswersWithoutAServerErrorAndInTime() throws Exception {
        load();
        doc = JSON.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                fuzz(path.getKey(), HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)), op.getValue());
            }
        }
        System.out.printf("OpenApiFuzzTest: %d operations, %d requests, slowest %d ms (%s)%n", operations, requests,
                slowest, slowestRequest);
        assertThat(operations).isGreaterThan(30);
        assertThat(failures).as("requests that answered 5xx or took 2 s or more").isEmpty();
    }

    /** One operation: a baseline request, then one deviation at a time. */
    private void fuzz(String template, HttpMethod method, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> base = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if (p.path("required").asBoolean() && !p.path("in").asText().equals("header")) {
                base.put(p.path("name").asText(), plausible(p.path("name").asText(), schema(p)));
            }
        }
        Optional<JsonNode> body = Optional.ofNullable(operation.path("requestBody").path("content")
                .path("application/json").get("schema")).map(this::resolve);
        String plausibleBody = body.map(b -> plausibleObject(b).toString()).orElse(null);

        send(template, method, base, Map.of(), plausibleBody);
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("header")) {
                continue;
            }
            for (Optional<String> value : values(schema(p))) {
                Map<String, String> one = new LinkedHashMap<>(base);
                value.ifPresentOrElse(v -> one.put(name, v), () -> one.remove(name));
                send(template, method, one, Map.of(), plausibleBody);
            }
        }
        send(template, method, base, Map.of(DeclaredPurpose.HEADER, HUGE), plausibleBody);
        if (body.isPresent()) {
            for (String variant : bodies(body.get())) {
                send(template, method, base, Map.of(), variant);
            }
        }
    }

    private JsonNode schema(JsonNode parameter) {
        return resolve(parameter.path("schema"));
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return doc.at(ref.substring(1));
        }
        return schema;
    }

    /** The values one parameter is tried with; empty means "left out". */
    private List<Optional<String>> values(JsonNode schema) {
        List<Optional<String>> values = new ArrayList<>();
        values.add(Optional.empty());
        values.add(Optional.of(""));
        String type = schema.path("type").asText();
        switch (type) {
            case "integer", "number" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : -1;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000_000;
                for (long v : new long[] {min, min - 1, max, max + 1, Integer.MAX_VALUE, Long.MIN_VALUE}) {
                    values.add(Optional.of(Long.toString(v)));
                }
                values.add(Optional.of("99999999999999999999999"));
                values.add(Optional.of("zeven"));
            }
            case "boolean" -> {
                values.add(Optional.of("true"));
                values.add(Optional.of("false"));
                values.add(Optional.of("misschien"));
            }
            case "array" -> {
                values.add(Optional.of("x"));
                values.add(Optional.of(String.join(",", java.util.Collections.nCopies(100, "x"))));
                values.add(Optional.of(HUGE));
            }
            default -> {
                schema.path("enum").forEach(e -> values.add(Optional.of(e.asText())));
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    values.add(Optional.of("a".repeat(max)));
                    values.add(Optional.of("a".repeat(max + 1)));
                }
                values.add(Optional.of("2020-01-01"));
                values.add(Optional.of(sampleId));
                values.add(Optional.of("jan de vries"));
                values.add(Optional.of(String.join(" ", java.util.Collections.nCopies(1_000, "jan"))));
                values.add(Optional.of(HUGE));
                values.add(Optional.of("%00<script>'\""));
            }
        }
        return values;
    }

    private String plausible(String name, JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "true";
            default -> schema.has("enum") ? schema.get("enum").get(0).asText()
                    : name.equals("purpose") ? "STRAFRECHTELIJK_ONDERZOEK" : sampleId;
        };
    }

    private ObjectNode plausibleObject(JsonNode schema) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode s = resolve(property.getValue());
            switch (s.path("type").asText()) {
                case "boolean" -> node.put(property.getKey(), true);
                case "integer", "number" -> node.put(property.getKey(), 1);
                case "array" -> node.putArray(property.getKey()).add(sampleId);
                default -> node.put(property.getKey(), s.has("enum") ? s.get("enum").get(0).asText() : sampleId);
            }
        }
        return node;
    }

    private List<String> bodies(JsonNode schema) {
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{}", "\"x\"", "{\"unterminated\":", "{}".repeat(3)));
        ObjectNode plausible = plausibleObject(schema);
        for (Iterator<String> names = plausible.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            ObjectNode nulled = plausible.deepCopy();
            nulled.putNull(name);
            bodies.add(nulled.toString());
            ObjectNode huge = plausible.deepCopy();
            huge.put(name, HUGE);
            bodies.add(huge.toString());
            ObjectNode wrong = plausible.deepCopy();
            wrong.putObject(name).put("nested", true);
            bodies.add(wrong.toString());
            if (plausible.get(name).isArray()) {
                ObjectNode many = plausible.deepCopy();
                ArrayNode list = many.putArray(name);
                for (int i = 0; i < 2_000; i++) {
                    list.add("id-" + i);
                }
                bodies.add(many.toString());
                ObjectNode nullItem = plausible.deepCopy();
                nullItem.putArray(name).addNull();
                bodies.add(nullItem.toString());
            }
        }
        bodies.add("{\"x\":\"" + "y".repeat(100_000) + "\"}");
        return bodies;
    }

    private void send(String template, HttpMethod method, Map<String, String> parameters, Map<String, String> headers,
                      String body) throws Exception {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String placeholder = "{" + p.getKey() + "}";
            if (path.contains(placeholder)) {
                String segment = p.getValue().isEmpty() ? "-" : p.getValue();
                path = path.replace(placeholder, UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                query.append(query.length() == 0 ? "?" : "&").append(UriUtils.encodeQueryParam(p.getKey(),
                        java.nio.charset.StandardCharsets.UTF_8)).append('=').append(UriUtils.encodeQueryParam(p.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        path = path.replaceAll("\\{[^}]+}", "x");
        boolean accountability = template.startsWith("/api/v1/audit") || template.startsWith("/api/v1/legal-holds")
                || template.startsWith("/api/v1/retention");
        String user = accountability ? "privacy-officer" : "rechercheur-fiod";
        String purpose = accountability ? "VERANTWOORDING" : "STRAFRECHTELIJK_ONDERZOEK";
        MockHttpServletRequestBuilder request = request(method, java.net.URI.create(path + query)).with(user(user))
                .header(DeclaredPurpose.HEADER, purpose);
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        long start = System.nanoTime();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        long ms = (System.nanoTime() - start) / 1_000_000;
        requests++;
        String described = method + " " + shorten(path + query) + (body == null ? "" : " body " + shorten(body));
        if (ms > slowest) {
            slowest = ms;
            slowestRequest = described;
        }
        if (response.getStatus() >= 500 || ms >= LIMIT_MS) {
            failures.add(response.getStatus() + " in " + ms + " ms: " + described + " -> "
                    + shorten(response.getContentAsString()));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + ")";
    }
}
