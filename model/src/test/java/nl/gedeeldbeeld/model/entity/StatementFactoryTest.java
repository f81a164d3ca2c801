package nl.gedeeldbeeld.model.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import org.junit.jupiter.api.Test;

class StatementFactoryTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final SchemaRegistry schemas = SchemaRegistry.standard();
    private final EntityIdScheme ids = EntityIdScheme.withKey(EntityIdScheme.newKey());
    private final StatementFactory factory = new StatementFactory(schemas, ids);
    private final Provenance provenance = new Provenance("politie-bvh", "POLITIE", "WPG_ART8", Reliability.parse("B2"),
            NOW, LocalDate.parse("2027-11-23"), "run-1#1");

    @Test
    void aValidRecordBecomesNormalisedStatementsWithProvenance() {
        EntityRecord record = new EntityRecord("P1", "Person",
                Map.of("name", List.of("Berg, Jan van der"), "birthDate", List.of("23-04-1980")), "personen.csv: line 2");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        String id = ids.id("politie-bvh", "P1");
        assertThat(accepted.statements()).extracting(Statement::property, Statement::value, Statement::originalValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", id, "P1"),
                        org.assertj.core.groups.Tuple.tuple("name", "Jan van der Berg", "Berg, Jan van der"),
                        org.assertj.core.groups.Tuple.tuple("birthDate", "1980-04-23", "23-04-1980"));
        assertThat(accepted.statements()).allSatisfy(s -> {
            assertThat(s.entityId()).isEqualTo(id);
            assertThat(s.provenance()).isEqualTo(provenance);
        });
    }

    @Test
    void theSameInputGivesTheSameStatementIds() {
        EntityRecord record = new EntityRecord("P1", "Person", Map.of("name", List.of("Jan")), "x");
        var first = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        var second = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW.plusSeconds(60));
        assertThat(second.statements()).extracting(Statement::id).isEqualTo(first.statements().stream().map(Statement::id).toList());
    }

    @Test
    void aRecordWithAnyBadValueIsRejectedWholeWithEveryReason() {
        EntityRecord record = new EntityRecord("A1", "BankAccount",
                Map.of("iban", List.of("NL91ABNA0417164301"), "openingDate", List.of("31-02-2020")), "x");
        var rejected = (StatementFactory.Conversion.Rejected) factory.convert(record, provenance, NOW);
        assertThat(rejected.reasons()).containsExactlyInAnyOrder(
                "iban: IBAN 'NL91ABNA0417164301' fails its checksum (mod 97); check for a typing error",
                "openingDate: date '31-02-2020' does not exist in the calendar");
    }

    @Test
    void entityReferencesAreNamespacedLikeTheEntitiesTheyPointTo() {
        EntityRecord edge = new EntityRecord("O1", "Ownership", Map.of("owner", List.of("P1"), "asset", List.of("C1")), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(edge, provenance, NOW);
        assertThat(accepted.statements()).filteredOn(s -> s.property().equals("owner"))
                .extracting(Statement::value).containsExactly(ids.id("politie-bvh", "P1"));
    }

    @Test
    void idsDifferPerDatasetAndShowNothingOfTheSourceId() {
        String police = ids.id("politie-bvh", "P1");
        String fiod = ids.id("fiod", "P1");
        assertThat(police).isNotEqualTo(fiod).startsWith(EntityIdScheme.PREFIX).doesNotContain("P1");
        assertThat(EntityIdScheme.looksLikeId(police)).isTrue();
    }

    @Test
    void theSourceIdStaysAsTheOriginalOfTheIdStatementAndAReferenceKeepsItsRawTarget() {
        EntityRecord edge = new EntityRecord("O1", "Ownership", Map.of("owner", List.of("BVH-2021-77")), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(edge, provenance, NOW);
        assertThat(accepted.statements()).extracting(Statement::property, Statement::value, Statement::originalValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", ids.id("politie-bvh", "O1"), "O1"),
                        org.assertj.core.groups.Tuple.tuple("owner", ids.id("politie-bvh", "BVH-2021-77"), "BVH-2021-77"));
    }

    @Test
    void anEntityViewTakesTheMostSpecificSchemaPartnersAgreeOn() {
        Provenance other = new Provenance("fiod", "FIOD", "WPG_ART8", Reliability.UNGRADED, NOW, LocalDate.parse("2030-01-01"), "r#1");
        var a = ((StatementFactory.Conversion.Accepted) factory.convert(
                new EntityRecord("X", "LegalEntity", Map.of("name", List.of("Holding Zuid B.V.")), "x"), provenance, NOW)).statements();
        var b = ((StatementFactory.Conversion.Accepted) factory.convert(
                new EntityRecord("X", "Company", Map.of("kvkNumber", List.of("12345678")), "x"), other, NOW)).statements();
        List<Statement> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        EntityView view = EntityView.of("X", all, schemas).orElseThrow();
        assertThat(view.schema()).isEqualTo("Company");
        assertThat(view.caption()).isEqualTo("Holding Zuid B.V.");
        assertThat(view.values("kvkNumber")).containsExactly("12345678");
    }
}
