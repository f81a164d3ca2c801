package nl.gedeeldbeeld.policy.decision;

import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2024;
import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2025;
import static nl.gedeeldbeeld.policy.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.AgreementRef;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: open sources (OPEN_SOURCE) are visible to everyone, and the way it is written widens nothing else. */
class OpenSourcesPolicyTest {
    private static final AgreementRef OPEN = new AgreementRef("open-bronnen", 1);
    private static final String MARKER = "  # ---- Open sources";
    private static final String ORGANISATION = "  # Not a partner but the platform's own feed";

    /** (schema, property) pairs of every kind the demo agreements distinguish: existence, names, redacted details, edges. */
    private static final List<String[]> SLICES = List.of(new String[] {"Person", Statement.ID_PROPERTY},
            new String[] {"Person", "name"}, new String[] {"Person", "birthDate"}, new String[] {"Person", "phone"},
            new String[] {"Company", "name"}, new String[] {"Company", "kvkNumber"}, new String[] {"Address", "full"},
            new String[] {"Address", "city"}, new String[] {"Vehicle", "registrationNumber"},
            new String[] {"Payment", "amount"}, new String[] {"BankAccount", "iban"},
            new String[] {"Ownership", "percentage"}, new String[] {"Directorship", "director"},
            new String[] {"AccessPass", "holder"}, new String[] {"Container", "name"},
            new String[] {"Sanction", "program"}, new String[] {"Family", "relationship"});

    private final PolicyCatalogue demo = Fixtures.demo();

