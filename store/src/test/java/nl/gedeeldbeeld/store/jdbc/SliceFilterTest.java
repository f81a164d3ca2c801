package nl.gedeeldbeeld.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.store.EntityChecks;
import org.junit.jupiter.api.Test;

class SliceFilterTest {
    private static final Instant JUNE_2025 = Instant.parse("2025-06-02T10:00:00Z");

    @Test
    void theSqlTextCarriesOnlyColumnNamesAndPlaceholdersForEveryDemoUserAndPurpose() {
        PolicyCatalogue catalogue = PolicyCatalogue.demo();
        InMemoryRegisters registers = new InMemoryRegisters().addToJointCase("e'1", "RIEC_RR").confirmHit("e'1", "POLITIE")
                .protect("e2");
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, registers, registers, registers);
        List<String> entities = List.of("e'1", "e2", "e3");
        for (User user : catalogue.users()) {
            for (String purpose : catalogue.purposesOf(user)) {
                AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "t", JUNE_2025);
                AllowedSlices slices = pdp.allowedSlices(ctx);

                SliceFilter filter = SliceFilter.of(slices, EntityChecks.of(pdp, ctx, registers), entities);

                for (SqlPredicate p : List.of(filter.visible(), filter.masked())) {
                    assertThat(p.sql()).as("%s/%s", user.id(), purpose)
                            .doesNotContain("'", "POLITIE", "WPG_ART8", "Person", "e2", "2025")
                            .matches("[a-z_ ()=<>?ANYDNOTR01]*");
                    assertThat(p.sql().chars().filter(ch -> ch == '?').count()).isEqualTo(p.params().size());
                }
            }
        }
    }

    @Test
    void aRequestWithoutSlicesBuildsNoQueryAtAll() {
        AllowedSlices nothing = AllowedSlices.nothing(java.time.LocalDate.of(2025, 6, 2), "RIEC_RR", "RIEC_CASUS");

        SliceFilter filter = SliceFilter.of(nothing, EntityChecks.unconditional(id -> false), List.of("e1"));

        assertThat(filter.visible().isFalse()).isTrue();
        assertThat(filter.masked().isFalse()).isTrue();
    }
}
