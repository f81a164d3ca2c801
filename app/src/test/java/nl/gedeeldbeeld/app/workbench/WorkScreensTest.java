package nl.gedeeldbeeld.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work screens through MockMvc: each serves the users whose role it is for and refuses everyone else
 * with a Dutch 403 page that shows no data; each action goes through the same domain services as the API,
 * so the write rules (own data, consent of the owner, four eyes) hold on screen too.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class WorkScreensTest {
    private static final Pattern EXPORT_ID = Pattern.compile("/werkbank/exports/([0-9a-f-]{36})/besluit");
    private static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-work-screens");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        Path police = Files.writeString(data.resolve("politie.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan van der Berg\"],\"birthDate\":[\"1980-04-23\"]}}",
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kees Bedreigd\"]}}",
                "{\"id\":\"p3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan v.d. Berg\"],\"birthDate\":[\"1980-04-23\"]}}",
                "{\"id\":\"p4\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Piet Jansen\"],\"birthDate\":[\"1975-01-02\"]}}", ""));
        Path fiod = Files.writeString(data.resolve("fiod.ftm.json"),
                "{\"id\":\"f1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"P. Jansen\"],\"birthDate\":[\"1975-01-02\"]}}\n");
        Path port = Files.writeString(data.resolve("haven.ftm.json"),
                "{\"id\":\"h1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Havenwerker Henk\"]}}\n");
        Importer importer = new Importer(storage.importTarget());
        importer.importAll(ImportRequest.builder("politie-bvh", "POLITIE", "WPG_ART8").file(police).reliability("B2").build(),
                ProgressListener.NONE);
        importer.importAll(ImportRequest.builder("fiod-onderzoek", "FIOD", "WPG_ART8").file(fiod).reliability("A2").build(),
                ProgressListener.NONE);
        importer.importAll(ImportRequest.builder("havenbedrijf-rotterdam", "HAVENBEDRIJF", "PRIVATE").file(port)
                .reliability("B2").build(), ProgressListener.NONE);
        storage.store().judgements().append(List.of(
                Judgement.of(id("politie-bvh", "p1"), id("politie-bvh", "p3"), Verdict.UNSURE, "model", false,
                        Instant.parse("2026-01-01T10:00:00Z"), 0.5, Optional.of("naam 2, geboortedatum 3")),
                Judgement.of(id("politie-bvh", "p4"), id("fiod-onderzoek", "f1"), Verdict.UNSURE, "model", false,
                        Instant.parse("2026-01-01T10:00:00Z"), 0.45, Optional.of("naam 1, geboortedatum 3"))));
    }

    private String id(String dataset, String sourceId) {
        return storage.store().entityIds().id(dataset, sourceId);
    }

    /** The request as a signed-in user who chose the purpose on /doel. */
    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String purpose) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(DeclaredPurpose.SESSION_ATTRIBUTE, purpose);
        return request.with(user(userId)).session(session);
    }

    private MockHttpServletResponse page(String path, String userId, String purpose) throws Exception {
        return mvc.perform(as(get(path), userId, purpose)).andReturn().getResponse();
    }

    private String html(String path, String userId, String purpose) throws Exception {
        MockHttpServletResponse response = page(path, userId, purpose);
        assertThat(response.getStatus()).as(path + " for " + userId).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder form, String userId, String purpose) throws Exception {
        return mvc.perform(as(form, userId, purpose).with(csrf())).andReturn().getResponse();
    }

    private static String pair(String left, String right) {
        return "/werkbank/beoordelen/paar?links=" + left + "&rechts=" + right;
    }

    @Test
    void theWorkbenchListsOnlyTheScreensTheUsersRoleAndPurposeServe() throws Exception {
        assertThat(html("/werkbank", "analist-politie", "THEMATISCHE_ANALYSE"))
                .contains("/werkbank/beoordelen", "/werkbank/exports", "/werkbank/bescherming")
                .doesNotContain("/werkbank/bewaring", "/werkbank/audit");
        assertThat(html("/werkbank", "privacy-officer", "VERANTWOORDING"))
                .contains("/werkbank/bewaring", "/werkbank/audit")
                .doesNotContain("/werkbank/beoordelen", "/werkbank/bescherming");
        assertThat(html("/werkbank", "bibob-medewerker", "BIBOB_TOETS"))
                .contains("/werkbank/exports").doesNotContain("/werkbank/bescherming", "/werkbank/audit");
    }

    @Test
    void aScreenThatIsNotTheUsersIsADutch403PageWithoutItsData() throws Exception {
        for (String[] attempt : new String[][]{
                {"/werkbank/beoordelen", "privacy-officer", "VERANTWOORDING"},
                {"/werkbank/bescherming", "privacy-officer", "VERANTWOORDING"},
                {"/werkbank/bescherming", "bibob-medewerker", "BIBOB_TOETS"},
                {"/werkbank/bewaring", "analist-politie", "THEMATISCHE_ANALYSE"},
                {"/werkbank/audit", "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"}}) {
            MockHttpServletResponse response = page(attempt[0], attempt[1], attempt[2]);
            assertThat(response.getStatus()).as(attempt[0] + " for " + attempt[1]).isEqualTo(403);
            assertThat(response.getContentType()).startsWith("text/html");
            assertThat(response.getContentAsString()).contains("<html lang=\"nl\"", "Dit werkscherm is niet bedoeld voor uw rol")
                    .doesNotContain("<table", "Jan van der Berg");
        }
    }

    @Test
    void aPairIsJudgedSideBySideAndItsReversalShowsInItsHistory() throws Exception {
        String p1 = id("politie-bvh", "p1");
        String p3 = id("politie-bvh", "p3");
        String queue = html("/werkbank/beoordelen", "analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(queue).contains("Jan van der Berg", "Jan v.d. Berg", "0,50");

        String before = html(pair(p1, p3), "analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(before).contains("Jan van der Berg", "Jan v.d. Berg", "23-04-1980", "Geboortedatum", "Uitleg per kenmerk", "achternaam",
                "naam 2, geboortedatum 3", "name=\"_csrf\"");

        MockHttpServletResponse judged = submit(post("/werkbank/beoordelen/oordelen").param("links", p1).param("rechts", p3)
                .param("oordeel", "MATCH").param("reden", "zelfde geboortedatum"), "analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(judged.getStatus()).isEqualTo(302);
        assertThat(judged.getRedirectedUrl()).startsWith("/werkbank/beoordelen/paar?links=");
        submit(post("/werkbank/beoordelen/oordelen").param("links", p1).param("rechts", p3).param("oordeel", "NO_MATCH")
                .param("reden", "andere vader"), "teamleider-rio", "THEMATISCHE_ANALYSE");

        String after = html(pair(p1, p3), "analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(after).contains("<strong>dezelfde persoon</strong>", "analist-politie", "zelfde geboortedatum",
                "<strong>niet dezelfde persoon</strong>", "teamleider-rio", "(teruggedraaid)");
        assertThat(html("/werkbank/beoordelen", "analist-politie", "THEMATISCHE_ANALYSE")).doesNotContain("Jan v.d. Berg");
    }

    @Test
    void aCrossOwnerJudgementWaitsForTheOwnerWhoConsentsOnItsOwnScreen() throws Exception {
        String p4 = id("politie-bvh", "p4");
        String f1 = id("fiod-onderzoek", "f1");
        String fiodQueue = html("/werkbank/beoordelen", "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(fiodQueue).contains("Piet Jansen", "P. Jansen").doesNotContain("naam 1, geboortedatum 3");

        MockHttpServletResponse judged = submit(post("/werkbank/beoordelen/oordelen").param("links", p4).param("rechts", f1)
                .param("oordeel", "MATCH").param("reden", "zelfde persoon"), "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(judged.getStatus()).isEqualTo(302);
        String waiting = html(pair(p4, f1), "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(waiting).contains("wacht op toestemming van Politie — Eenheid Rotterdam");

        String ownerQueue = html("/werkbank/beoordelen", "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(ownerQueue).contains("Toestemming gevraagd", "FIOD (Belastingdienst)", "Toestemmen");
        String pendingId = storage.store().pendingJudgements().awaiting("POLITIE").get(0).id();
        MockHttpServletResponse answered = submit(post("/werkbank/beoordelen/toestemmingen/" + pendingId)
                .param("toestemming", "true"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(storage.store().pendingJudgements().find(pendingId).orElseThrow().status().name()).isEqualTo("APPLIED");
        assertThat(html("/werkbank/beoordelen", "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK")).contains("geldt");
    }

    @Test
    void anExportIsApprovedByAColleagueNeverByItsRequesterAndOnlyThenDownloaded() throws Exception {
        String h1 = id("havenbedrijf-rotterdam", "h1");
        MockHttpServletResponse asked = submit(post("/werkbank/exports").param("entiteiten", h1).param("formaat", "CSV")
                .param("toelichting", "voor de zaak Kade"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(asked.getStatus()).isEqualTo(302);

        String requester = html("/werkbank/exports", "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(requester).contains("voor de zaak Kade", "wacht op goedkeuring door een tweede persoon",
                "Een collega moet goedkeuren").doesNotContain("Goedkeuren</button>");
        String colleague = html("/werkbank/exports", "zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK");
        Matcher m = EXPORT_ID.matcher(colleague);
        assertThat(m.find()).as(colleague).isTrue();
        String exportId = m.group(1);

        assertThat(page("/werkbank/exports/" + exportId + "/bestand", "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK")
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse selfApproval = submit(post("/werkbank/exports/" + exportId + "/besluit")
                .param("goedkeuren", "true"), "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(selfApproval.getStatus()).isEqualTo(403);
        assertThat(selfApproval.getContentAsString()).contains("Dit mag u niet doen");

        assertThat(submit(post("/werkbank/exports/" + exportId + "/besluit").param("goedkeuren", "true")
                .param("notitie", "akkoord"), "zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK").getStatus()).isEqualTo(302);
        assertThat(html("/werkbank/exports", "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK")).contains("Downloaden");
        MockHttpServletResponse file = page("/werkbank/exports/" + exportId + "/bestand", "rechercheur-politie",
                "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsString()).contains("Havenwerker Henk");

        assertThat(html("/werkbank/exports", "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))
                .doesNotContain("voor de zaak Kade", exportId);
    }

    @Test
    void aProtectedPersonIsSeenOnlyByTheOwningUnitAndLiftedByASecondMember() throws Exception {
        String p2 = id("politie-bvh", "p2");
        assertThat(submit(post("/werkbank/bescherming").param("entiteit", p2).param("reden", "bedreigde getuige"),
                "analist-politie", "THEMATISCHE_ANALYSE").getStatus()).isEqualTo(302);
        assertThat(html("/werkbank/bescherming", "analist-politie", "THEMATISCHE_ANALYSE")).contains(p2, "bedreigde getuige");
        assertThat(html("/werkbank/bescherming", "rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"))
                .doesNotContain(p2, "bedreigde getuige");
        assertThat(html("/werkbank/bescherming", "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))
                .doesNotContain(p2, "bedreigde getuige");

        assertThat(submit(post("/werkbank/bescherming/" + p2 + "/opheffen").param("reden", "dreiging voorbij"),
                "analist-politie", "THEMATISCHE_ANALYSE").getStatus()).isEqualTo(302);
        assertThat(html("/werkbank/bescherming", "analist-politie", "THEMATISCHE_ANALYSE"))
                .contains("dreiging voorbij", "Een tweede lid van uw eenheid moet dit goedkeuren");
        assertThat(submit(post("/werkbank/bescherming/" + p2 + "/goedkeuren"), "analist-politie", "THEMATISCHE_ANALYSE")
                .getStatus()).isEqualTo(403);
        assertThat(html("/werkbank/bescherming", "teamleider-rio", "THEMATISCHE_ANALYSE")).contains("Opheffen goedkeuren");
        assertThat(submit(post("/werkbank/bescherming/" + p2 + "/goedkeuren"), "teamleider-rio", "THEMATISCHE_ANALYSE")
                .getStatus()).isEqualTo(302);
        assertThat(storage.store().registers().isProtected(p2)).isFalse();
    }

    @Test
    void thePrivacyOfficerHoldsOwnDataOnlyAndSeesWhatAPurgeWouldDo() throws Exception {
        assertThat(submit(post("/werkbank/bewaring").param("soort", "DATASET").param("doelwit", "politie-bvh")
                .param("reden", "bezwaarprocedure"), "privacy-officer", "VERANTWOORDING").getStatus()).isEqualTo(302);
        String page = html("/werkbank/bewaring", "privacy-officer", "VERANTWOORDING");
        assertThat(page).contains("politie-bvh", "bezwaarprocedure", "Bewaartermijnen", "WPG_ART8", "jaar");

        MockHttpServletResponse foreign = submit(post("/werkbank/bewaring").param("soort", "DATASET")
                .param("doelwit", "fiod-onderzoek").param("reden", "procedure"), "privacy-officer", "VERANTWOORDING");
        assertThat(foreign.getStatus()).isEqualTo(403);
        assertThat(foreign.getContentAsString()).contains("bewaarplicht-eigen-gegevens");

        MockHttpServletResponse dryRun = submit(post("/werkbank/bewaring/proefschoning"), "privacy-officer", "VERANTWOORDING");
        assertThat(dryRun.getStatus()).isEqualTo(200);
        assertThat(dryRun.getContentAsString()).contains("Er is niets verwijderd");

        String holdId = storage.store().legalHolds().activeHolds().stream()
                .filter(h -> h.target().equals("politie-bvh")).findFirst().orElseThrow().id();
        assertThat(submit(post("/werkbank/bewaring/" + holdId + "/opheffen"), "privacy-officer", "VERANTWOORDING")
                .getStatus()).isEqualTo(302);
        assertThat(html("/werkbank/bewaring?alle=true", "privacy-officer", "VERANTWOORDING")).contains("opgeheven door privacy-officer");
    }

    @Test
    void theAuditViewTellsWhoOfTheOwnOrganisationLookedUnderWhichAgreementAndWhatAUserSaw() throws Exception {
        String p1 = id("politie-bvh", "p1");
        assertThat(page("/entiteiten/" + p1, "analist-politie", "THEMATISCHE_ANALYSE").getStatus()).isEqualTo(200);
        assertThat(page("/entiteiten/" + p1, "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK").getStatus()).isEqualTo(200);

        String who = html("/werkbank/audit?entiteit=" + p1, "privacy-officer", "VERANTWOORDING");
        assertThat(who).contains("analist-politie", "Thematische analyse", "entity-profile")
                .doesNotContain("rechercheur-fiod");
        String seen = html("/werkbank/audit?gebruiker=analist-politie&doel=THEMATISCHE_ANALYSE", "privacy-officer",
                "VERANTWOORDING");
        assertThat(seen).contains(p1, "READ");
        MockHttpServletResponse elsewhere = page("/werkbank/audit?gebruiker=rechercheur-fiod&doel=STRAFRECHTELIJK_ONDERZOEK",
                "privacy-officer", "VERANTWOORDING");
        assertThat(elsewhere.getStatus()).isEqualTo(403);
        assertThat(elsewhere.getContentAsString()).doesNotContain(p1);
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothingAndAMistakeInAFormIsA400PageThatSaysWhatToFix() throws Exception {
        MockHttpServletResponse forged = mvc.perform(as(post("/werkbank/bewaring").param("soort", "DATASET")
                .param("doelwit", "politie-bvh").param("reden", "zonder token"), "privacy-officer", "VERANTWOORDING"))
                .andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(storage.store().legalHolds().activeHolds()).noneMatch(h -> h.reason().equals("zonder token"));

        MockHttpServletResponse mistake = submit(post("/werkbank/beoordelen/oordelen").param("links", id("politie-bvh", "p1"))
                .param("rechts", id("politie-bvh", "p3")).param("oordeel", "MISSCHIEN"), "analist-politie", "THEMATISCHE_ANALYSE");
        assertThat(mistake.getStatus()).isEqualTo(400);
        assertThat(mistake.getContentType()).startsWith("text/html");
        assertThat(mistake.getContentAsString()).contains("Kies een oordeel").doesNotContain("Exception");
    }
}