    @Test
    @DisplayName("issue 13: every organisation sees open-source statements of any provider, for every purpose it may declare")
    void everyOrganisationSeesOpenSourceStatementsForEveryPurpose() {
        InMemoryRegisters none = new InMemoryRegisters();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(demo, none, none, none);
        int checked = 0;
        for (User user : demo.users()) {
            for (String purpose : demo.purposesOf(user)) {
                AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "t", JUNE_2025);
                AllowedSlices slices = pdp.allowedSlices(ctx);
                for (Organisation provider : demo.organisations()) {
                    if (provider.code().equals(user.organisation())) {
                        continue; // own data: allowed by OWN_DATA, not by the agreement
                    }
                    for (String[] slice : SLICES) {
                        Statement s = statement(provider.code(), "OPEN_SOURCE", "os-1", slice[0], slice[1], "v");
                        Decision d = pdp.decide(ctx, s);
                        assertThat(d).as("%s %s:%s of %s for %s/%s", d.explain(), slice[0], slice[1], provider.code(),
                                user.id(), purpose).isInstanceOf(Decision.Allow.class);
                        assertThat(d.agreement()).contains(OPEN);
                        assertThat(slices.allows(Slice.of(s))).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(demo.versions("open-bronnen").get(0).recipients())
                .containsExactlyInAnyOrderElementsOf(demo.organisations().stream().map(Organisation::code).toList());
    }

    @Test
    @DisplayName("issue 13: open-source statements of a partner code the catalogue does not name are seen by everyone")
    void openSourceStatementsOfAnUnknownPartnerAreSeenByEveryone() {
        InMemoryRegisters none = new InMemoryRegisters();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(demo, none, none, none);
        for (User user : demo.users()) {
            for (String purpose : demo.purposesOf(user)) {
                AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "t", JUNE_2025);
                AllowedSlices slices = pdp.allowedSlices(ctx);
                for (String[] slice : SLICES) {
                    Statement open = statement("OPENSANCTIONS", "OPEN_SOURCE", "os-1", slice[0], slice[1], "v");
                    assertThat(pdp.decide(ctx, open)).as("%s:%s for %s/%s", slice[0], slice[1], user.id(), purpose)
                            .isInstanceOf(Decision.Allow.class);
                    assertThat(slices.allows(Slice.of(open))).isTrue();
                    Statement withheld = statement("OPENSANCTIONS", "WPG_ART8", "os-2", slice[0], slice[1], "v");
                    assertThat(pdp.decide(ctx, withheld)).isInstanceOf(Decision.Deny.class);
                    assertThat(slices.allows(Slice.of(withheld))).isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("issue 13: a protected person stays hidden from other partners even in an open source")
    void aProtectedPersonStaysHiddenEvenInAnOpenSource() {
        InMemoryRegisters registers = new InMemoryRegisters().protect("os-1");
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(demo, registers, registers, registers);
        AccessContext ctx = pdp.open("fiu-analist", "FIU", "THEMATISCHE_ANALYSE", "t", JUNE_2025);
        Decision d = pdp.decide(ctx, statement("OPEN_BRONNEN", "OPEN_SOURCE", "os-1", "Person", "name", "v"));
        assertThat(d.rule()).isEqualTo(DecisionRule.PROTECTED_PERSON);
    }

    @Test
    @DisplayName("issue 13: decisions on every non-public regime are the same with and without the open-source agreement")
    void nobodySeesMoreOfOtherRegimesThanBefore() throws IOException {
        PolicyCatalogue before = Fixtures.fromYaml(withoutOpenSources(demoText()));
        assertThat(before.versions("open-bronnen")).isEmpty();
        assertThat(before.organisation("OPEN_BRONNEN")).isEmpty();
        List<String> regimes = LegalRegimes.standard().all().stream().filter(r -> !r.isPublic())
                .map(LegalRegime::code).toList();
        assertThat(regimes).contains("WPG_ART8", "WPG_ART12", "WWFT", "AVG_BIBOB", "PRIVATE").doesNotContain("OPEN_SOURCE");
        List<String> providers = new ArrayList<>(demo.organisations().stream().map(Organisation::code).toList());
        providers.add("ONBEKEND"); // a partner code no catalogue knows
        int compared = 0;
        for (boolean conditionsHold : List.of(false, true)) {
            InMemoryRegisters registers = new InMemoryRegisters();
            if (conditionsHold) {
                for (Organisation o : demo.organisations()) {
                    registers.addToJointCase("e-1", o.code()).confirmHit("e-1", o.code());
                }
            }
            PolicyDecisionPoint now = new PolicyDecisionPoint(demo, registers, registers, registers);
            PolicyDecisionPoint then = new PolicyDecisionPoint(before, registers, registers, registers);
            for (Instant at : List.of(JUNE_2024, JUNE_2025)) {
                for (User user : demo.users()) {
                    for (String purpose : demo.purposesOf(user)) {
                        AccessContext ctxNow = now.open(user.id(), user.organisation(), purpose, "t", at);
                        AccessContext ctxThen = then.open(user.id(), user.organisation(), purpose, "t", at);
                        for (String provider : providers) {
                            for (String regime : regimes) {
                                for (String[] slice : SLICES) {
                                    Statement s = statement(provider, regime, "e-1", slice[0], slice[1], "v");
                                    assertThat(now.decide(ctxNow, s)).as("%s %s %s:%s for %s/%s", provider, regime,
                                            slice[0], slice[1], user.id(), purpose).isEqualTo(then.decide(ctxThen, s));
                                    compared++;
                                }
                            }
                        }
                        assertThat(withoutOpenSource(now.allowedSlices(ctxNow)))
                                .isEqualTo(withoutOpenSource(then.allowedSlices(ctxThen)));
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void theReportShowsTheAgreementAsWritten() {
        String report = nl.gedeeldbeeld.policy.CatalogueReport.render(demo, java.time.LocalDate.of(2025, 6, 2));
        assertThat(report).contains("* open-bronnen v1 — Openbare bronnen voor iedereen",
                "      all organisations [OPEN_SOURCE] → all organisations for all purposes");
        SharingAgreement open = demo.versions("open-bronnen").get(0);
        assertThat(open.isForEveryone(SharingAgreement.PROVIDERS)).isTrue();
        assertThat(demo.versions("politie-riec-casus").get(0).everyone()).isEmpty();
    }

    /** The grants and prohibitions other than those on OPEN_SOURCE, for comparing slices before and after. */
    private static List<SliceGrant> withoutOpenSource(AllowedSlices slices) {
        List<SliceGrant> result = new ArrayList<>();
        for (SliceGrant g : slices.grants()) {
            if (!g.regimes().names().equals(java.util.Set.of("OPEN_SOURCE"))) {
                result.add(g);
            }
        }
        result.addAll(slices.prohibitions());
        return result;
    }

    static String demoText() throws IOException {
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream("/nl/gedeeldbeeld/policy/demo-policy.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The demo catalogue as it was before issue 13: without the open-source agreement and its provider. */
    static String withoutOpenSources(String text) {
        int start = text.indexOf(MARKER);
        assertThat(start).as("the open-source section of demo-policy.yml").isPositive();
        int end = nextTopLevel(text, start);
        String result = text.substring(0, start) + text.substring(end);
        int org = result.indexOf(ORGANISATION);
        assertThat(org).as("the OPEN_BRONNEN organisation of demo-policy.yml").isPositive();
        int orgEnd = result.indexOf("    kind: OVERIG\n", org) + "    kind: OVERIG\n".length();
        return result.substring(0, org) + result.substring(orgEnd);
    }

    /** Where the next top-level key (a line starting with a letter) begins after {@code from}, or the end. */
    private static int nextTopLevel(String text, int from) {
        int i = from;
        while ((i = text.indexOf('\n', i)) >= 0) {
            i++;
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
