package nl.gedeeldbeeld.app.search;

import static nl.gedeeldbeeld.app.TestImports.link;
import static nl.gedeeldbeeld.app.TestImports.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.app.TestImports;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.WriteGeneration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Search keeps the protection cover and the registers' sets it filters on while the store's write generation
 * stands (issue 14, item 8). A search answered with what was kept is the answer worked out afresh, for every
 * user and purpose and with slices alternating; and after a write (import, protection flag, legal hold, purge)
 * the next search answers as the store now is. Through the HTTP API, with an advanced write generation (nothing
 * kept) as the oracle.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class SearchKeptAnswersApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<List<String>> SLICES = List.of(
            List.of("analist-politie", "THEMATISCHE_ANALYSE"),
            List.of("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
            List.of("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
            List.of("fiu-analist", "THEMATISCHE_ANALYSE"),
            List.of("riec-adviseur", "RIEC_CASUS"),
            List.of("bibob-medewerker", "BIBOB_TOETS"));
    private static final List<String> TEXTS = List.of("berg", "bakker", "de wit", "", "smit", "visser");
    private static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-search-kept");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        load("politie-bvh", "POLITIE", Optional.empty(),
                person("p1", "Jan van der Berg"), person("p2", "Kees Bakker"), person("p3", "J. van der Berg"),
                link("a1", "Associate", "p1", "p2"), link("a3", "Associate", "p3", "p2"));
        load("fiod-onderzoek", "FIOD", Optional.empty(),
                person("f1", "Piet de Wit"), person("f2", "Anna de Wit"), person("f4", "Kees Bakker"),
                link("f3", "Family", "f1", "f2"));
    }

    private void load(String dataset, String partner, Optional<LocalDate> retainUntil, String... lines) throws IOException {
        TestImports.load(storage, data, dataset, partner, retainUntil, List.of(lines));
    }

    private JsonNode search(String userId, String purpose, String text) throws Exception {
        var response = mvc.perform(get("/api/v1/search").param("q", text).param("limit", "20").with(user(userId))
                .header("X-Doel", purpose)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private List<String> hits(String userId, String purpose, String text) throws Exception {
        List<String> ids = new ArrayList<>();
        search(userId, purpose, text).path("hits").forEach(h -> ids.add(h.path("entityId").asText()));
        return ids;
    }

    /**
     * Every slice and text asked in turn, so each answer is built on what earlier slices' searches kept (the cover
     * is one for all; the registers' sets one per organisation), then each asked again after a generation that
     * kept nothing: the same answer.
     */
    private void everySearchAnswersAsWorkedOutAfresh() throws Exception {
        List<JsonNode> kept = new ArrayList<>();
        for (List<String> slice : SLICES) {
            for (String text : TEXTS) {
                kept.add(search(slice.get(0), slice.get(1), text));
            }
        }
        int i = 0;
        for (List<String> slice : SLICES) {
            for (String text : TEXTS) {
                WriteGeneration.advance(); // nothing kept from here on: worked out afresh
                assertThat(search(slice.get(0), slice.get(1), text))
                        .as("%s under %s searching '%s'", slice.get(0), slice.get(1), text).isEqualTo(kept.get(i++));
            }
        }
    }

    private String id(String dataset, String sourceId) {
        return storage.store().entityIds().id(dataset, sourceId);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aKeptSearchAnswersAsOneWorkedOutAfreshForEveryUserPurposeAndText() throws Exception {
        everySearchAnswersAsWorkedOutAfresh();
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "de wit")).contains(id("fiod-onderzoek", "f1"));
    }

    @Test
    void theNextSearchAfterAnImportFindsTheNewRecord() throws Exception {
        String p9 = id("politie-bvh", "p9");
        assertThat(hits("analist-politie", "THEMATISCHE_ANALYSE", "mo visser")).doesNotContain(p9);
        load("politie-bvh", "POLITIE", Optional.empty(), person("p9", "Mo Visser"), link("a9", "Associate", "p9", "p2"));
        assertThat(hits("analist-politie", "THEMATISCHE_ANALYSE", "mo visser")).contains(p9);
        everySearchAnswersAsWorkedOutAfresh();
    }

    @Test
    void theNextSearchAfterAProtectionFlagHidesThePersonAndItsLinksAndAlertsTheOwner() throws Exception {
        String p2 = id("politie-bvh", "p2");
        String a1 = id("politie-bvh", "a1");
        // Warm: FIOD's search of the name has kept the cover and the sets of the generation before the flag.
        JsonNode before = search("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "bakker");
        List<String> beforeHits = new ArrayList<>();
        before.path("hits").forEach(h -> beforeHits.add(h.path("entityId").asText()));
        assertThat(beforeHits).contains(p2);
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "")).contains(a1);

        assertThat(status(post("/api/v1/protected-persons").with(user("analist-politie")).header("X-Doel", "THEMATISCHE_ANALYSE")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"entityId\": \"" + p2 + "\", \"reason\": \"bedreigde getuige\"}"))).isEqualTo(201);
        int alertsBefore = searchAlerts().size();

        JsonNode after = search("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "bakker");
        List<String> afterHits = new ArrayList<>();
        after.path("hits").forEach(h -> afterHits.add(h.path("entityId").asText()));
        assertThat(afterHits).doesNotContain(p2).contains(id("fiod-onderzoek", "f4"));
        assertThat(after.path("total").asLong()).isEqualTo(before.path("total").asLong() - 1);
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "")).as("the link naming the person")
                .doesNotContain(p2, a1);
        assertThat(searchAlerts()).as("the search found the protected person: the flag's owner is told")
                .hasSizeGreaterThan(alertsBefore);
        // Asked again from what was kept: still hidden, and it alerts again.
        int alertsKept = searchAlerts().size();
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "bakker")).doesNotContain(p2);
        assertThat(searchAlerts()).hasSizeGreaterThan(alertsKept);
        everySearchAnswersAsWorkedOutAfresh();
    }

    private List<ProtectionAlert> searchAlerts() {
        return storage.store().protectionAlerts().forOwner("POLITIE", true).stream()
                .filter(a -> a.trigger() == AlertTrigger.SEARCH_HIT).toList();
    }

    @Test
    void theNextSearchAfterALegalHoldAndAPurgeAnswersAsTheStoreNowIs() throws Exception {
        everySearchAnswersAsWorkedOutAfresh();
        assertThat(status(post("/api/v1/legal-holds").with(user("privacy-officer")).header("X-Doel", "VERANTWOORDING")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\": \"DATASET\", \"target\": \"politie-bvh\", \"reason\": \"procedure\"}")))
                .isEqualTo(201);
        everySearchAnswersAsWorkedOutAfresh();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        load("fiod-meer", "FIOD", Optional.of(today.plusDays(1)), person("f7", "Els Smit"), person("f9", "Tom Smit"));
        String f7 = id("fiod-meer", "f7");
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "smit")).contains(f7);
        assertThat(storage.purgeExpired(today.plusDays(2), List.of(), Optional.of("FIOD"), false).purged()).isPositive();
        assertThat(hits("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "smit")).doesNotContain(f7);
        everySearchAnswersAsWorkedOutAfresh();
    }
}
