package nl.gedeeldbeeld.app.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.TestImports;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The learned money-flow score in the API ({@code /api/v1/money/scores}) and on the money page: computed on the
 * payments the caller may see, every flagged account explained by its strongest features in Dutch and the rules
 * that fired, and nothing about an account another organisation's payments name. FIOD holds a payment world with
 * a ring of small equal transfers among 200 ordinary accounts; the police hold a few payments of their own.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class)
@AutoConfigureMockMvc
class MoneyScoresApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RING = {"r0", "r1", "r2", "r3"};
    private static Path data;

    @Autowired
    MockMvc mvc;

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    @Autowired
    MoneyFlows flows;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("gb-money-scores");
        registry.add("gb.store", data::toString);
    }

    @BeforeEach
    void load() throws IOException {
        if (storage.store().countStatements() > 0) {
            return;
        }
        load("fiod-onderzoek", "FIOD", fiodWorld());
        List<String> police = new ArrayList<>();
        police.add(account("pa", "POLI"));
        police.add(account("pb", "POLI"));
        police.add(payment("pp1", "pa", "pb", 250_000, 10));
        police.add(payment("pp2", "pb", "pa", 120_000, 40));
        load("politie-bvh", "POLITIE", police);
    }

    /** The world of MoneyFlowModelTest's amlsimLike: ordinary payments, and a ring paying 11.51 around four times. */
    private static List<String> fiodWorld() {
        List<String> lines = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(9);
        long[] own = new long[200];
        for (int i = 0; i < own.length; i++) {
            own[i] = 10_000 + r.nextInt(50_000);
            lines.add(account("n" + i, "FIOD"));
        }
        for (String a : RING) {
            lines.add(account(a, "FIOD"));
        }
        int tx = 0;
        for (int i = 0; i < 1200; i++) {
            int a = r.nextInt(own.length);
            int b = r.nextInt(own.length);
            int day = 1 + r.nextInt(140);
            if (a != b) {
                lines.add(payment("t" + tx++, "n" + a, "n" + b, own[a], day));
            }
        }
        int[] steps = {18, 70, 50, 90};
        for (int i = 0; i < RING.length; i++) {
            for (int k = 0; k < 3; k++) {
                lines.add(payment("t" + tx++, RING[i], RING[(i + 1) % RING.length], 1151, steps[i]));
            }
            lines.add(payment("t" + tx++, RING[i], "n" + i, 20_000, steps[i] + 1));
        }
        return lines;
    }

    private void load(String dataset, String partner, List<String> lines) throws IOException {
        TestImports.load(storage, data, dataset, partner, Optional.empty(), lines);
    }

    /** A valid Dutch IBAN per test account (the importer checks the mod-97 digits). */
    static String iban(String id, String bank) {
        String number = String.format("%010d", Math.floorMod(id.hashCode(), 1_000_000_000L));
        String bban = bank + number;
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("NL%02d%s", check, bban);
    }

    private static String account(String id, String bank) {
        return "{\"id\":\"" + id + "\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"" + iban(id, bank) + "\"]}}";
    }

    private static String payment(String id, String from, String to, long cents, int day) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Payment\",\"properties\":{\"payerAccount\":[\"" + from
                + "\"],\"beneficiaryAccount\":[\"" + to + "\"],\"amount\":[\"" + (cents / 100) + "." + String.format("%02d", cents % 100)
                + "\"],\"currency\":[\"EUR\"],\"date\":[\"" + LocalDate.of(2023, 1, 1).plusDays(day) + "\"]}}";
    }

    private JsonNode scores(String userId, String purpose, String query) throws Exception {
        var response = mvc.perform(get("/api/v1/money/scores" + query).with(user(userId)).header("X-Doel", purpose))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private AccessContext open(String userId, String purpose) {
        User u = access.decisions().catalogue().requireUser(userId);
        return access.decisions().open(u.id(), u.organisation(), purpose, "money-scores-test", Instant.now());
    }

    /** The accounts of the payments this user may see, read without the API: the oracle for "only visible accounts". */
    private Set<String> visibleAccounts(String userId, String purpose) {
        var g = flows.view(open(userId, purpose), Optional.empty(), Optional.empty()).graph();
        Set<String> labels = new HashSet<>();
        for (int v = 0; v < g.accountCount(); v++) {
            labels.add(g.label(v));
        }
        return labels;
    }

    private static Set<String> flaggedAccounts(JsonNode scores) {
        Set<String> accounts = new HashSet<>();
        scores.get("flagged").forEach(s -> accounts.add(s.get("account").asText()));
        return accounts;
    }

    @Test
    void theFiodInvestigatorSeesTheRingFlaggedAndExplainedInDutchOnItsOwnPayments() throws Exception {
        JsonNode scores = scores("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "");
        assertThat(scores.get("basis").asText()).isEqualTo("berekend op de betalingen die u mag zien");
        // FIOD's own 204 accounts, and whatever else it may see (the police's payments, under this purpose)
        assertThat(scores.get("accounts").asInt()).isEqualTo(visibleAccounts("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK").size())
                .isGreaterThanOrEqualTo(204);
        Set<String> ring = new HashSet<>();
        for (String a : RING) {
            ring.add(iban(a, "FIOD"));
        }
        assertThat(flaggedAccounts(scores)).containsAll(ring);
        assertThat(scores.get("flaggedCount").asInt()).isEqualTo(scores.get("flagged").size());
        double threshold = scores.get("threshold").asDouble();
        for (JsonNode s : scores.get("flagged")) {
            assertThat(s.get("score").asDouble()).isGreaterThanOrEqualTo(threshold);
            assertThat(s.get("flagged").asBoolean()).isTrue();
            assertThat(s.get("reasons")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            s.get("reasons").forEach(r -> {
                assertThat(r.get("part").asDouble()).isPositive();
                // Dutch words, not the feature's id
                assertThat(r.get("words").asText()).isNotBlank().doesNotContain("_").isNotEqualTo(r.get("feature").asText());
            });
        }
    }

    @Test
    void oneAccountsScoreIsGivenFlaggedOrNotAndAnUnseenAccountIsABadRequest() throws Exception {
        JsonNode ring = scores("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "?account=" + iban("r1", "FIOD"));
        assertThat(ring.get("flagged")).hasSize(1);
        assertThat(ring.get("flagged").get(0).get("flagged").asBoolean()).isTrue();
        assertThat(ring.get("flagged").get(0).get("reasons")).isNotEmpty();

        JsonNode ordinary = scores("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK", "?account=" + iban("n150", "FIOD"));
        assertThat(ordinary.get("flagged").get(0).get("account").asText()).isEqualTo(iban("n150", "FIOD"));
        assertThat(ordinary.get("flagged").get(0).get("score").asDouble()).isBetween(0.0, 1.0);

        // The police may not see FIOD's payments: the account is unknown to them, and the answer says no more.
        var response = mvc.perform(get("/api/v1/money/scores?account=" + iban("r1", "FIOD"))
                .with(user("rechercheur-politie")).header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK")).andReturn().getResponse();
        if (!visibleAccounts("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK").contains(iban("r1", "FIOD"))) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("no payments you may see").doesNotContain("\"score\"");
        }
        assertThat(mvc.perform(get("/api/v1/money/scores?limit=5000").with(user("rechercheur-fiod"))
                .header("X-Doel", "STRAFRECHTELIJK_ONDERZOEK")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void everyUserAndPurposeGetsScoresOnlyOfAccountsInThePaymentsItMaySee() throws Exception {
        List<List<String>> slices = List.of(
                List.of("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
                List.of("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                List.of("analist-politie", "THEMATISCHE_ANALYSE"),
                List.of("fiu-analist", "THEMATISCHE_ANALYSE"),
                List.of("riec-adviseur", "RIEC_CASUS"),
                List.of("bibob-medewerker", "BIBOB_TOETS"));
        boolean someoneSeesLess = false;
        for (List<String> slice : slices) {
            Set<String> visible = visibleAccounts(slice.get(0), slice.get(1));
            JsonNode scores = scores(slice.get(0), slice.get(1), "?limit=1000");
            assertThat(flaggedAccounts(scores)).as("%s under %s", slice.get(0), slice.get(1)).isSubsetOf(visible);
            assertThat(scores.get("accounts").asInt()).isEqualTo(visible.size());
            if (!visible.contains(iban("r0", "FIOD"))) {
                someoneSeesLess = true;
                assertThat(scores.toString()).as("%s under %s", slice.get(0), slice.get(1))
                        .doesNotContain(iban("r0", "FIOD"), iban("n0", "FIOD"));
            }
        }
        // the police see their own two accounts and nothing of FIOD's
        Set<String> police = visibleAccounts("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(police).contains(iban("pa", "POLI")).doesNotContain(iban("r0", "FIOD"));
        assertThat(someoneSeesLess).isTrue();
    }

    @Test
    void theMoneyPageListsTheFlaggedAccountsWithDutchReasonsAndSaysWhatTheyRestOn() throws Exception {
        String page = mvc.perform(get("/geld?score=true").with(user("rechercheur-fiod")).sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE,
                "STRAFRECHTELIJK_ONDERZOEK")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("berekend op de betalingen die u mag zien", iban("r0", "FIOD"));
        String account = mvc.perform(get("/geld?rekening=" + iban("r2", "FIOD")).with(user("rechercheur-fiod"))
                .sessionAttr(DeclaredPurpose.SESSION_ATTRIBUTE, "STRAFRECHTELIJK_ONDERZOEK")).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("Geleerde score van", "het model wijst deze rekening aan", "Sterkste kenmerken");
    }
}
