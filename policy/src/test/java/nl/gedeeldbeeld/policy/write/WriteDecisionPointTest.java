package nl.gedeeldbeeld.policy.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import org.junit.jupiter.api.Test;

/** The write rules of the demo catalogue, decided for the demo users. */
class WriteDecisionPointTest {
    private final PolicyCatalogue demo = Fixtures.demo();
    private final WriteDecisionPoint writes = new WriteDecisionPoint(demo);
    private final PolicyDecisionPoint reads = new PolicyDecisionPoint(demo, new InMemoryRegisters(), new InMemoryRegisters(),
            new InMemoryRegisters());

    private AccessContext as(String user, String purpose) {
        return reads.open(user, demo.requireUser(user).organisation(), purpose, "t-" + user, Fixtures.JUNE_2025);
    }

    @Test
    void theDemoCatalogueHasARuleForEveryWriteAction() {
        assertThat(demo.writeRules().all()).extracting(WriteRule::action).containsExactlyInAnyOrder(WriteAction.values());
    }

    @Test
    void aJudgementOnOwnRecordsIsAllowedAndOneOnAnotherPartnersRecordsWaitsForItsConsent() {
        AccessContext fiod = as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");

        WriteDecision own = writes.decide(fiod, WriteRequest.on(WriteAction.JUDGE, Set.of("FIOD")));
        WriteDecision cross = writes.decide(fiod, WriteRequest.on(WriteAction.JUDGE, Set.of("FIOD", "POLITIE")));

        assertThat(own.outcome()).isEqualTo(WriteDecision.Outcome.ALLOW);
        assertThat(own.rule()).isEqualTo("oordeel-eigen-registraties");
        assertThat(cross.outcome()).isEqualTo(WriteDecision.Outcome.PENDING_CONSENT);
        assertThat(cross.consentFrom()).containsExactly("POLITIE");
        assertThat(cross.auditDetail()).contains("oordeel-eigen-registraties", "PENDING_CONSENT", "POLITIE");
    }

    @Test
    void finding5AnEntityOfAnotherPartnerCannotBePutInAJointCase() {
        AccessContext riec = as("riec-adviseur", "RIEC_CASUS");

        WriteDecision decision = writes.decide(riec, WriteRequest.on(WriteAction.ADD_TO_CASE, Set.of("POLITIE")));

        assertThat(decision.refused()).isTrue();
        assertThat(decision.rule()).isEqualTo("casus-eigen-entiteiten");
        assertThat(decision.reason()).as("does not name the owner").doesNotContain("POLITIE");
        assertThatThrownBy(decision::orThrow).isInstanceOf(AccessRefusedException.class).hasMessageContaining("casus-eigen-entiteiten");
        assertThat(writes.decide(as("analist-politie", "THEMATISCHE_ANALYSE"),
                WriteRequest.on(WriteAction.ADD_TO_CASE, Set.of("POLITIE"))).allowed()).isTrue();
    }

    @Test
    void holdsAndPurgesNeedThePrivacyOfficerRoleAndPurposeAndOwnData() {
        AccessContext officer = as("privacy-officer", "VERANTWOORDING");
        assertThat(writes.decide(officer, WriteRequest.on(WriteAction.PLACE_HOLD, Set.of("POLITIE"))).allowed()).isTrue();
        assertThat(writes.decide(officer, WriteRequest.on(WriteAction.PLACE_HOLD, Set.of("FIU"))).refused()).isTrue();
        assertThat(writes.decide(officer, WriteRequest.on(WriteAction.LIFT_HOLD, Set.of("FIOD"))).refused()).isTrue();

        WriteDecision analyst = writes.decide(as("analist-politie", "THEMATISCHE_ANALYSE"),
                WriteRequest.on(WriteAction.PURGE, Set.of("POLITIE")));
        assertThat(analyst.refused()).isTrue();
        assertThat(analyst.reason()).contains("privacy-officer");
    }

    @Test
    void aFlagIsPlacedByTheOwningUnitUnderAnInvestigativePurposeAndLiftedByASecondMemberOfIt() {
        AccessContext rio = as("analist-politie", "THEMATISCHE_ANALYSE");
        AccessContext teamleider = as("teamleider-rio", "THEMATISCHE_ANALYSE");
        WriteRequest flag = WriteRequest.on(WriteAction.PLACE_FLAG, Set.of("POLITIE")).ownedByUnit("RIO-RR");
        assertThat(writes.decide(rio, flag).allowed()).isTrue();
        assertThat(writes.decide(as("privacy-officer", "VERANTWOORDING"), flag).refused()).as("not an investigative purpose").isTrue();

        WriteRequest approve = WriteRequest.on(WriteAction.APPROVE_FLAG_LIFT, Set.of("POLITIE")).ownedByUnit("RIO-RR")
                .after("analist-politie");
        assertThat(writes.decide(rio, approve).refused()).as("not the same person twice").isTrue();
        assertThat(writes.decide(teamleider, approve).allowed()).isTrue();
        assertThat(writes.decide(as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), approve).reason())
                .contains("owning unit");
    }

    @Test
    void anActionWithoutARuleIsRefusedToEveryone() {
        PolicyCatalogue bare = Fixtures.fromYaml(Fixtures.MINIMAL);
        assertThat(bare.writeRules().all()).isEmpty();
        AccessContext ctx = new PolicyDecisionPoint(bare, new InMemoryRegisters(), new InMemoryRegisters(), new InMemoryRegisters())
                .open(bare.users().get(0).id(), bare.users().get(0).organisation(),
                        bare.purposesOf(bare.users().get(0)).iterator().next(), "t", Fixtures.JUNE_2025);
        WriteDecision d = new WriteDecisionPoint(bare).decide(ctx, WriteRequest.on(WriteAction.JUDGE, Set.of(ctx.organisation().code())));
        assertThat(d.refused()).isTrue();
        assertThat(d.rule()).isEqualTo(WriteRules.NO_RULE);
    }

    @Test
    void aWriteRuleNamingAnUnknownRoleOrActionIsRejectedWithWhereItIs() {
        String base = Fixtures.MINIMAL;
        assertThatThrownBy(() -> Fixtures.fromYaml(base + "\nwrites:\n  - {id: x, action: PLACE_HOLD, roles: [nobody], description: d}\n"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("write rule 'x'").hasMessageContaining("unknown role 'nobody'");
        assertThatThrownBy(() -> Fixtures.fromYaml(base + "\nwrites:\n  - {id: x, action: SMASH, description: d}\n"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("unknown action 'SMASH'");
        assertThatThrownBy(() -> Fixtures.fromYaml(base + "\nwrites:\n  - {id: x, action: JUDGE, description: d}\n"
                + "  - {id: y, action: JUDGE, description: d}\n"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("defined twice");
    }
}
