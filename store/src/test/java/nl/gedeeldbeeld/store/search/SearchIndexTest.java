package nl.gedeeldbeeld.store.search;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    /** The fixtures' statements are police data (partner "politie"), a few FIU's: the tests see both. */
    static final SearchAccess POLICE_AND_FIU = TestAccess.allOf("politie", "fiu");

    @TempDir
    Path dir;
    SearchIndex index;
    /** Entity id → the first value given for it, to read hits the way a person would. */
    final Map<String, String> labels = new HashMap<>();

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir, SchemaRegistry.standard());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(List<Statement> statements) {
        String id = statements.get(0).entityId();
        statements.stream().filter(s -> !s.isIdStatement()).findFirst().ifPresent(s -> labels.putIfAbsent(id, s.value()));
        index.index(id, statements);
    }

    private static SearchQuery query(String text) {
        return SearchQuery.of(text, POLICE_AND_FIU);
    }

    /** The hits' labels, in ranking order. */
    private List<String> found(String text) {
        return labelsOf(index.search(query(text)));
    }

    private List<String> labelsOf(SearchResult result) {
        return result.hits().stream().map(h -> labels.get(h.entityId())).toList();
    }

    @Test
    void aTypoStillFindsTheName() {
        add(entity("politie-bvh", "P1", "Person", "name", "Piet Janssen"));
        add(entity("politie-bvh", "P2", "Person", "name", "Piet Jansen"));
        add(entity("politie-bvh", "P3", "Person", "name", "Karel Appel"));

        assertThat(found("Jansen")).containsExactly("Piet Jansen", "Piet Janssen");
        assertThat(found("Janssen")).containsExactly("Piet Janssen", "Piet Jansen");
        assertThat(found("piet jansn")).containsExactly("Piet Jansen");
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        add(entity("politie-bvh", "P1", "Person", "name", "Zoë Müller-Çelik"));

        assertThat(found("zoe muller celik")).containsExactly("Zoë Müller-Çelik");
        assertThat(found("MÜLLER")).containsExactly("Zoë Müller-Çelik");
    }

    @Test
    void tussenvoegselsAreOptionalButAnExactOneRanksFirst() {
        add(entity("politie-bvh", "P1", "Person", "name", "Anna van den Berg"));
        add(entity("politie-bvh", "P2", "Person", "name", "Anna van der Berg"));
        add(entity("politie-bvh", "P3", "Person", "name", "Anna Berg"));
        add(entity("politie-bvh", "P4", "Person", "name", "Anna Bergsma"));

        assertThat(found("Berg")).hasSize(3).doesNotContain("Anna Bergsma");
        assertThat(found("Berg").get(0)).isEqualTo("Anna Berg");
        assertThat(found("vd Berg")).hasSize(3);
        assertThat(found("v.d. Berg").get(0)).isEqualTo("Anna van der Berg");
        assertThat(found("van der Berg").get(0)).isEqualTo("Anna van der Berg");
        assertThat(found("Anna van den Berg").get(0)).isEqualTo("Anna van den Berg");
    }

    @Test
    void deVriesAndVriesFindTheSamePeople() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan de Vries"));
        add(entity("politie-bvh", "P2", "Person", "name", "Klaas Vries"));
        add(entity("politie-bvh", "P3", "Person", "name", "Kees de Groot"));

        assertThat(found("de Vries")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
        assertThat(found("de Vries").get(0)).isEqualTo("Jan de Vries");
        assertThat(found("Vries")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
        assertThat(found("de Vris")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
    }

    @Test
    void anInitialMatchesAGivenName() {
        add(entity("politie-bvh", "P1", "Person", "name", "J. de Vries"));

        assertThat(found("Jan de Vries")).containsExactly("J. de Vries");
    }

    @Test
    void aSingleWordDoesNotMatchEveryNameWithThatInitial() {
        add(entity("politie-bvh", "P1", "Person", "name", "N. Pinas"));
        add(entity("politie-bvh", "P2", "Person", "name", "Jan Nooteboom"));

        assertThat(found("Nooteboom")).containsExactly("Jan Nooteboom");
        assertThat(found("Niels")).isEmpty();
    }

    @Test
    void anIdentifierNoEntityHasFindsNothing() {
        add(entity("politie-bvh", "P1", "Person", "name", "N. Pinas"));
        add(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));

        assertThat(index.search(query("NL20INGB0001234567")).total()).isZero();
    }

    @Test
    void anIdentifierTypedAnyWayHitsExactlyAndFirst() {
        add(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));
        add(entity("politie-bvh", "P1", "Person", "name", "NL91 Holding"));
        add(entity("kvk", "C1", "Company", "name", "Bakkerij de Ster B.V.", "kvkNumber", "12345678"));
        add(entity("rdw", "V1", "Vehicle", "registrationNumber", "12ABC3"));
        add(entity("politie-bvh", "L1", "Address", "full", "Kerkstraat 1, Utrecht", "postalCode", "3511AB"));

        SearchResult iban = index.search(query("nl91 abna 0417 1643 00"));
        assertThat(iban.total()).isEqualTo(1);
        assertThat(iban.hits().get(0).entityId()).isEqualTo(nl.gedeeldbeeld.store.Fixtures.entity("politie-bvh", "A1"));
        assertThat(iban.hits().get(0).matchedField()).isEqualTo("iban");
        assertThat(index.search(query("KvK 1234 5678")).hits()).extracting(SearchHit::matchedField).containsExactly("kvkNumber");
        assertThat(index.search(query("12-abc-3")).hits()).extracting(SearchHit::schema).containsExactly("Vehicle");
        assertThat(index.search(query("3511 ab")).hits()).extracting(SearchHit::matchedField).containsExactly("postalCode");
        assertThat(index.search(query("kerkstraat")).hits()).extracting(SearchHit::matchedField).containsExactly("text");
        assertThat(index.search(query("de ster")).hits()).extracting(SearchHit::matchedField).containsExactly("name");
    }

    @Test
    void aChosenNarrowingChangesBothHitsAndTotalButNeverWidensTheAccess() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan Jansen"));
        add(entity("politie-bvh", "P2", "Person", "name", "Kees Jansen"));
        add(entity("fiu-nl", "P3", "Person", "fiu", "WWFT", T0, "name", "Piet Jansen"));

        SearchQuery q = query("Jansen").page(0, 1);
        assertThat(index.search(q).total()).isEqualTo(3);

        SearchResult police = index.search(q.withFilter(SearchFilter.datasets(Set.of("politie-bvh"))));
        assertThat(police.total()).isEqualTo(2);
        assertThat(police.hits()).hasSize(1).allSatisfy(h -> assertThat(h.datasets()).containsExactly("politie-bvh"));

        SearchResult fiu = index.search(q.withFilter(SearchFilter.unrestricted().withPartnerRegimes(
                Set.of(new SearchFilter.PartnerRegime("fiu", "WWFT")))));
        assertThat(fiu.total()).isEqualTo(1);
        assertThat(labelsOf(fiu)).containsExactly("Piet Jansen");

        assertThat(index.search(q.withFilter(SearchFilter.datasets(Set.of()))).total()).isZero();
        assertThat(index.search(q.withFilter(SearchFilter.unrestricted().withPartners(Set.of("fiu"))
                .withRegimes(Set.of("WPG_ART8")))).total()).isZero();

        SearchQuery policeOnly = SearchQuery.of("Jansen", TestAccess.allOf("politie"));
        assertThat(index.search(policeOnly.withFilter(SearchFilter.unrestricted().withPartners(Set.of("fiu")))).total())
                .isZero();
    }

    @Test
    void anAccessThatGrantsNothingFindsNothingNotEvenOnABlankText() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan Jansen"));
        SearchAccess nothing = SearchAccess.of(AllowedSlices.nothing(LocalDate.of(2025, 6, 2), "politie", "TEST"),
                Set.of(), Set.of(), Set.of());

        assertThat(index.search(SearchQuery.of("Jansen", nothing)).total()).isZero();
        assertThat(index.search(SearchQuery.of("", nothing)).total()).isZero();
        assertThat(index.search(query("")).total()).isEqualTo(1);
    }

    @Test
    void aNameFromASliceTheAccessLeavesOutNeverMatchesNorCounts() {
        // One entity with statements from two partners (e.g. after an enrichment): the alias only FIU knows.
        List<Statement> police = entity("politie-bvh", "P1", "Person", "name", "Jan Jansen");
        Statement fiuAlias = nl.gedeeldbeeld.store.Fixtures.statement("politie-bvh", "P1", "Person", "alias", "De Kassier",
                "De Kassier", "fiu", "WWFT", T0);
        index.index(police.get(0).entityId(), java.util.stream.Stream.concat(police.stream(), java.util.stream.Stream.of(fiuAlias)).toList());

        SearchAccess policeOnly = TestAccess.allOf("politie");
        assertThat(index.search(query("Kassier")).total()).isEqualTo(1);
        assertThat(index.search(query("Kassier")).hits().get(0).matchedField()).isEqualTo("alias");
        assertThat(index.search(SearchQuery.of("Kassier", policeOnly)).total()).isZero();
        SearchResult jansen = index.search(SearchQuery.of("Jansen", policeOnly));
        assertThat(jansen.total()).isEqualTo(1);
        assertThat(jansen.hits().get(0).datasets()).containsExactly("politie-bvh");
        // id, name and alias: one document per property and slice
        assertThat(index.documentCount()).isEqualTo(3);
    }

    @Test
    void matchingAmongSaysWhichOfTheGivenEntitiesTheTextTouchesWhoeverMaySeeThem() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan Jansen"));
        add(entity("fiu-nl", "P2", "Person", "fiu", "WWFT", T0, "name", "Piet Jansen", "phone", "+31612345678"));
        add(entity("politie-bvh", "P3", "Person", "name", "Karel Appel"));
        String p1 = nl.gedeeldbeeld.store.Fixtures.entity("politie-bvh", "P1");
        String p2 = nl.gedeeldbeeld.store.Fixtures.entity("fiu-nl", "P2");
        String p3 = nl.gedeeldbeeld.store.Fixtures.entity("politie-bvh", "P3");

        assertThat(index.matchingAmong("Jansen", Set.of(p2, p3))).containsExactly(p2);
        assertThat(index.matchingAmong("+31612345678", Set.of(p1, p2, p3))).containsExactly(p2);
        assertThat(index.matchingAmong("Jansen", Set.of(p1, p2))).containsExactlyInAnyOrder(p1, p2);
        assertThat(index.matchingAmong("Jansen", Set.of())).isEmpty();
        assertThat(index.matchingAmong(" ", Set.of(p1, p2, p3))).isEmpty();
    }

    @Test
    void schemaFilterIncludesDescendantsAndPagingKeepsTheTotal() {
        for (int i = 0; i < 30; i++) {
            add(entity("politie-bvh", "P" + i, "Person", "name", "Visser " + i));
        }
        add(entity("kvk", "C1", "Company", "name", "Visser Transport B.V."));

        SearchQuery q = query("Visser");
        assertThat(index.search(q).total()).isEqualTo(31);
        assertThat(index.search(q.withSchemata(Set.of("Company"))).total()).isEqualTo(1);
        assertThat(index.search(q.withSchemata(Set.of("LegalEntity"))).total()).isEqualTo(31);
        SearchResult page = index.search(q.page(20, 20));
        assertThat(page.total()).isEqualTo(31);
        assertThat(page.hits()).hasSize(11);
        assertThat(index.search(query("").withSchemata(Set.of("Company"))).total()).isEqualTo(1);
    }

    @Test
    void reindexingAnEntityReplacesItsDocument() {
        List<Statement> before = entity("politie-bvh", "P1", "Person", "name", "Jan Jansen");
        add(before);
        index.index(before.get(0).entityId(), entity("politie-bvh", "P1", "Person", "name", "Jan Pietersen"));

        assertThat(found("Jansen")).isEmpty();
        assertThat(index.search(query("Pietersen")).total()).isEqualTo(1);
        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(Optional.of(index.search(query("Pietersen")).hits().get(0).matchedField())).contains("name");
    }
}
