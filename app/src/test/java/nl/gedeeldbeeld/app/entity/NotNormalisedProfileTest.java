package nl.gedeeldbeeld.app.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A value kept as the source's text is shown as such in the profile, in the API and on the page (finding 10). */
@SpringBootTest(classes = GedeeldBeeldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NotNormalisedProfileTest {
    private static final String USER = "rechercheur-fiod";
    private static final String PURPOSE = "STRAFRECHTELIJK_ONDERZOEK";
    private static Path data;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc web;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-not-normalised-test");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        Path file = Files.writeString(data.resolve("pep.ftm.json"), "{\"id\":\"Q1\",\"schema\":\"Person\",\"properties\":"
                + "{\"name\":[\"Omar Haddad\"],\"birthDate\":[\"September 23\",\"1961-09-23\"]}}\n");
        new Importer(storage.importTarget()).importAll(
                ImportRequest.builder("fiod", "FIOD", "WPG_ART8").file(file).reliability("B2").build(), ProgressListener.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("finding 10: the profile's JSON marks a value kept as text notNormalised, and a normalised one not")
    void theApiMarksAValueKeptAsText() {
        TestRestTemplate api = http.withBasicAuth(USER, "gedeeld-beeld-demo");
        api.getRestTemplate().getInterceptors().add((request, body, execution) -> {
            request.getHeaders().set(DeclaredPurpose.HEADER, PURPOSE);
            return execution.execute(request, body);
        });
        Map<String, Object> entity = api.getForObject("/api/v1/entities/" + storage.store().entityIds().id("fiod", "Q1"), Map.class);
        List<Map<String, Object>> dates = ((Map<String, List<Map<String, Object>>>) entity.get("properties")).get("birthDate");

        assertThat(dates).extracting(d -> d.get("value"), d -> d.get("notNormalised")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("1961-09-23", false),
                org.assertj.core.groups.Tuple.tuple("September 23", true));
    }

    @Test
    @DisplayName("finding 10: the profile page says a value is not normalised, and search finds it as text")
    void thePageSaysAValueIsNotNormalisedAndSearchFindsIt() throws Exception {
        String html = web.perform(get("/entiteiten/" + storage.store().entityIds().id("fiod", "Q1")).with(user(USER))
                        .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, PURPOSE))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("September 23", "(niet genormaliseerd)");

        String hits = web.perform(get("/").param("q", "september").with(user(USER))
                        .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, PURPOSE))
                .andReturn().getResponse().getContentAsString();
        assertThat(hits).contains("Omar Haddad");
    }
}
