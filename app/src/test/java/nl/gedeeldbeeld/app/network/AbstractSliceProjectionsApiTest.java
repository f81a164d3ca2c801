package nl.gedeeldbeeld.app.network;

import static nl.gedeeldbeeld.app.TestImports.link;
import static nl.gedeeldbeeld.app.TestImports.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.TestImports;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.WriteGeneration;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The per-slice projections behind every analysis view (issue 14, item 8): a kept answer is the answer an
 * uncached read gives, for every user and purpose; a slice never gets another slice's answer; and after a
 * write (import, judgement, protection flag, legal hold, purge) or on another day the next request reads
 * afresh. Through the HTTP API where a person would, and against the access layer's uncached read as oracle; on
 * H2 ({@link SliceProjectionsApiTest}) and PostgreSQL ({@link PostgresSliceProjectionsApiTest}).
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
abstract class AbstractSliceProjectionsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The users and purposes of the demo catalogue the projections are compared for. */
    private static final List<List<String>> SLICES = List.of(
            List.of("analist-politie", "THEMATISCHE_ANALYSE"),
            List.of("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
            List.of("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
            List.of("fiu-analist", "THEMATISCHE_ANALYSE"),
            List.of("riec-adviseur", "RIEC_CASUS"),
            List.of("riec-adviseur", "THEMATISCHE_ANALYSE"),
            List.of("bibob-medewerker", "BIBOB_TOETS"));
    private static final Set<String> PARTIES_AND_LINKS = Set.of("Person", "Associate", "Family");
    private static final List<Set<String>> NARROWER = List.of(Set.of("Person"), Set.of("Associate", "Family"));
    /** Where the records a test imports are written; set by each store's subclass. */
    static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        load("politie-bvh", "POLITIE", Optional.empty(),
                person("p1", "Jan van der Berg"), person("p2", "Kees Bakker"), person("p3", "J. van der Berg"),
                link("a1", "Associate", "p1", "p2"), link("a3", "Associate", "p3", "p2"));
        load("fiod-onderzoek", "FIOD", Optional.empty(),
                person("f1", "Piet de Wit"), person("f2", "Anna de Wit"), link("f3", "Family", "f1", "f2"));
    }

    private void load(String dataset, String partner, Optional<LocalDate> retainUntil, String... lines) throws IOException {
        TestImports.load(storage, data, dataset, partner, retainUntil, List.of(lines));
    }

    private AccessContext open(String userId, String purpose, Instant at) {
        User u = access.decisions().catalogue().requireUser(userId);
        return access.decisions().open(u.id(), u.organisation(), purpose, "slice-test", at);
    }

    /** The oracle: the same read without the projection cache. */
    private VisibleStatements uncached(AccessContext ctx) {
        return uncached(ctx, PARTIES_AND_LINKS);
    }

    private VisibleStatements uncached(AccessContext ctx, Set<String> schemata) {
        return access.entities().statements(ctx, storage.store().entitiesOfSchemata(schemata), "slice-test");
    }

    private VisibleStatements cached(AccessContext ctx) {
        return access.entities().statementsOfSchemata(ctx, PARTIES_AND_LINKS, "slice-test");
    }

    private void everySliceReadsAsTheOracle() {
        for (List<String> slice : SLICES) {
            AccessContext ctx = open(slice.get(0), slice.get(1), Instant.now());
            assertThat(cached(ctx)).as("%s under %s", slice.get(0), slice.get(1)).isEqualTo(uncached(ctx));
            // Narrower sets are taken from the kept wider read of the same slice: the same answer as reading them.
            for (Set<String> narrower : NARROWER) {
                assertThat(access.entities().statementsOfSchemata(ctx, narrower, "slice-test"))
                        .as("%s under %s, %s", slice.get(0), slice.get(1), narrower).isEqualTo(uncached(ctx, narrower));
            }
        }
    }

    private JsonNode view(String userId, String purpose) throws Exception {
        var response = mvc.perform(get("/api/v1/network/view").with(user(userId)).header("X-Doel", purpose))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private static Set<String> members(JsonNode view) {
        Set<String> ids = new HashSet<>();
        view.path("nodes").forEach(n -> n.path("members").forEach(m -> ids.add(m.asText())));
        return ids;
    }

    private String id(String dataset, String sourceId) {
        return storage.store().entityIds().id(dataset, sourceId);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aKeptProjectionIsTheUncachedAnswerForEveryUserAndPurposeAlsoWhenSlicesAlternate() {
        // Twice round, so the second round reads what the first one kept, every slice in between.
        everySliceReadsAsTheOracle();
        everySliceReadsAsTheOracle();
        AccessContext police = open("analist-politie", "THEMATISCHE_ANALYSE", Instant.now());
        assertThat(cached(police)).as("a kept answer is handed out again, not read again").isSameAs(cached(police));
    }

    @Test
    void aUserOfAnotherOrganisationOrPurposeNeverGetsTheViewAnotherSliceWarmed() throws Exception {
        for (List<String> warmer : SLICES) {
            view(warmer.get(0), warmer.get(1));
            for (List<String> reader : SLICES) {
                JsonNode kept = view(reader.get(0), reader.get(1));
                Set<String> mayRead = uncached(open(reader.get(0), reader.get(1), Instant.now())).entityIds();
                assertThat(members(kept)).as("%s under %s after %s under %s", reader.get(0), reader.get(1),
                        warmer.get(0), warmer.get(1)).isSubsetOf(mayRead);
                WriteGeneration.advance(); // nothing kept from here on: the reader's view computed afresh
                assertThat(view(reader.get(0), reader.get(1))).isEqualTo(kept);
            }
        }
        assertThat(members(view("analist-politie", "THEMATISCHE_ANALYSE"))).contains(id("politie-bvh", "p1"));
        assertThat(members(view("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))).contains(id("fiod-onderzoek", "f1"));
    }

    @Test
    void theNextRequestAfterAnImportShowsTheNewRecords() throws Exception {
        Set<String> before = members(view("analist-politie", "THEMATISCHE_ANALYSE"));
        load("politie-bvh", "POLITIE", Optional.empty(), person("p9", "Mo Visser"), link("a9", "Associate", "p9", "p2"));
        Set<String> after = members(view("analist-politie", "THEMATISCHE_ANALYSE"));
        assertThat(before).doesNotContain(id("politie-bvh", "p9"));
        assertThat(after).contains(id("politie-bvh", "p9"));
        everySliceReadsAsTheOracle();
    }

    @Test
    void theNextRequestAfterAJudgementMergesTheRecordsIntoOneParty() throws Exception {
        String p1 = id("politie-bvh", "p1");
        String p3 = id("politie-bvh", "p3");
        JsonNode before = view("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(mergedIn(before, p1, p3)).as("not merged yet").isFalse();
        String order = JSON.writeValueAsString(Map.of("left", p1, "right", p3, "verdict", "MATCH", "reason", "zelfde persoon"));
        var judged = mvc.perform(post("/api/v1/resolution/judgements").with(user("rechercheur-politie"))
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK").contentType(MediaType.APPLICATION_JSON).content(order))
                .andReturn().getResponse();
        assertThat(judged.getStatus()).as(judged.getContentAsString()).isEqualTo(201);
        JsonNode after = view("analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(mergedIn(after, p1, p3)).as("p1 and p3 are one party in %s", after).isTrue();
        assertThat(after.path("nodeCount").asInt()).isEqualTo(before.path("nodeCount").asInt() - 1);
    }

    private static boolean mergedIn(JsonNode view, String a, String b) {
        for (JsonNode n : view.path("nodes")) {
            List<?> m = JSON.convertValue(n.path("members"), List.class);
            if (m.contains(a) && m.contains(b)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aProtectionFlagALegalHoldAndAPurgeEachMakeTheNextReadAfresh() throws Exception {
        everySliceReadsAsTheOracle();
        long generation = WriteGeneration.current();
        assertThat(status(post("/api/v1/protected-persons").with(user("analist-politie")).header("X-Doel", "THEMATISCHE_ANALYSE")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityId\": \"" + id("politie-bvh", "p2") + "\", \"reason\": \"bedreigde getuige\"}")))
                .isEqualTo(201);
        assertThat(WriteGeneration.current()).isGreaterThan(generation);
        everySliceReadsAsTheOracle();

        generation = WriteGeneration.current();
        assertThat(status(post("/api/v1/legal-holds").with(user("privacy-officer")).header("X-Doel", "VERANTWOORDING")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\": \"DATASET\", \"target\": \"politie-bvh\", \"reason\": \"procedure\"}")))
                .isEqualTo(201);
        assertThat(WriteGeneration.current()).isGreaterThan(generation);
        everySliceReadsAsTheOracle();

        // A purge run as of the day after tomorrow takes what FIOD keeps until tomorrow (and nothing else): the
        // next view lacks it, though today's slice had kept it.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        load("fiod-meer", "FIOD", Optional.of(today.plusDays(1)), person("f7", "Els Smit"), person("f9", "Tom Smit"),
                link("f8", "Family", "f7", "f9"));
        String f7 = id("fiod-meer", "f7");
        assertThat(members(view("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))).contains(f7);
        assertThat(storage.purgeExpired(today.plusDays(2), List.of(), Optional.of("FIOD"), false).purged()).isPositive();
        assertThat(members(view("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))).doesNotContain(f7);
        everySliceReadsAsTheOracle();
    }

    @Test
    void aReadInsideAWriteThatRollsBackIsNeitherTakenFromNorLeftInTheKeptProjections() {
        AccessContext ctx = open("analist-politie", "THEMATISCHE_ANALYSE", Instant.now());
        VisibleStatements kept = cached(ctx);
        assertThat(cached(ctx)).as("kept between writes").isSameAs(kept);
        long generation = WriteGeneration.current();
        VisibleStatements[] inside = new VisibleStatements[1];

        assertThatThrownBy(() -> storage.store().auditOutbox().commit("reading and failing", 0, () -> {
            inside[0] = cached(ctx);
            throw new IllegalStateException("the write fails after the read");
        }, result -> List.of())).isInstanceOf(IllegalStateException.class);

        assertThat(WriteGeneration.current()).as("a rolled-back write does not move the generation").isEqualTo(generation);
        assertThat(inside[0]).as("read afresh inside the write").isNotSameAs(kept).isEqualTo(uncached(ctx));
        assertThat(cached(ctx)).as("the kept read is still the one from before the write").isSameAs(kept);
    }

    @Test
    void aRecordWhoseRetentionEndsTodayIsGoneFromTomorrowsSliceThoughTodaysIsKept() throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        load("politie-kort", "POLITIE", Optional.of(today), person("k1", "Kort Bewaard"), link("k2", "Associate", "k1", "p1"));
        String k1 = id("politie-kort", "k1");
        Instant now = Instant.now();
        AccessContext todayCtx = open("analist-politie", "THEMATISCHE_ANALYSE", now);
        AccessContext tomorrowCtx = open("analist-politie", "THEMATISCHE_ANALYSE", now.plus(1, ChronoUnit.DAYS));
        assertThat(cached(todayCtx).entityIds()).contains(k1);
        assertThat(cached(todayCtx).entityIds()).contains(k1);
        assertThat(cached(tomorrowCtx).entityIds()).doesNotContain(k1);
        assertThat(cached(tomorrowCtx)).isEqualTo(uncached(tomorrowCtx));
    }

    @Test
    void aKeptAnswerAlertsTheFlagsOwnerAndIsAuditedOnEveryRequestAsAnUncachedReadIs() throws Exception {
        load("politie-bvh", "POLITIE", Optional.empty(), person("w1", "Wim Getuige"), person("w2", "Wil Buur"),
                link("w3", "Associate", "w2", "w1"));
        String w1 = id("politie-bvh", "w1");
        assertThat(status(post("/api/v1/protected-persons").with(user("analist-politie")).header("X-Doel", "THEMATISCHE_ANALYSE")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityId\": \"" + w1 + "\", \"reason\": \"bedreigde getuige\"}"))).isEqualTo(201);
        // FIOD sees POLITIE's persons and links under politie-opsporing, but for the flag: w1 and the link to it.
        AccessContext fiod = open("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", Instant.now());
        long alertsBefore = alertsAbout(w1);

        VisibleStatements first = cached(fiod);
        VisibleStatements second = cached(fiod);
        List<AuditEvent> kept = lastReads(2);
        VisibleStatements oracle = uncached(fiod);
        AuditEvent uncachedEvent = lastReads(1).get(0);

        assertThat(second).as("kept").isSameAs(first).isEqualTo(oracle);
        assertThat(first.entityIds()).doesNotContain(w1, id("politie-bvh", "w3")).contains(id("politie-bvh", "w2"));
        assertThat(alertsAbout(w1)).as("one alert per request, kept or not").isEqualTo(alertsBefore + 3);
        for (AuditEvent event : kept) {
            assertThat(event.objectIds()).isEqualTo(uncachedEvent.objectIds());
            assertThat(event.decision()).isEqualTo(uncachedEvent.decision());
            assertThat(event.detail()).isEqualTo(uncachedEvent.detail());
        }
    }

    private long alertsAbout(String entityId) {
        return storage.store().protectionAlerts().forOwner("POLITIE", true).stream()
                .filter(a -> a.entityId().equals(entityId) && a.actor().equals("rechercheur-fiod")).count();
    }

    /** The latest read events of this test's activity, oldest first. */
    private List<AuditEvent> lastReads(int n) {
        List<AuditEvent> reads = audit.findByActorAndPurpose("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK").stream()
                .filter(e -> e.spanId().equals("slice-test")).toList();
        return reads.subList(reads.size() - n, reads.size());
    }
}
