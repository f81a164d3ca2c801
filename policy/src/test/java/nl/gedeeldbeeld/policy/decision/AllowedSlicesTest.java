package nl.gedeeldbeeld.policy.decision;

import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2024;
import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2025;
import static nl.gedeeldbeeld.policy.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import org.junit.jupiter.api.Test;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

class AllowedSlicesTest {
    private static final List<String> PARTNERS = List.of("POLITIE", "FIOD", "FIU", "GEMEENTE_ROTTERDAM", "HAVENBEDRIJF",
            "OM", "RIEC_RR", "DOUANE", "KMAR");
    private static final List<String> REGIMES = List.of("WPG_ART8", "WPG_ART12", "WWFT", "AVG_BIBOB", "PRIVATE", "WJSG");
    private static final List<String> SCHEMATA = List.of("Person", "Company", "Organization", "LegalEntity", "Address",
            "Vehicle", "Payment", "BankAccount", "Ownership", "Directorship", "Family", "AccessPass", "Container", "Vessel");

    /** The regime each partner's synthetic dataset is held under; most statements follow it. */
    private static final java.util.Map<String, String> HELD_UNDER = java.util.Map.of("POLITIE", "WPG_ART8",
            "FIOD", "WPG_ART8", "FIU", "WWFT", "GEMEENTE_ROTTERDAM", "AVG_BIBOB", "HAVENBEDRIJF", "PRIVATE");
    private static final List<String> INTERESTING = List.of("birthDate", "phone", "holder", "name", "email",
            "zone", "registrationNumber", "city", "kvkNumber", "amount");

    private final PolicyCatalogue catalogue = Fixtures.demo();

