package nl.gedeeldbeeld.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo policy seen through the search index, case by case (the property test covers the rest). */
class PolicyAwareSearchTest {
    private static final Instant JUNE_2025 = Instant.parse("2025-06-02T10:00:00Z");
    private static final LocalDate KEPT = LocalDate.of(2030, 1, 1);
    private static final String POLITIE = "politie-bvh";
    private static final String IN_CASE = nl.gedeeldbeeld.store.Fixtures.entity(POLITIE, "P1");
    private static final String NOT_IN_CASE = nl.gedeeldbeeld.store.Fixtures.entity(POLITIE, "P2");
    private static final String PROTECTED = nl.gedeeldbeeld.store.Fixtures.entity(POLITIE, "P5");

    @TempDir
    Path dir;
    SearchIndex index;
    final InMemoryRegisters registers = new InMemoryRegisters()
            .addToJointCase(IN_CASE, "GEMEENTE_ROTTERDAM")
            .addToJointCase(IN_CASE, "RIEC_RR")
            .addToJointCase(PROTECTED, "RIEC_RR")
            .protect(PROTECTED);
    final PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyCatalogue.demo(), registers, registers, registers);

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir, SchemaRegistry.standard());
        index.index(IN_CASE, police("P1", "name", "Jan de Vries", "birthDate", "1979-03-14", "phone", "+31612345678"));
        index.index(NOT_IN_CASE, police("P2", "name", "Piet de Vries", "phone", "+31687654321"));
        index.index(PROTECTED, police("P5", "name", "Beschermde Rechter", "phone", "+31101234567"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<Statement> police(String sourceId, String... propertyValues) {
        String entityId = nl.gedeeldbeeld.store.Fixtures.entity(POLITIE, sourceId);
        Provenance provenance = new Provenance(POLITIE, "POLITIE", "WPG_ART8", Reliability.parse("B2"), JUNE_2025, KEPT,
                POLITIE + "#1");
        List<Statement> out = new ArrayList<>();
        out.add(new Statement(Statement.makeId(POLITIE, entityId, Statement.ID_PROPERTY, entityId), entityId, "Person",
                Statement.ID_PROPERTY, entityId, entityId, provenance, JUNE_2025, JUNE_2025));
        for (int i = 0; i < propertyValues.length; i += 2) {
            out.add(new Statement(Statement.makeId(POLITIE, entityId, propertyValues[i], propertyValues[i + 1]), entityId,
                    "Person", propertyValues[i], propertyValues[i + 1], propertyValues[i + 1], provenance, JUNE_2025, JUNE_2025));
        }
        return out;
    }

    /** What the caller does per request: slices from the decision point, the sets from the registers. */
    private SearchAccess access(String user, String organisation, String purpose) {
        AccessContext ctx = pdp.open(user, organisation, purpose, "trace-1", JUNE_2025);
        Set<String> all = Set.of(IN_CASE, NOT_IN_CASE, PROTECTED);
        return SearchAccess.of(pdp.allowedSlices(ctx),
                filter(all, id -> registers.inJointCase(id, organisation)),
                filter(all, id -> registers.hasConfirmedHit(id, organisation)),
                filter(all, registers::isProtected));
    }

    private static Set<String> filter(Set<String> ids, java.util.function.Predicate<String> keep) {
        return Set.copyOf(ids.stream().filter(keep).toList());
    }

    private List<String> found(String text, SearchAccess access) {
        return index.search(SearchQuery.of(text, access)).hits().stream().map(SearchHit::entityId).toList();
    }

    @Test
    void aRedactedPhoneNumberFindsNothingWhileTheSameUsersSearchOnTheNameFindsThePerson() {
        SearchAccess municipality = access("bibob-medewerker", "GEMEENTE_ROTTERDAM", "RIEC_CASUS");

        SearchResult byPhone = index.search(SearchQuery.of("+31612345678", municipality));
        assertThat(byPhone.total()).isZero();
        assertThat(byPhone.hits()).isEmpty();
        assertThat(found("06-12345678", municipality)).isEmpty();
        assertThat(found("1979-03-14", municipality)).isEmpty();

        SearchResult byName = index.search(SearchQuery.of("Jan de Vries", municipality));
        assertThat(byName.total()).isEqualTo(1);
        assertThat(byName.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.entityId()).isEqualTo(IN_CASE);
            assertThat(hit.matchedField()).isEqualTo("name");
            assertThat(hit.schema()).isEqualTo("Person");
            assertThat(hit.datasets()).containsExactly(POLITIE);
        });
        // Not in a joint case of the municipality: nothing of P2 is visible, not even its name.
        assertThat(found("de Vries", municipality)).containsExactly(IN_CASE);
        assertThat(found("", municipality)).containsExactly(IN_CASE);
    }

    @Test
    void theRiecSeesThePhoneNumberItsAgreementDoesNotRedact() {
        SearchAccess riec = access("riec-adviseur", "RIEC_RR", "RIEC_CASUS");

        SearchResult byPhone = index.search(SearchQuery.of("+31612345678", riec));
        assertThat(byPhone.hits()).extracting(SearchHit::entityId).containsExactly(IN_CASE);
        assertThat(byPhone.hits()).extracting(SearchHit::matchedField).containsExactly("phone");
        assertThat(found("06-12345678", riec)).containsExactly(IN_CASE);
        assertThat(found("+31687654321", riec)).isEmpty();
    }

    @Test
    void aProtectedPersonIsFoundByItsOwnPartnerOnlyAndMatchingAmongStillTellsItsOwnerOfASearch() {
        SearchAccess riec = access("riec-adviseur", "RIEC_RR", "RIEC_CASUS");
        SearchAccess police = access("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE");

        assertThat(found("Beschermde Rechter", riec)).isEmpty();
        assertThat(found("", riec)).containsExactly(IN_CASE);
        assertThat(found("Beschermde Rechter", police)).containsExactly(PROTECTED);
        assertThat(index.search(SearchQuery.of("", police)).total()).isEqualTo(3);
        assertThat(index.matchingAmong("Beschermde Rechter", Set.of(PROTECTED))).containsExactly(PROTECTED);
        assertThat(index.matchingAmong("Jan de Vries", Set.of(PROTECTED))).isEmpty();
    }

    @Test
    void aStatementPastItsRetentionIsFoundByNoOneNotEvenItsOwner() {
        Provenance expired = new Provenance(POLITIE, "POLITIE", "WPG_ART8", Reliability.parse("B2"), JUNE_2025,
                LocalDate.of(2025, 6, 1), POLITIE + "#0");
        List<Statement> statements = new ArrayList<>(police("P1", "name", "Jan de Vries"));
        statements.add(new Statement(Statement.makeId(POLITIE, IN_CASE, "alias", "De Kassier"), IN_CASE, "Person", "alias",
                "De Kassier", "De Kassier", expired, JUNE_2025, JUNE_2025));
        index.index(IN_CASE, statements);
        SearchAccess police = access("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE");

        assertThat(found("Kassier", police)).isEmpty();
        assertThat(found("Jan de Vries", police)).containsExactly(IN_CASE);
    }
}
