package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.gedeeldbeeld.app.web.GbProperties;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Issue 13, deliver 5: the write-and-read matrix, generated. Every operation of the app's own OpenAPI document,
 * with its path and query parameters and its body filled from the world (entity ids, export, hold, alert, case
 * and pending-judgement ids, an audit id-set reference), is sent for every demo user × every purpose their roles
 * grant, on {@link MatrixWorld} with a joint case, confirmed hits, a protected person, exports, a pending
 * cross-owner judgement and legal holds in it. Each answer is judged by {@link MatrixOracle}, which works from
 * the raw statements, the registers, the catalogue's decision point and its own protection cover:
 * <ul>
 *   <li>no answer holds an entity id the caller may not see, nor a value withheld from it (the ids and values
 *       the request named aside; the accountability endpoints may show the officer what its organisation's
 *       actors saw);</li>
 *   <li>the search count and its dataset facets are exactly what the caller may see;</li>
 *   <li>no write succeeds that the write model ({@code WriteDecisionPoint}, the catalogue's {@code writes})
 *       refuses, and a cross-owner judgement does not apply before the owner consents;</li>
 *   <li>nothing answers with a 5xx.</li>
 * </ul>
 * The matrix runs once per operation (a dynamic test each), reads first, then writes, and recomputes the oracle
 * after every write that succeeded. The findings of issue 13 are replayed as named cases before it. Subclasses
 * choose the database: H2 always, PostgreSQL when {@code GB_TEST_POSTGRES_URL} names one.
 */
@SpringBootTest(classes = nl.gedeeldbeeld.app.web.GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractWriteAndReadMatrixTest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SOURCE_IDS = List.of("p1", "p2", "a1", "v1", "c1", "as1", "o1", "b1", "b2", "pay1");
    private static final Set<String> ENTITY_PARAMETERS = Set.of("company", "account", "source", "target", "around",
            "entityId", "entityIds", "left", "right");

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @Autowired
    GbProperties properties;

    PolicyCatalogue catalogue;
    MatrixOracle oracle;
    JsonNode doc;
    /** Entities the matrix sends, in a fixed order (dataset, source id): ids are random per store. */
    final List<String> sample = new ArrayList<>();
    final Map<String, String[]> sourceOf = new HashMap<>();
    /** Register objects made by the setting: export id → organisation and requester, hold id → organisation. */
    final Map<String, String[]> exports = new LinkedHashMap<>();
    final Map<String, String> holds = new LinkedHashMap<>();
    final List<String> cases = new ArrayList<>();
    final List<String> pendings = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();
    /** Requests for information; an id that names none when the world has no police record known at FIOD. */
    final List<String> requests = new ArrayList<>();
    String idSetReference = "idset:sha256:" + "0".repeat(64);
    private final Map<String, MatrixOracle.View> views = new HashMap<>();

    static void commonProperties(DynamicPropertyRegistry registry, Path dir) {
        registry.add("gb.audit", () -> dir.resolve("audit/audit.log").toString());
    }

    String id(String dataset, String sourceId) {
        return storage.store().entityIds().id(dataset, sourceId);
    }

    String pol(String sourceId) {
        return id("politie-bvh", sourceId);
    }

    String fio(String sourceId) {
        return id("fiod-onderzoek", sourceId);
    }

    @BeforeAll
    void setUp() throws Exception {
        catalogue = access.decisions().catalogue();
        Path dir = Files.createTempDirectory("gb-matrix-world");
        MatrixWorld.load(storage, dir);
        for (MatrixWorld.Dataset d : MatrixWorld.DATASETS) {
            for (String source : SOURCE_IDS) {
                String id = id(d.name(), source);
                sample.add(id);
                sourceOf.put(id, new String[] {d.name(), source});
            }
        }
        for (String[] extra : List.of(new String[] {"riec-bibob-rotterdam", "a2"}, new String[] {"riec-bibob-rotterdam", "p3"},
                new String[] {"fiod-onderzoek", "v2"})) {
            String id = id(extra[0], extra[1]);
            sample.add(id);
            sourceOf.put(id, extra);
        }
        doc = JSON.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString());

        // The registers: a joint case with police entities, a protected police person, confirmed hits of FIOD and
        // the FIU, two exports, a cross-owner judgement waiting for the police, legal holds, an alert, an id set.
        JsonNode jointCase = ok(send("riec-adviseur", "RIEC_CASUS", HttpMethod.POST, "/api/v1/joint-cases",
                "{\"title\":\"Matrix-casus\",\"organisations\":[\"POLITIE\",\"OM\",\"GEMEENTE_ROTTERDAM\"]}"));
        cases.add(jointCase.get("id").asText());
        for (String source : List.of("p2", "c1", "as1", "a1")) {
            ok(send("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/joint-cases/" + cases.get(0) + "/entities",
                    "{\"entityId\":\"" + pol(source) + "\"}"));
        }
        ok(send("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/protected-persons",
                "{\"entityId\":\"" + pol("p1") + "\",\"reason\":\"matrix: bedreigde persoon\"}"));
        ok(send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST, "/api/v1/confirmed-hits",
                "{\"entityId\":\"" + fio("p2") + "\",\"organisation\":\"POLITIE\"}"));
        for (String source : List.of("b1", "pay1")) {
            for (String org : List.of("POLITIE", "FIOD")) {
                ok(send("fiu-analist", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/confirmed-hits",
                        "{\"entityId\":\"" + id("fiu-ongebruikelijke-transacties", source) + "\",\"organisation\":\"" + org + "\"}"));
            }
        }
        JsonNode foreignExport = ok(send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST, "/api/v1/exports",
                "{\"entityIds\":[\"" + fio("p2") + "\"],\"format\":\"CSV\",\"justification\":\"matrix\"}"));
        exports.put(foreignExport.get("id").asText(), new String[] {"POLITIE", "rechercheur-politie"});
        JsonNode ownExport = ok(send("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/exports",
                "{\"entityIds\":[\"" + pol("c1") + "\"],\"format\":\"FTM_JSONL\",\"justification\":\"matrix\"}"));
        exports.put(ownExport.get("id").asText(), new String[] {"POLITIE", "analist-politie"});
        JsonNode judged = ok(send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST, "/api/v1/resolution/judgements",
                "{\"left\":\"" + fio("p1") + "\",\"right\":\"" + pol("p2") + "\",\"verdict\":\"MATCH\",\"reason\":\"matrix\"}"));
        pendings.add(judged.get("pendingId").asText());
        for (String body : List.of("{\"scope\":\"DATASET\",\"target\":\"politie-bvh\",\"reason\":\"matrix\"}",
                "{\"scope\":\"ENTITY\",\"target\":\"" + pol("c1") + "\",\"reason\":\"matrix\"}")) {
            JsonNode hold = ok(send("privacy-officer", "VERANTWOORDING", HttpMethod.POST, "/api/v1/legal-holds", body));
            holds.put(hold.get("id").asText(), "POLITIE");
        }
        // FIOD looks up the protected person: the owning unit gets an alert.
        send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET,
                "/api/v1/search?q=" + UriUtils.encodeQueryParam(MatrixWorld.personName(MatrixWorld.DATASETS.get(0), 1), StandardCharsets.UTF_8), null);
        send("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.GET, "/api/v1/entities/" + pol("p1"), null);
        ok(send("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.GET, "/api/v1/protection-alerts?all=true", null))
                .forEach(a -> alerts.add(a.get("id").asText()));
        ok(send("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.GET, "/api/v1/network/view", null));
        // A request for information from the police to FIOD about a police record FIOD knows (hit), where there is one.
        for (String id : sample) {
            MockHttpServletResponse asked = send("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", HttpMethod.POST,
                    "/api/v1/requests", "{\"entityId\":\"" + id + "\",\"organisation\":\"FIOD\",\"justification\":\"matrix\"}");
            if (asked.getStatus() == 201) {
                requests.add(JSON.readTree(asked.getContentAsString(StandardCharsets.UTF_8)).get("id").asText());
                break;
            }
        }
        if (requests.isEmpty()) {
            requests.add("verzoek-bestaat-niet");
        }
        oracle = new MatrixOracle(storage, catalogue, Path.of(properties.audit()));
        oracle.idSetReferences().stream().findFirst().ifPresent(r -> idSetReference = r);
    }

    // ---- the matrix -----------------------------------------------------------------------------------------

    /** One user and a purpose their roles grant. */
    record Caller(String user, String purpose) {
    }

    List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (User u : catalogue.users()) {
            for (String purpose : new TreeSet<>(catalogue.purposesOf(u))) {
                callers.add(new Caller(u.id(), purpose));
            }
        }
        return callers;
    }

    MatrixOracle.View view(Caller c) {
        return views.computeIfAbsent(c.user() + "/" + c.purpose(), k -> oracle.view(c.user(), c.purpose()));
    }

    /** One operation of the OpenAPI document. */
    record Operation(String template, HttpMethod method, JsonNode spec) {
        boolean reads() {
            return method == HttpMethod.GET;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                ops.add(new Operation(path.getKey(), HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)), op.getValue()));
            }
        }
        // Reads first, so the registers of the setting hold for them; then the writes.
        ops.sort(java.util.Comparator.comparing((Operation o) -> !o.reads()).thenComparing(Operation::toString));
        return ops;
    }

    @Test
    @Order(1)
    void theWorldHoldsDataOfEveryProviderAndRegimeTheAgreementsName() {
        Set<String> present = new TreeSet<>();
        oracle.statements().values().stream().flatMap(List::stream).forEach(s -> {
            present.add(s.provenance().partner() + "/" + s.provenance().regime());
            present.add("*/" + s.provenance().regime());
        });
        Set<String> named = new TreeSet<>();
        for (SharingAgreement a : catalogue.agreements()) {
            if (a.isForEveryone(SharingAgreement.PROVIDERS)) {
                a.regimes().forEach(r -> named.add("*/" + r));
            } else {
                a.providers().forEach(p -> a.regimes().forEach(r -> named.add(p + "/" + r)));
            }
        }
        assertThat(present).containsAll(named);
    }

    @Test
    @Order(2)
    void theMatrixSendsEveryOperationOfTheDocumentAndEveryCallerHasAPurpose() {
        assertThat(operations()).hasSizeGreaterThan(40);
        assertThat(callers()).extracting(Caller::user).containsAll(catalogue.users().stream().map(User::id).toList());
    }

    @Test
    @Order(50)
    void everyCallersSearchCountAndDatasetFacetsAreWhatTheOracleLetsItSee() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Caller c : callers()) {
            MatrixOracle.View v = view(c);
            JsonNode page = JSON.readTree(send(c.user(), c.purpose(), HttpMethod.GET, "/api/v1/search?q=&limit=1", null)
                    .getContentAsString());
            long total = page.path("total").asLong(-1);
            if (total != v.visible().size()) {
                failures.add(c + ": search count " + total + ", the oracle says " + v.visible().size());
            }
            Map<String, Long> facets = new java.util.TreeMap<>();
            page.path("facets").path("datasets").fields().forEachRemaining(e -> facets.put(e.getKey(), e.getValue().asLong()));
            if (!facets.equals(v.datasetFacets())) {
                failures.add(c + ": dataset facets " + facets + ", the oracle says " + v.datasetFacets());
            }
        }
        assertThat(failures).isEmpty();
    }

    @TestFactory
    @Order(100)
    Stream<DynamicTest> everyOperationForEveryUserAndPurpose() {
        List<Operation> ops = operations();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(op.toString(), () -> {
                List<String> failures = new ArrayList<>();
                int sent = 0;
                List<Caller> callers = callers();
                for (int ci = 0; ci < callers.size(); ci++) {
                    for (Call call : calls(op, index, ci, callers.get(ci))) {
                        failures.addAll(check(op, callers.get(ci), call));
                        sent++;
                    }
                }
                assertThat(sent).as("requests sent for %s", op).isGreaterThanOrEqualTo(callers.size());
                assertThat(failures).as("%s: %d requests", op, sent).isEmpty();
            }));
        }
        return tests.stream();
    }

    /** One request: its path with query, its body (or null), and the entity it is about (or null). */
    record Call(String uri, String body, String subject) {
    }

    private List<Call> calls(Operation op, int opIndex, int callerIndex, Caller caller) {
        List<JsonNode> parameters = new ArrayList<>();
        op.spec().path("parameters").forEach(parameters::add);
        Optional<JsonNode> bodySchema = Optional.ofNullable(op.spec().path("requestBody").path("content")
                .path("application/json").get("schema")).map(this::resolve);
        boolean aboutEntity = parameters.stream().anyMatch(p -> ENTITY_PARAMETERS.contains(p.path("name").asText())
                || (p.path("name").asText().equals("id") && entityPath(op.template())))
                || op.template().equals("/api/v1/entities/by-source") || op.template().equals("/api/v1/search")
                || bodySchema.map(s -> s.path("properties").has("entityId") || s.path("properties").has("entityIds")
                        || s.path("properties").has("left") || s.path("properties").has("target")).orElse(false);
        List<String> subjects = new ArrayList<>();
        if (aboutEntity) {
            for (int t = 0; t < 3; t++) {
                subjects.add(sample.get(Math.floorMod(callerIndex * 3 + t + opIndex * 7, sample.size())));
            }
        } else {
            List<String> registry = registry(op.template());
            if (registry.isEmpty()) {
                subjects.add(null);
            } else {
                for (int t = 0; t < Math.min(2, registry.size()); t++) {
                    subjects.add(registry.get(Math.floorMod(callerIndex + t, registry.size())));
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        for (String subject : subjects) {
            String path = op.template();
            StringBuilder query = new StringBuilder();
            for (JsonNode p : parameters) {
                String name = p.path("name").asText();
                String in = p.path("in").asText();
                if (in.equals("header")) {
                    continue;
                }
                Optional<String> value = value(op, name, resolve(p.path("schema")), p.path("required").asBoolean(),
                        subject, callerIndex, caller);
                if (in.equals("path")) {
                    String filled = value.orElseThrow(() -> new AssertionError("the generator has no value for path parameter {"
                            + name + "} of " + op));
                    path = path.replace("{" + name + "}", UriUtils.encodePathSegment(filled, StandardCharsets.UTF_8));
                } else if (value.isPresent()) {
                    query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                            .append(UriUtils.encodeQueryParam(value.get(), StandardCharsets.UTF_8));
                }
            }
            String body = bodySchema.map(s -> body(s, subject, callerIndex, caller).toString()).orElse(null);
            calls.add(new Call(path + query, body, subject));
        }
        return calls;
    }

    private static boolean entityPath(String template) {
        return template.startsWith("/api/v1/entities/") || template.startsWith("/api/v1/protected-persons/")
                || template.startsWith("/api/v1/audit/entities/");
    }

    private List<String> registry(String template) {
        if (template.startsWith("/api/v1/exports/")) {
            return List.copyOf(exports.keySet());
        } else if (template.startsWith("/api/v1/legal-holds/")) {
            return List.copyOf(holds.keySet());
        } else if (template.startsWith("/api/v1/protection-alerts/")) {
            return alerts;
        } else if (template.startsWith("/api/v1/joint-cases/")) {
            return cases;
        } else if (template.startsWith("/api/v1/resolution/pending-judgements/")) {
            return pendings;
        } else if (template.startsWith("/api/v1/requests/")) {
            return requests;
        } else if (template.startsWith("/api/v1/audit/users/")) {
            return catalogue.users().stream().map(User::id).toList();
        } else if (template.startsWith("/api/v1/audit/id-sets/")) {
            return List.of(idSetReference);
        }
        return List.of();
    }

    private Optional<String> value(Operation op, String name, JsonNode schema, boolean required, String subject,
                                   int callerIndex, Caller caller) {
        String[] source = subject == null ? null : sourceOf.get(subject);
        switch (name) {
            case "id":
                if (op.template().equals("/api/v1/entities/by-source")) {
                    return Optional.ofNullable(source).map(s -> s[1]);
                }
                return Optional.ofNullable(subject);
            case "user", "reference":
                return Optional.ofNullable(subject);
            case "q":
                return Optional.of(subject == null ? "" : firstValue(subject));
            case "dataset":
                return Optional.ofNullable(source).map(s -> s[0]).or(() -> required ? Optional.of("politie-bvh") : Optional.empty());
            case "company", "account", "source", "target":
                return Optional.ofNullable(subject).or(() -> Optional.of(sample.get(0)));
            case "around":
                return callerIndex % 2 == 0 ? Optional.ofNullable(subject) : Optional.empty();
            case "purpose":
                return Optional.of(caller.purpose());
            case "all":
                return Optional.of("true");
            default:
                break;
        }
        if (!required) {
            return Optional.empty();
        }
        if (schema.has("enum")) {
            return Optional.of(schema.get("enum").get(0).asText());
        }
        if (schema.has("default")) {
            return Optional.of(schema.get("default").asText());
        }
        return Optional.of(switch (schema.path("type").asText()) {
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "true";
            default -> "x";
        });
    }

    /** The entity's name, or else its first value that is not a reference. */
    private String firstValue(String entity) {
        List<Statement> of = oracle.statements().getOrDefault(entity, List.of());
        return of.stream().filter(s -> s.property().equals("name")).map(Statement::value).findFirst()
                .or(() -> of.stream().filter(s -> !s.isIdStatement() && !oracle.allIds().contains(s.value()))
                        .map(Statement::value).findFirst())
                .orElse(entity);
    }

    private ObjectNode body(JsonNode schema, String subject, int callerIndex, Caller caller) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String own = catalogue.requireUser(caller.user()).organisation();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode s = resolve(property.getValue());
            switch (name) {
                case "entityId", "left" -> node.put(name, subject);
                case "right" -> node.put(name, sample.get(Math.floorMod(sample.indexOf(subject) + 1 + callerIndex, sample.size())));
                case "entityIds" -> node.putArray(name).add(subject);
                case "organisation" -> node.put(name, own.equals("POLITIE") ? "FIOD" : "POLITIE");
                case "organisations" -> node.putArray(name).add(own).add("POLITIE");
                case "scope" -> node.put(name, callerIndex % 2 == 0 ? "ENTITY" : "DATASET");
                case "target" -> node.put(name, callerIndex % 2 == 0 ? subject : sourceOf.get(subject)[0]);
                case "verdict" -> node.put(name, "MATCH");
                case "format" -> node.put(name, "CSV");
                default -> {
                    switch (s.path("type").asText()) {
                        case "boolean" -> node.put(name, true);
                        case "integer", "number" -> node.put(name, 1);
                        case "array" -> node.putArray(name).add("matrix");
                        default -> node.put(name, s.has("enum") ? s.get("enum").get(0).asText() : "matrix");
                    }
                }
            }
        }
        return node;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return doc.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** Sends one call and judges its answer; the failures, empty when none. */
    private List<String> check(Operation op, Caller caller, Call call) throws Exception {
        MatrixOracle.View before = view(caller);
        Optional<WriteRequest> write = writeModel(op, before.ctx(), call);
        MockHttpServletResponse response = send(caller.user(), caller.purpose(), op.method(), call.uri(), call.body());
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String described = caller + " " + op.method() + " " + call.uri() + (call.body() == null ? "" : " " + call.body())
                + " -> " + status;
        List<String> failures = new ArrayList<>();
        if (status >= 500) {
            failures.add(described + ": server error " + shorten(body));
        }
        boolean succeeded = status >= 200 && status < 300;
        if (!op.reads() && succeeded) {
            views.clear(); // the write may have changed what everyone sees; the oracle recomputes
        }
        if (write.isPresent()) {
            WriteDecision decision = oracle.decideWrite(before.ctx(), write.get());
            if (decision.outcome() == WriteDecision.Outcome.REFUSE && succeeded) {
                failures.add(described + ": the write model refuses (" + decision.rule() + ": " + decision.reason()
                        + ") but the write succeeded");
            }
            if (decision.outcome() == WriteDecision.Outcome.PENDING_CONSENT && succeeded && body.contains("\"APPLIED\"")) {
                failures.add(described + ": applied before the owners " + decision.consentFrom() + " consented");
            }
        }
        // An answer is judged against what the caller may see after the request (a successful write may widen it).
        MatrixOracle.View after = view(caller);
        Set<String> alsoAllowed = op.template().startsWith("/api/v1/audit/")
                ? oracle.auditedIdsOf(catalogue.requireUser(caller.user()).organisation()) : Set.of();
        String requestText = call.uri() + " " + (call.body() == null ? "" : call.body());
        for (String leak : oracle.leaks(after, UriUtils.decode(requestText, StandardCharsets.UTF_8), body, alsoAllowed)) {
            failures.add(described + ": " + leak);
        }
        return failures;
    }

    /** What the write model is asked about this call, computed from the raw statements and registers. */
    private Optional<WriteRequest> writeModel(Operation op, AccessContext ctx, Call call) throws Exception {
        String t = op.template();
        JsonNode body = call.body() == null ? JSON.nullNode() : JSON.readTree(call.body());
        String own = ctx.organisation().code();
        String unit = ctx.user().unit().orElse("");
        String pathId = pathId(t, call.uri());
        if (op.method() == HttpMethod.POST && t.equals("/api/v1/joint-cases/{id}/entities")) {
            return Optional.of(WriteRequest.on(WriteAction.ADD_TO_CASE, oracle.owners(body.path("entityId").asText())));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/confirmed-hits")) {
            return Optional.of(WriteRequest.on(WriteAction.CONFIRM_HIT, oracle.owners(body.path("entityId").asText())));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/resolution/judgements")) {
            Set<String> owners = new LinkedHashSet<>(oracle.owners(body.path("left").asText()));
            owners.addAll(oracle.owners(body.path("right").asText()));
            return Optional.of(WriteRequest.on(WriteAction.JUDGE, owners));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/legal-holds")) {
            String target = body.path("target").asText();
            return Optional.of(WriteRequest.on(WriteAction.PLACE_HOLD, body.path("scope").asText().equals("ENTITY")
                    ? oracle.owners(target) : oracle.ownersOfDataset(target)));
        } else if (op.method() == HttpMethod.DELETE && t.equals("/api/v1/legal-holds/{id}") && holds.containsKey(pathId)) {
            return Optional.of(WriteRequest.on(WriteAction.LIFT_HOLD, Set.of(holds.get(pathId))));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/retention/purges")) {
            return Optional.of(WriteRequest.on(WriteAction.PURGE, Set.of(own)));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/protected-persons")) {
            return Optional.of(WriteRequest.on(WriteAction.PLACE_FLAG, oracle.owners(body.path("entityId").asText())).ownedByUnit(unit));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/protected-persons/{id}/lift-requests")) {
            Optional<ProtectionFlag> flag = storage.store().registers().protectionOf(pathId);
            return flag.map(f -> WriteRequest.on(WriteAction.REQUEST_FLAG_LIFT, Set.of(f.ownerOrganisation())).ownedByUnit(f.ownerUnit()));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/protected-persons/{id}/lift-approvals")) {
            Optional<ProtectionFlag> flag = storage.store().registers().protectionOf(pathId);
            Optional<String> first = storage.store().registers().liftRequestOf(pathId).map(r -> r.requestedBy());
            return flag.map(f -> {
                WriteRequest w = WriteRequest.on(WriteAction.APPROVE_FLAG_LIFT, Set.of(f.ownerOrganisation())).ownedByUnit(f.ownerUnit());
                return first.map(w::after).orElse(w);
            });
        } else if (t.equals("/api/v1/protection-alerts") || t.equals("/api/v1/protection-alerts/{id}/acknowledgement")) {
            return Optional.of(WriteRequest.on(WriteAction.READ_PROTECTION_ALERTS, Set.of(own)).ownedByUnit(unit));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/exports/{id}/decisions") && exports.containsKey(pathId)) {
            String[] export = exports.get(pathId);
            return Optional.of(WriteRequest.on(WriteAction.APPROVE_EXPORT, Set.of(export[0])).after(export[1]));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/resolution/pending-judgements/{id}/answers")) {
            return Optional.of(WriteRequest.on(WriteAction.CONSENT_JUDGEMENT, Set.of(own)));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/requests")) {
            return Optional.of(WriteRequest.on(WriteAction.REQUEST_INFORMATION, Set.of(own)));
        } else if (op.method() == HttpMethod.POST && t.equals("/api/v1/requests/{id}/answers")) {
            var request = storage.store().informationRequests().find(pathId);
            if (request.isPresent()) {
                Set<String> owners = new LinkedHashSet<>();
                request.get().hitIds().forEach(h -> owners.addAll(oracle.owners(h)));
                return Optional.of(WriteRequest.on(WriteAction.ANSWER_INFORMATION_REQUEST, owners));
            }
        }
        return Optional.empty();
    }

    /** The value of the template's {id} in a sent uri. */
    private static String pathId(String template, String uri) {
        int at = template.indexOf("{id}");
        if (at < 0) {
            return "";
        }
        String rest = uri.substring(at);
        int end = rest.indexOf('/');
        int q = rest.indexOf('?');
        int stop = end < 0 ? (q < 0 ? rest.length() : q) : (q < 0 ? end : Math.min(end, q));
        return UriUtils.decode(rest.substring(0, stop), StandardCharsets.UTF_8);
    }

    // ---- the findings of issue 13, replayed through the API on the matrix world ---------------------------

    /** Sends as the caller, and fails on anything the oracle says the caller may not see. */
    MockHttpServletResponse seen(String user, String purpose, HttpMethod method, String uri, String body) throws Exception {
        MockHttpServletResponse response = send(user, purpose, method, uri, body);
        views.clear();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        String named = UriUtils.decode(uri, StandardCharsets.UTF_8) + " " + (body == null ? "" : body);
        assertThat(oracle.leaks(view(new Caller(user, purpose)), named, text, Set.of()))
                .as("%s %s as %s/%s -> %s", method, uri, user, purpose, shorten(text)).isEmpty();
        assertThat(response.getStatus()).as(text).isLessThan(500);
        return response;
    }

    MockHttpServletResponse seen(String user, String purpose, String uri) throws Exception {
        return seen(user, purpose, HttpMethod.GET, uri, null);
    }

    static String q(String text) {
        return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
    }

    @Test
    @Order(11)
    @org.junit.jupiter.api.DisplayName("finding 1: the RIEC (THEMATISCHE_ANALYSE) finds police companies by opaque ids that carry no source key or withheld value")
    void finding1() throws Exception {
        String riec = "riec-adviseur";
        JsonNode hits = json(seen(riec, "THEMATISCHE_ANALYSE", "/api/v1/search?q=" + q("Keten Pol") + "&limit=100")).path("hits");
        assertThat(hits).hasSizeGreaterThan(10);
        for (String uri : List.of("/api/v1/search?q=" + q("Keten Pol") + "&limit=100", "/api/v1/entities/" + pol("k1") + "/neighbours",
                "/api/v1/network/view")) {
            String body = seen(riec, "THEMATISCHE_ANALYSE", uri).getContentAsString(StandardCharsets.UTF_8);
            // The first generation's ids: a readable prefix and source key (adr:3054LM:30.<hmac>, p1.<hmac>).
            assertThat(body).doesNotContain("adr:", "kenteken:", "kvk:", "iban:", "BVH-", "k1.", "k2.");
            assertThat(body).doesNotContainPattern("\\b[a-z0-9]+\\.[0-9a-f]{40}\\b");
        }
        hits.forEach(h -> assertThat(h.path("entityId").asText()).matches(MatrixOracle.ENTITY_ID.pattern()));
    }

    @Test
    @Order(12)
    @org.junit.jupiter.api.DisplayName("finding 2: an id cannot be computed from public facts; the source-id lookup answers only within what the caller may see")
    void finding2() throws Exception {
        String fiu = "fiu-ongebruikelijke-transacties";
        String uri = "/api/v1/entities/by-source?dataset=" + fiu + "&id=b2";
        assertThat(json(seen("fiu-analist", "THEMATISCHE_ANALYSE", uri)).path("id").asText()).isEqualTo(id(fiu, "b2"));
        MockHttpServletResponse police = seen("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", uri);
        MockHttpServletResponse unknown = seen("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK",
                "/api/v1/entities/by-source?dataset=" + fiu + "&id=b999");
        assertThat(police.getStatus()).isEqualTo(404);
        assertThat(json(police).path("detail")).isEqualTo(json(unknown).path("detail"));
        // The first generation's id of the IBAN account: HMAC-SHA1 keyed with the (public) dataset name.
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(fiu.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String legacy = "b2." + java.util.HexFormat.of().formatHex(mac.doFinal("b2".getBytes(StandardCharsets.UTF_8)));
        for (Caller c : callers()) {
            assertThat(send(c.user(), c.purpose(), HttpMethod.GET, "/api/v1/entities/" + legacy, null).getStatus())
                    .as("legacy id for %s", c).isIn(403, 404);
        }
    }

    @Test
    @Order(13)
    @org.junit.jupiter.api.DisplayName("finding 3: to FIOD the protected person's links and vehicle are absent; the same address and plate under other ids are covered; the owner is alerted")
    void finding3() throws Exception {
        String fiod = "rechercheur-fiod";
        String inv = "STRAFRECHTELIJK_ONDERZOEK";
        for (String source : List.of("p1", "as1", "o1", "v1", "a1")) {
            assertThat(seen(fiod, inv, "/api/v1/entities/" + pol(source)).getStatus()).as(source).isEqualTo(404);
        }
        // The associate (not protected) shows no link to the person, no relation, no plate.
        String associate = seen(fiod, inv, "/api/v1/entities/" + pol("p2") + "/neighbours").getContentAsString(StandardCharsets.UTF_8);
        assertThat(associate).doesNotContain(pol("p1"), pol("as1"), "handlanger Pol", MatrixWorld.plate(0));
        String search = seen(fiod, inv, "/api/v1/search?q=" + q("handlanger Pol")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(json(send(fiod, inv, HttpMethod.GET, "/api/v1/search?q=" + q("handlanger Pol"), null)).path("total").asLong())
                .as(search).isZero();
        // The same vehicle (FIOD's record, plate without dashes) to the OM, and the same address (the municipality's
        // record, postcode with a space) to the RIEC, are covered; FIOD still sees its own record.
        assertThat(seen("officier-om", inv, "/api/v1/entities/" + fio("v2")).getStatus()).isEqualTo(404);
        assertThat(seen(fiod, inv, "/api/v1/entities/" + fio("v2")).getStatus()).isEqualTo(200);
        assertThat(seen("riec-adviseur", "RIEC_CASUS", "/api/v1/entities/" + id("riec-bibob-rotterdam", "a2")).getStatus())
                .isEqualTo(404);
        assertThat(seen("bibob-medewerker", "BIBOB_TOETS", "/api/v1/entities/" + id("riec-bibob-rotterdam", "a2")).getStatus())
                .isEqualTo(200);
        seen(fiod, inv, "/api/v1/network/view");
        JsonNode alertsNow = json(seen("analist-politie", "THEMATISCHE_ANALYSE", "/api/v1/protection-alerts?all=true"));
        assertThat(alertsNow.toString()).contains(fiod);
    }

    @Test
    @Order(14)
    @org.junit.jupiter.api.DisplayName("finding 4: the municipality's review queue gives the redacted police birth date no level")
    void finding4() throws Exception {
        new nl.gedeeldbeeld.app.resolution.StoreResolution(storage.store(), storage.store().judgements(), catalogue,
                nl.gedeeldbeeld.model.schema.SchemaRegistry.standard(), access.audited(), java.time.Clock.systemUTC())
                .run("matrix", nl.gedeeldbeeld.resolve.ResolutionProgress.NONE);
        views.clear();
        JsonNode items = json(seen("bibob-medewerker", "RIEC_CASUS", "/api/v1/resolution/review?limit=100")).path("items");
        List<JsonNode> withPolice = new ArrayList<>();
        items.forEach(i -> {
            if (i.toString().contains(pol("p2"))) {
                withPolice.add(i);
            }
        });
        assertThat(withPolice).as("the municipality's queue: %s", items).isNotEmpty();
        for (JsonNode item : withPolice) {
            item.path("comparison").forEach(f -> {
                if (f.path("feature").asText().equals("birth date")) {
                    assertThat(f.path("level").isMissingNode() || f.path("level").isNull()).as(f.toString()).isTrue();
                    assertThat(f.path("shown").asText()).isEqualTo("niet beschikbaar");
                }
            });
        }
    }

    @Test
    @Order(15)
    @org.junit.jupiter.api.DisplayName("finding 5: a party of a joint case cannot put another partner's entity in it and so open that partner's sharing")
    void finding5() throws Exception {
        String caseId = cases.get(0);
        // The RIEC sees the police company for its ondermijningsbeeld, and tries to open the police's casus sharing.
        assertThat(seen("riec-adviseur", "THEMATISCHE_ANALYSE", "/api/v1/entities/" + pol("k2")).getStatus()).isEqualTo(200);
        MockHttpServletResponse added = seen("riec-adviseur", "THEMATISCHE_ANALYSE", HttpMethod.POST,
                "/api/v1/joint-cases/" + caseId + "/entities", "{\"entityId\":\"" + pol("k2") + "\"}");
        assertThat(added.getStatus()).isEqualTo(403);
        assertThat(json(added).path("detail").asText()).contains("casus-eigen-entiteiten");
        assertThat(seen("riec-adviseur", "RIEC_CASUS", "/api/v1/entities/" + pol("k2")).getStatus()).isEqualTo(404);
        assertThat(seen("bibob-medewerker", "RIEC_CASUS", HttpMethod.POST, "/api/v1/joint-cases/" + caseId + "/entities",
                "{\"entityId\":\"" + pol("k2") + "\"}").getStatus()).isIn(400, 403);
        assertThat(storage.store().registers().inJointCase(pol("k2"), "RIEC_RR")).isFalse();
    }

    @Test
    @Order(16)
    @org.junit.jupiter.api.DisplayName("finding 6: a municipality's MATCH on two police records waits for the police and merges nothing until then")
    void finding6() throws Exception {
        JsonNode judged = json(seen("bibob-medewerker", "RIEC_CASUS", HttpMethod.POST, "/api/v1/resolution/judgements",
                "{\"left\":\"" + pol("p2") + "\",\"right\":\"" + pol("c1") + "\",\"verdict\":\"MATCH\",\"reason\":\"matrix\"}"));
        assertThat(judged.path("status").asText()).isEqualTo("PENDING_CONSENT");
        for (Caller c : List.of(new Caller("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                new Caller("officier-om", "STRAFRECHTELIJK_ONDERZOEK"), new Caller("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))) {
            String identity = seen(c.user(), c.purpose(), "/api/v1/entities/" + pol("p2") + "/identity").getContentAsString(StandardCharsets.UTF_8);
            assertThat(identity).as("identity for %s", c).doesNotContain(pol("c1"));
        }
    }

    @Test
    @Order(17)
    @org.junit.jupiter.api.DisplayName("finding 7: the police privacy officer cannot hold FIU data or another partner's dataset, and its purge report lists only police data")
    void finding7() throws Exception {
        String officer = "privacy-officer";
        String fiu = "fiu-ongebruikelijke-transacties";
        assertThat(seen(officer, "VERANTWOORDING", HttpMethod.POST, "/api/v1/legal-holds",
                "{\"scope\":\"ENTITY\",\"target\":\"" + id(fiu, "b1") + "\",\"reason\":\"x\"}").getStatus()).isEqualTo(403);
        assertThat(seen(officer, "VERANTWOORDING", HttpMethod.POST, "/api/v1/legal-holds",
                "{\"scope\":\"DATASET\",\"target\":\"" + fiu + "\",\"reason\":\"x\"}").getStatus()).isEqualTo(403);
        String report = seen(officer, "VERANTWOORDING", HttpMethod.POST, "/api/v1/retention/purges?dryRun=true", null)
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher m = MatrixOracle.ENTITY_ID.matcher(report);
        while (m.find()) {
            assertThat(oracle.owners(m.group())).as(m.group()).containsOnly("POLITIE");
        }
        JsonNode all = json(seen(officer, "VERANTWOORDING", "/api/v1/legal-holds?all=true"));
        all.forEach(h -> assertThat(h.path("organisation").asText()).isEqualTo("POLITIE"));
    }

    @Test
    @Order(18)
    @org.junit.jupiter.api.DisplayName("finding 8: the privacy officer cannot lift a unit's flag, the requester cannot approve its own lift, other units see no alerts")
    void finding8() throws Exception {
        String person = pol("p1");
        assertThat(seen("privacy-officer", "VERANTWOORDING", HttpMethod.POST, "/api/v1/protected-persons/" + person + "/lift-approvals",
                null).getStatus()).isEqualTo(403);
        assertThat(seen("privacy-officer", "VERANTWOORDING", HttpMethod.POST, "/api/v1/protected-persons/" + person + "/lift-requests",
                "{\"reason\":\"x\"}").getStatus()).isEqualTo(403);
        // Alerts are the owning unit's: the police detectives (another unit) see none of the analysts' alerts.
        assertThat(json(seen("analist-politie", "THEMATISCHE_ANALYSE", "/api/v1/protection-alerts?all=true"))).isNotEmpty();
        assertThat(json(seen("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", "/api/v1/protection-alerts?all=true"))).isEmpty();
        assertThat(seen("privacy-officer", "VERANTWOORDING", "/api/v1/protection-alerts?all=true").getStatus()).isEqualTo(403);
        assertThat(seen("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/protected-persons/" + person + "/lift-requests",
                "{\"reason\":\"matrix\"}").getStatus()).isEqualTo(201);
        assertThat(seen("analist-politie", "THEMATISCHE_ANALYSE", HttpMethod.POST, "/api/v1/protected-persons/" + person + "/lift-approvals",
                null).getStatus()).isEqualTo(403);
        assertThat(storage.store().registers().isProtected(person)).isTrue();
    }

    @Test
    @Order(19)
    @org.junit.jupiter.api.DisplayName("finding 9: a batch committed to the store but never indexed (kill -9 between them) is findable after the catch-up every open does")
    void finding9() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("gb-matrix-crash").resolve("fiod.ftm.json"),
                "{\"id\":\"z1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Zeynep Polat\"]}}\n");
        // The bare store commits the batch (and its backlog entry) but does not index it: the state a kill -9
        // between the two commits leaves behind.
        new nl.gedeeldbeeld.ingest.Importer(storage.store()).importAll(nl.gedeeldbeeld.ingest.ImportRequest
                .builder("fiod-onderzoek", "FIOD", "WPG_ART8").file(file).reliability("B2").build(),
                nl.gedeeldbeeld.ingest.ProgressListener.NONE);
        oracle.reload();
        assertThat(json(seen("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "/api/v1/search?q=" + q("Zeynep Polat")))
                .path("total").asLong()).as("before the catch-up").isZero();
        assertThat(storage.catchUpIndex()).contains(fio("z1"));
        JsonNode found = json(seen("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "/api/v1/search?q=" + q("Zeynep Polat")));
        assertThat(found.path("hits")).anySatisfy(h -> assertThat(h.path("entityId").asText()).isEqualTo(fio("z1")));
    }

    @Test
    @Order(20)
    @org.junit.jupiter.api.DisplayName("finding 10: an FtM record with an unknown property and birth date 'Unknown' lands with its good values, visible through the API")
    void finding10() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("gb-matrix-pep").resolve("pep.ftm.json"),
                "{\"id\":\"pep-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Dragan Pepovic\"],\"birthDate\":[\"Unknown\"],"
                        + "\"wikidataIdTooNew\":[\"Q1\"],\"nationality\":[\"rs\"]}}\n"
                        + "{\"id\":\"pep-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Mira Pepovic\"],\"birthDate\":[\"1940-27-04\"]}}\n");
        new nl.gedeeldbeeld.ingest.Importer(storage.importTarget()).importAll(nl.gedeeldbeeld.ingest.ImportRequest
                .builder("open-sanctielijst", "OPEN_BRONNEN", "OPEN_SOURCE").file(file).reliability("B2").build(),
                nl.gedeeldbeeld.ingest.ProgressListener.NONE);
        oracle.reload();
        for (String source : List.of("pep-1", "pep-2")) {
            JsonNode profile = json(seen("bibob-medewerker", "BIBOB_TOETS", "/api/v1/entities/" + id("open-sanctielijst", source)));
            assertThat(profile.path("properties").path("name")).as(source).isNotEmpty();
            assertThat(profile.path("properties").path("birthDate")).as(source).isNotEmpty();
        }
    }

    @Test
    @Order(21)
    @org.junit.jupiter.api.DisplayName("finding 11: our own export file is statements, not entities named after statement ids")
    void finding11() throws Exception {
        String exportId = exports.keySet().stream().skip(1).findFirst().orElseThrow();
        MockHttpServletResponse file = seen("analist-politie", "THEMATISCHE_ANALYSE", "/api/v1/exports/" + exportId + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        String lines = file.getContentAsString(StandardCharsets.UTF_8);
        assertThat(lines).contains("Pol Handel B.V.");
        Path dir = Files.createTempDirectory("gb-matrix-roundtrip");
        Path exported = Files.writeString(dir.resolve("export.ftm.json"), lines);
        nl.gedeeldbeeld.store.Storage fresh = nl.gedeeldbeeld.store.StoreFactory.open(nl.gedeeldbeeld.store.StoreConfig.embedded(dir.resolve("data")));
        try (fresh) {
            new nl.gedeeldbeeld.ingest.Importer(fresh.importTarget()).importAll(nl.gedeeldbeeld.ingest.ImportRequest
                    .builder("politie-bvh", "POLITIE", "WPG_ART8").file(exported).reliability("B2").build(),
                    nl.gedeeldbeeld.ingest.ProgressListener.NONE);
            List<Statement> back;
            try (Stream<Statement> all = fresh.store().streamAll()) {
                back = all.toList();
            }
            assertThat(back).extracting(Statement::value).contains("Pol Handel B.V.");
            assertThat(back).extracting(Statement::schema).containsOnly("Company");
        }
    }

    @Test
    @Order(22)
    @org.junit.jupiter.api.DisplayName("finding 12: a 20 MB name is held back with a reason, the rest of the file lands, and the API answers")
    void finding12() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("gb-matrix-long").resolve("long.ftm.json"),
                "{\"id\":\"long-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + "x".repeat(20_000_000) + "\"]}}\n"
                        + "{\"id\":\"long-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Korte Naamsen\"]}}\n");
        var summary = new nl.gedeeldbeeld.ingest.Importer(storage.importTarget()).importAll(nl.gedeeldbeeld.ingest.ImportRequest
                .builder("open-sanctielijst", "OPEN_BRONNEN", "OPEN_SOURCE").file(file).reliability("B2").build(),
                nl.gedeeldbeeld.ingest.ProgressListener.NONE);
        oracle.reload();
        assertThat(summary).singleElement().satisfies(r -> {
            assertThat(r.failure()).isEmpty();
            assertThat(r.recordsQuarantined() + r.valuesQuarantined()).as(r.problems().toString()).isPositive();
        });
        assertThat(json(seen("fiu-analist", "THEMATISCHE_ANALYSE", "/api/v1/search?q=" + q("Korte Naamsen"))).path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    @Order(23)
    @org.junit.jupiter.api.DisplayName("finding 13: open-source data is visible to every organisation for every purpose")
    void finding13() throws Exception {
        String listed = id("open-sanctielijst", "p1");
        for (Caller c : callers()) {
            assertThat(seen(c.user(), c.purpose(), "/api/v1/entities/" + listed).getStatus()).as(c.toString()).isEqualTo(200);
        }
    }

    @Test
    @Order(24)
    @org.junit.jupiter.api.DisplayName("finding 14: a forged cursor, key-players top=500&k=50 and a 7,500-character q are 400s, answered at once")
    void finding14() throws Exception {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("o:2147482637".getBytes(StandardCharsets.UTF_8));
        for (String uri : List.of("/api/v1/search?q=Pol&cursor=" + forged, "/api/v1/network/key-players?top=500&k=50",
                "/api/v1/network/disruption?strategy=kpp&block=100&steps=50", "/api/v1/search?q=" + "a".repeat(7_500))) {
            long start = System.nanoTime();
            assertThat(seen("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK", uri).getStatus()).as(uri).isEqualTo(400);
            assertThat((System.nanoTime() - start) / 1_000_000).as(uri).isLessThan(2_000);
        }
    }

    @Test
    @Order(25)
    @org.junit.jupiter.api.DisplayName("finding 15: null ids in bodies, an empty body and a 1,000-word query are 400s, not 500s")
    void finding15() throws Exception {
        String police = "analist-politie";
        String purpose = "THEMATISCHE_ANALYSE";
        for (String[] call : List.of(new String[] {"/api/v1/exports", "{\"entityIds\":[null],\"format\":\"CSV\"}"},
                new String[] {"/api/v1/joint-cases/" + cases.get(0) + "/entities", "{\"entityId\":null}"},
                new String[] {"/api/v1/protected-persons", "{\"entityId\":null,\"reason\":\"x\"}"},
                new String[] {"/api/v1/confirmed-hits", "{\"entityId\":null,\"organisation\":\"FIOD\"}"},
                new String[] {"/api/v1/exports", ""})) {
            assertThat(seen(police, purpose, HttpMethod.POST, call[0], call[1]).getStatus()).as(call[0] + " " + call[1]).isEqualTo(400);
        }
        String words = String.join(" ", java.util.Collections.nCopies(1_000, "jan"));
        assertThat(seen(police, purpose, "/api/v1/search?q=" + q(words)).getStatus()).isEqualTo(400);
    }

    @Test
    @Order(26)
    @org.junit.jupiter.api.DisplayName("finding 16: after five wrong passwords from one address the right password from another address is let in")
    void finding16() throws Exception {
        String account = "douane-analist";
        for (int i = 0; i < 5; i++) {
            int status = mvc.perform(get("/api/v1/policy/mine").header("X-Doel", "THEMATISCHE_ANALYSE")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(account, "fout"))
                    .with(r -> {
                        r.setRemoteAddr("192.0.2.66");
                        return r;
                    })).andReturn().getResponse().getStatus();
            assertThat(status).isIn(401, 429);
        }
        int right = mvc.perform(get("/api/v1/policy/mine").header("X-Doel", "THEMATISCHE_ANALYSE")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(account, "gedeeld-beeld-demo"))
                .with(r -> {
                    r.setRemoteAddr("198.51.100.7");
                    return r;
                })).andReturn().getResponse().getStatus();
        assertThat(right).isEqualTo(200);
    }

    @Test
    @Order(27)
    @org.junit.jupiter.api.DisplayName("finding 17: a refused purpose and a zero-hit search show in what the officer sees; unknown and foreign user names answer alike")
    void finding17() throws Exception {
        assertThat(send("analist-politie", "BIBOB_TOETS", HttpMethod.GET, "/api/v1/entities/" + pol("c1"), null).getStatus()).isEqualTo(403);
        assertThat(json(seen("analist-politie", "THEMATISCHE_ANALYSE", "/api/v1/search?q=" + q("Zebediah Onvindbaar")))
                .path("total").asLong()).isZero();
        String refused = seen("privacy-officer", "VERANTWOORDING", "/api/v1/audit/users/analist-politie/reads?purpose=BIBOB_TOETS")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("DENY");
        String zero = seen("privacy-officer", "VERANTWOORDING", "/api/v1/audit/users/analist-politie/reads?purpose=THEMATISCHE_ANALYSE")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zero).contains("total=0");
        MockHttpServletResponse foreign = seen("privacy-officer", "VERANTWOORDING", "/api/v1/audit/users/rechercheur-fiod/reads?purpose=X");
        MockHttpServletResponse unknown = seen("privacy-officer", "VERANTWOORDING", "/api/v1/audit/users/rechercheur-xyz/reads?purpose=X");
        assertThat(foreign.getStatus()).isEqualTo(403).isEqualTo(unknown.getStatus());
        assertThat(json(unknown).path("detail").asText().replace("rechercheur-xyz", "NAME"))
                .isEqualTo(json(foreign).path("detail").asText().replace("rechercheur-fiod", "NAME"));
    }

    // ---- requests -------------------------------------------------------------------------------------------

    MockHttpServletResponse send(String user, String purpose, HttpMethod method, String uri, String body) throws Exception {
        MockHttpServletRequestBuilder request = request(method, URI.create(uri)).with(user(user)).header("X-Doel", purpose);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode ok(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(200, 299);
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    }

    static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + ")";
    }
}
