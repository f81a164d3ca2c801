package nl.gedeeldbeeld.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class PolicyApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("gb-policy-api").toString();
        registry.add("gb.store", () -> data);
    }

    private JsonNode getJson(String path, String userId, String purpose) throws Exception {
        String body = mvc.perform(get(path).with(user(userId)).header(DeclaredPurpose.HEADER, purpose))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void everySignedInUserSeesTheAgreementsRegimesAndPurposesButNotWhoWorksWhere() throws Exception {
        JsonNode policy = getJson("/api/v1/policy", "bibob-medewerker", "BIBOB_TOETS");

        assertThat(texts(policy.get("agreementsInForce"), "id")).contains("politie-riec-casus", "fiu-wwft-opsporing");
        assertThat(texts(policy.get("regimes"), "code")).contains("WPG_ART8", "AWR_ART67", "WWFT");
        assertThat(texts(policy.get("purposes"), "code")).contains("RIEC_CASUS", "BIBOB_TOETS", "VERANTWOORDING");
        assertThat(texts(policy.get("organisations"), "code")).contains("POLITIE", "FIOD", "RIEC_RR");
        assertThat(policy.get("users")).isEmpty();
        JsonNode conditional = null;
        for (JsonNode a : policy.get("agreementsInForce")) {
            if (a.get("conditions").size() > 0) {
                conditional = a;
            }
        }
        assertThat(conditional).as("an agreement with a condition, described").isNotNull();
    }

    @Test
    void thePrivacyOfficerSeesTheUsersOfTheirOwnOrganisationOnly() throws Exception {
        JsonNode policy = getJson("/api/v1/policy", "privacy-officer", "VERANTWOORDING");

        assertThat(texts(policy.get("users"), "id")).contains("analist-politie", "privacy-officer")
                .doesNotContain("rechercheur-fiod", "riec-adviseur");
    }

    @Test
    void mineShowsTheGrantsOfTheRequestsOwnPurposeWithTheirAgreementsAndConditions() throws Exception {
        JsonNode riec = getJson("/api/v1/policy/mine", "riec-adviseur", "RIEC_CASUS");

        assertThat(riec.get("purpose").asText()).isEqualTo("RIEC_CASUS");
        JsonNode police = null;
        JsonNode own = null;
        for (JsonNode g : riec.get("grants")) {
            if (g.get("partner").asText().equals("POLITIE")) {
                police = g;
            } else if (g.get("partner").asText().equals("RIEC_RR")) {
                own = g;
            }
        }
        assertThat(own.get("rule").asText()).isEqualTo("OWN_DATA");
        assertThat(police).as("a police grant for the RIEC's case work").isNotNull();
        assertThat(police.get("conditions").toString()).contains("joint case");
        assertThat(texts(riec.get("prohibitions"), "partner")).contains("FIU");
    }

    @Autowired
    AuditLog audit;

    @Test
    void theCatalogueInForceIsRecordedInTheAuditLogWithTheHashOfItsText() {
        var loads = audit.findByActorAndPurpose(PolicyInForce.ACTOR, "");
        assertThat(loads).isNotEmpty();
        assertThat(loads.get(0).action()).isEqualTo(AuditAction.ADMIN);
        assertThat(loads.get(0).detail()).contains("bundled demo catalogue", "sha256=", "agreement versions")
                .doesNotContain("sha256=unknown");
    }

    @Test
    void thePolicyIsNotShownWithoutSignIn() throws Exception {
        mvc.perform(get("/api/v1/policy").header(DeclaredPurpose.HEADER, "RIEC_CASUS")).andExpect(status().isUnauthorized());
    }
}