    @Test
    void decideAllowsExactlyTheStatementsWhoseSliceIsAllowed() {
        Random random = new Random(20250602L);
        InMemoryRegisters registers = new InMemoryRegisters();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String entity = "e" + i;
            entities.add(entity);
            for (String org : PARTNERS) {
                if (random.nextInt(3) == 0) {
                    registers.addToJointCase(entity, org);
                }
                if (random.nextInt(3) == 0) {
                    registers.confirmHit(entity, org);
                }
            }
        }
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, registers, registers, ProtectedPersons.NONE);
        SchemaRegistry schemas = SchemaRegistry.standard();
        int allowed = 0;
        int redacted = 0;
        int denied = 0;
        for (Instant at : List.of(JUNE_2024, JUNE_2025)) {
            for (User user : catalogue.users()) {
                for (String purpose : catalogue.purposesOf(user)) {
                    AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "t", at);
                    AllowedSlices slices = pdp.allowedSlices(ctx);
                    for (int i = 0; i < 2000; i++) {
                        Schema schema = schemas.require(SCHEMATA.get(random.nextInt(SCHEMATA.size())));
                        String property = pickProperty(random, schema);
                        String entity = entities.get(random.nextInt(entities.size()));
                        String partner = PARTNERS.get(random.nextInt(PARTNERS.size()));
                        String regime = random.nextInt(4) == 0 ? REGIMES.get(random.nextInt(REGIMES.size()))
                                : HELD_UNDER.getOrDefault(partner, "OPEN_SOURCE");
                        Statement s = statement(partner, regime, entity, schema.getName(), property, "v" + i);
                        Decision decision = pdp.decide(ctx, s);
                        Predicate<Condition> holds = pdp.conditionCheck(ctx, entity);
                        Slice slice = Slice.of(s);
                        boolean sliceAllowed = slices.allows(slice, holds);
                        assertThat(decision instanceof Decision.Allow)
                                .as("%s for %s/%s on %s: %s", slice, user.id(), purpose, at, decision.explain())
                                .isEqualTo(sliceAllowed);
                        assertThat(decision instanceof Decision.Redact)
                                .as("redaction of %s for %s/%s: %s", slice, user.id(), purpose, decision.explain())
                                .isEqualTo(slices.redacts(slice, holds));
                        if (decision instanceof Decision.Redact redact) {
                            redacted++;
                            assertThat(redact.properties()).contains(property);
                        } else if (decision instanceof Decision.Allow) {
                            allowed++;
                            assertThat(slices.partnerRegimes()).anyMatch(pr -> pr.regime().equals(slice.regime())
                                    && (pr.partner().equals(SliceGrant.ANY_PARTNER) || pr.partner().equals(slice.partner())));
                            SliceGrant grant = slices.grantFor(slice, holds).orElseThrow();
                            assertThat(grant.rule()).as("rule for %s", slice).isEqualTo(decision.rule());
                            assertThat(grant.agreement()).as("agreement for %s", slice).isEqualTo(decision.agreement());
                        } else {
                            denied++;
                        }
                    }
                }
            }
        }
        // The sample must exercise every outcome, or the equivalence above proves little.
        assertThat(allowed).isGreaterThan(1000);
        assertThat(redacted).isGreaterThan(5);
        assertThat(denied).isGreaterThan(1000);
    }

    /** Mostly the properties agreements name (so redactions and explicit lists are hit), else any. */
    private static String pickProperty(Random random, Schema schema) {
        int dice = random.nextInt(10);
        if (dice == 0) {
            return Statement.ID_PROPERTY;
        }
        if (dice < 6) {
            List<String> named = INTERESTING.stream().filter(schema::hasProperty).toList();
            if (!named.isEmpty()) {
                return named.get(random.nextInt(named.size()));
            }
        }
        List<Property> properties = schema.getProperties();
        return properties.get(random.nextInt(properties.size())).getName();
    }

    @Test
    void aRedactedPropertyIsNeverAnAllowedSlice() {
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, (e, o) -> true, (e, o) -> true, ProtectedPersons.NONE);
        for (User user : catalogue.users()) {
            for (String purpose : catalogue.purposesOf(user)) {
                AllowedSlices slices = pdp.allowedSlices(pdp.open(user.id(), user.organisation(), purpose, "t", JUNE_2025));
                for (SliceGrant grant : slices.grants()) {
                    for (String property : grant.redacted()) {
                        for (String schema : grant.schemata().names()) {
                            for (String regime : grant.regimes().names()) {
                                Slice slice = new Slice(grant.partner(), regime, schema, property);
                                boolean otherwiseAllowed = slices.grants().stream().anyMatch(g -> g != grant
                                        && g.covers(slice) && g.allowsProperty(property));
                                assertThat(slices.allows(slice, c -> true)).isEqualTo(otherwiseAllowed);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theRiecSeesPoliceDataOnlyUnderAJointCaseAndBibobDataDirectly() {
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, CaseMembership.NONE, HitRegister.NONE, ProtectedPersons.NONE);
        AllowedSlices slices = pdp.allowedSlices(pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "t", JUNE_2025));
        assertThat(slices.partnerRegimes()).contains(new PartnerRegime("POLITIE", "WPG_ART8"),
                new PartnerRegime("GEMEENTE_ROTTERDAM", "AVG_BIBOB"), new PartnerRegime("RIEC_RR", "RIEC_CONVENANT"));
        // of FIU, FIOD and the port only what they hold as open sources (agreement open-bronnen, issue 13)
        assertThat(slices.partnerRegimes()).filteredOn(pr -> !pr.regime().equals("OPEN_SOURCE"))
                .extracting(PartnerRegime::partner).doesNotContain("FIU", "FIOD", "HAVENBEDRIJF");
        assertThat(slices.unconditionalPartnerRegimes()).contains(new PartnerRegime(SliceGrant.ANY_PARTNER, "OPEN_SOURCE"));
        assertThat(slices.unconditionalPartnerRegimes()).doesNotContain(new PartnerRegime("POLITIE", "WPG_ART8"))
                .contains(new PartnerRegime("GEMEENTE_ROTTERDAM", "AVG_BIBOB"));
        assertThat(slices.allows(new Slice("POLITIE", "WPG_ART8", "Person", "name"))).isFalse();
        assertThat(slices.allows(new Slice("POLITIE", "WPG_ART8", "Person", "name"), c -> c instanceof Condition.JointCase)).isTrue();
        assertThat(slices.allows(new Slice("GEMEENTE_ROTTERDAM", "AVG_BIBOB", "Person", "name"))).isTrue();
        assertThat(slices.allows(new Slice("GEMEENTE_ROTTERDAM", "AVG_BIBOB", "Vehicle", "name"))).isFalse();
        assertThat(slices.asOf()).isEqualTo(PolicyDecisionPoint.dateOf(JUNE_2025));
    }

    @Test
    void aWhollyProhibitedPairIsLeftOutOfTheSearchFilter() {
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, CaseMembership.NONE, HitRegister.NONE, ProtectedPersons.NONE);
        AllowedSlices slices = pdp.allowedSlices(pdp.open("officier-om", "OM", "STRAFRECHTELIJK_ONDERZOEK", "t", JUNE_2025));
        assertThat(slices.partnerRegimes()).contains(new PartnerRegime("POLITIE", "WPG_ART8"), new PartnerRegime("FIOD", "WPG_ART8"))
                .doesNotContain(new PartnerRegime("POLITIE", "WPG_ART12"));
        assertThat(slices.prohibited(new Slice("POLITIE", "WPG_ART12", "Person", "name"))).isTrue();
        assertThat(slices.partnerRegimes()).filteredOn(pr -> pr.partner().equals("FIU")).isEmpty();
        assertThat(slices.partnerRegimes()).contains(new PartnerRegime(SliceGrant.ANY_PARTNER, "OPEN_SOURCE"));
    }

    @Test
    void aUnitConditionIsSettledWhenTheSlicesAreComputed() {
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, CaseMembership.NONE, HitRegister.NONE, ProtectedPersons.NONE);
        AllowedSlices port = pdp.allowedSlices(pdp.open("zeehavenpolitie", "POLITIE", "STRAFRECHTELIJK_ONDERZOEK", "t", JUNE_2025));
        assertThat(port.unconditionalPartnerRegimes()).contains(new PartnerRegime("HAVENBEDRIJF", "PRIVATE"));
        AllowedSlices analyst = pdp.allowedSlices(pdp.open("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE", "t", JUNE_2025));
        assertThat(analyst.redacts(new Slice("HAVENBEDRIJF", "PRIVATE", "AccessPass", "holder"), c -> false)).isTrue();
        assertThat(analyst.allows(new Slice("HAVENBEDRIJF", "PRIVATE", "AccessPass", "zone"))).isTrue();
        assertThat(analyst.allows(new Slice("HAVENBEDRIJF", "PRIVATE", "Person", "name"))).isFalse();
    }
}
