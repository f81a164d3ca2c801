package nl.gedeeldbeeld.store.search;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir, SchemaRegistry.standard());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(List<Statement> statements) {
        index.index(statements.get(0).entityId(), statements);
    }

    private List<String> captions(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::caption).toList();
    }

    @Test
    void aTypoStillFindsTheName() {
        add(entity("politie-bvh", "P1", "Person", "name", "Piet Janssen"));
        add(entity("politie-bvh", "P2", "Person", "name", "Piet Jansen"));
        add(entity("politie-bvh", "P3", "Person", "name", "Karel Appel"));

        assertThat(captions("Jansen")).containsExactly("Piet Jansen", "Piet Janssen");
        assertThat(captions("Janssen")).containsExactly("Piet Janssen", "Piet Jansen");
        assertThat(captions("piet jansn")).containsExactly("Piet Jansen");
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        add(entity("politie-bvh", "P1", "Person", "name", "Zoë Müller-Çelik"));

        assertThat(captions("zoe muller celik")).containsExactly("Zoë Müller-Çelik");
        assertThat(captions("MÜLLER")).containsExactly("Zoë Müller-Çelik");
    }

    @Test
    void tussenvoegselsAreOptionalButAnExactOneRanksFirst() {
        add(entity("politie-bvh", "P1", "Person", "name", "Anna van den Berg"));
        add(entity("politie-bvh", "P2", "Person", "name", "Anna van der Berg"));
        add(entity("politie-bvh", "P3", "Person", "name", "Anna Berg"));
        add(entity("politie-bvh", "P4", "Person", "name", "Anna Bergsma"));

        assertThat(captions("Berg")).hasSize(3).doesNotContain("Anna Bergsma");
        assertThat(captions("Berg").get(0)).isEqualTo("Anna Berg");
        assertThat(captions("vd Berg")).hasSize(3);
        assertThat(captions("v.d. Berg").get(0)).isEqualTo("Anna van der Berg");
        assertThat(captions("van der Berg").get(0)).isEqualTo("Anna van der Berg");
        assertThat(captions("Anna van den Berg").get(0)).isEqualTo("Anna van den Berg");
    }

    @Test
    void deVriesAndVriesFindTheSamePeople() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan de Vries"));
        add(entity("politie-bvh", "P2", "Person", "name", "Klaas Vries"));
        add(entity("politie-bvh", "P3", "Person", "name", "Kees de Groot"));

        assertThat(captions("de Vries")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
        assertThat(captions("de Vries").get(0)).isEqualTo("Jan de Vries");
        assertThat(captions("Vries")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
        assertThat(captions("de Vris")).containsExactlyInAnyOrder("Jan de Vries", "Klaas Vries");
    }

    @Test
    void anInitialMatchesAGivenName() {
        add(entity("politie-bvh", "P1", "Person", "name", "J. de Vries"));

        assertThat(captions("Jan de Vries")).containsExactly("J. de Vries");
    }

    @Test
    void aSingleWordDoesNotMatchEveryNameWithThatInitial() {
        add(entity("politie-bvh", "P1", "Person", "name", "N. Pinas"));
        add(entity("politie-bvh", "P2", "Person", "name", "Jan Nooteboom"));

        assertThat(captions("Nooteboom")).containsExactly("Jan Nooteboom");
        assertThat(captions("Niels")).isEmpty();
    }

    @Test
    void anIdentifierNoEntityHasFindsNothing() {
        add(entity("politie-bvh", "P1", "Person", "name", "N. Pinas"));
        add(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));

        assertThat(index.search(SearchQuery.of("NL20INGB0001234567")).total()).isZero();
    }

    @Test
    void anIdentifierTypedAnyWayHitsExactlyAndFirst() {
        add(entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"));
        add(entity("politie-bvh", "P1", "Person", "name", "NL91 Holding"));
        add(entity("kvk", "C1", "Company", "name", "Bakkerij de Ster B.V.", "kvkNumber", "12345678"));
        add(entity("rdw", "V1", "Vehicle", "registrationNumber", "12ABC3"));
        add(entity("politie-bvh", "L1", "Address", "full", "Kerkstraat 1, Utrecht", "postalCode", "3511AB"));

        SearchResult iban = index.search(SearchQuery.of("nl91 abna 0417 1643 00"));
        assertThat(iban.total()).isEqualTo(1);
        assertThat(iban.hits().get(0).entityId()).isEqualTo(nl.gedeeldbeeld.store.Fixtures.entity("politie-bvh", "A1"));
        assertThat(iban.hits().get(0).matchedField()).isEqualTo("iban");
        assertThat(index.search(SearchQuery.of("KvK 1234 5678")).hits()).extracting(SearchHit::matchedField).containsExactly("kvkNumber");
        assertThat(index.search(SearchQuery.of("12-abc-3")).hits()).extracting(SearchHit::schema).containsExactly("Vehicle");
        assertThat(index.search(SearchQuery.of("3511 ab")).hits()).extracting(SearchHit::matchedField).containsExactly("postalCode");
        assertThat(index.search(SearchQuery.of("kerkstraat")).hits()).extracting(SearchHit::matchedField).containsExactly("text");
        assertThat(index.search(SearchQuery.of("de ster")).hits()).extracting(SearchHit::matchedField).containsExactly("name");
    }

    @Test
    void allowedDatasetsChangeBothHitsAndTotal() {
        add(entity("politie-bvh", "P1", "Person", "name", "Jan Jansen"));
        add(entity("politie-bvh", "P2", "Person", "name", "Kees Jansen"));
        add(entity("fiu-nl", "P3", "Person", "fiu", "WWFT", T0, "name", "Piet Jansen"));

        SearchQuery q = SearchQuery.of("Jansen").page(0, 1);
        assertThat(index.search(q).total()).isEqualTo(3);

        SearchResult police = index.search(q.withFilter(SearchFilter.datasets(Set.of("politie-bvh"))));
        assertThat(police.total()).isEqualTo(2);
        assertThat(police.hits()).hasSize(1).allSatisfy(h -> assertThat(h.datasets()).containsExactly("politie-bvh"));

        SearchResult fiu = index.search(q.withFilter(SearchFilter.unrestricted().withPartnerRegimes(
                Set.of(new SearchFilter.PartnerRegime("fiu", "WWFT")))));
        assertThat(fiu.total()).isEqualTo(1);
        assertThat(fiu.hits()).extracting(SearchHit::caption).containsExactly("Piet Jansen");

        assertThat(index.search(q.withFilter(SearchFilter.datasets(Set.of()))).total()).isZero();
        assertThat(index.search(q.withFilter(SearchFilter.unrestricted().withPartners(Set.of("fiu"))
                .withRegimes(Set.of("WPG_ART8")))).total()).isZero();
    }

    @Test
    void aNameFromAnExcludedSliceNeverMatchesNorShows() {
        // One entity with statements from two partners (e.g. after an enrichment): the alias only FIU knows.
        List<Statement> police = entity("politie-bvh", "P1", "Person", "name", "Jan Jansen");
        Statement fiuAlias = nl.gedeeldbeeld.store.Fixtures.statement("politie-bvh", "P1", "Person", "alias", "De Kassier",
                "De Kassier", "fiu", "WWFT", T0);
        index.index(police.get(0).entityId(), java.util.stream.Stream.concat(police.stream(), java.util.stream.Stream.of(fiuAlias)).toList());

        SearchFilter policeOnly = SearchFilter.unrestricted().withPartners(Set.of("politie"));
        assertThat(index.search(SearchQuery.of("Kassier")).total()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("Kassier").withFilter(policeOnly)).total()).isZero();
        SearchResult jansen = index.search(SearchQuery.of("Jansen"));
        assertThat(jansen.total()).isEqualTo(1);
        assertThat(index.documentCount()).isEqualTo(2);
    }

    @Test
    void schemaFilterIncludesDescendantsAndPagingKeepsTheTotal() {
        for (int i = 0; i < 30; i++) {
            add(entity("politie-bvh", "P" + i, "Person", "name", "Visser " + i));
        }
        add(entity("kvk", "C1", "Company", "name", "Visser Transport B.V."));

        SearchQuery q = SearchQuery.of("Visser");
        assertThat(index.search(q).total()).isEqualTo(31);
        assertThat(index.search(q.withSchemata(Set.of("Company"))).total()).isEqualTo(1);
        assertThat(index.search(q.withSchemata(Set.of("LegalEntity"))).total()).isEqualTo(31);
        SearchResult page = index.search(q.page(20, 20));
        assertThat(page.total()).isEqualTo(31);
        assertThat(page.hits()).hasSize(11);
        assertThat(index.search(SearchQuery.of("").withSchemata(Set.of("Company"))).total()).isEqualTo(1);
    }

    @Test
    void reindexingAnEntityReplacesItsDocument() {
        List<Statement> before = entity("politie-bvh", "P1", "Person", "name", "Jan Jansen");
        add(before);
        index.index(before.get(0).entityId(), entity("politie-bvh", "P1", "Person", "name", "Jan Pietersen"));

        assertThat(captions("Jansen")).isEmpty();
        assertThat(captions("Pietersen")).containsExactly("Jan Pietersen");
        assertThat(index.documentCount()).isEqualTo(1);
        assertThat(Optional.of(index.search(SearchQuery.of("Pietersen")).hits().get(0).matchedField())).contains("name");
    }
}
