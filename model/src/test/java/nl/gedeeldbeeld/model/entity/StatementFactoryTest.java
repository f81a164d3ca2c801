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
import org.junit.jupiter.api.DisplayName;
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
    @DisplayName("finding 10: a record with bad values lands with its good ones, each bad value kept as text and reported")
    void aRecordWithBadValuesLandsWithItsGoodOnesAndKeepsTheBadOnesAsText() {
        EntityRecord record = new EntityRecord("A1", "BankAccount",
                Map.of("iban", List.of("NL91ABNA0417164301"), "openingDate", List.of("31-02-2020"),
                        "bankName", List.of("ABN AMRO")), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        assertThat(accepted.statements()).extracting(Statement::property, Statement::value, Statement::notNormalised)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", ids.id("politie-bvh", "A1"), false),
                        org.assertj.core.groups.Tuple.tuple("bankName", "ABN AMRO", false),
                        org.assertj.core.groups.Tuple.tuple("iban", "NL91ABNA0417164301", true),
                        org.assertj.core.groups.Tuple.tuple("openingDate", "31-02-2020", true));
        assertThat(accepted.issues()).extracting(ValueIssue::message).containsExactlyInAnyOrder(
                "iban 'NL91ABNA0417164301': IBAN 'NL91ABNA0417164301' fails its checksum (mod 97); check for a typing "
                        + "error; kept as text, not normalised",
                "openingDate '31-02-2020': date '31-02-2020' does not exist in the calendar; kept as text, not normalised");
    }

    @Test
    @DisplayName("finding 10: an unknown property and FtM's 'Unknown' birth date cost the value, not the record")
    void anUnknownPropertyIsHeldForTheQuarantineAndAnUnknownDateKeptAsText() {
        EntityRecord record = new EntityRecord("Q1", "Person", Map.of("name", List.of("Fahd Hariri"),
                "birthDate", List.of("Unknown", "1982-01-01"), "wikidataLabel", List.of("Fahd")), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        assertThat(accepted.statements()).filteredOn(s -> s.property().equals("birthDate"))
                .extracting(Statement::value, Statement::originalValue, Statement::notNormalised)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Unknown", "Unknown", true),
                        org.assertj.core.groups.Tuple.tuple("1982-01-01", "1982-01-01", false));
        assertThat(accepted.statements()).noneMatch(s -> s.property().equals("wikidataLabel"));
        assertThat(accepted.issues()).filteredOn(i -> i.disposition() == ValueIssue.Disposition.QUARANTINED)
                .singleElement().satisfies(i -> {
                    assertThat(i.property()).isEqualTo("wikidataLabel");
                    assertThat(i.value()).isEqualTo("Fahd");
                    assertThat(i.reason()).isEqualTo("schema Person has no property 'wikidataLabel'");
                });
    }

    @Test
    @DisplayName("finding 12: a value longer than the store keeps is held for the quarantine, quoted short")
    void aValueLongerThanTheStoreKeepsIsHeldBack() {
        String huge = "x".repeat(Statement.MAX_VALUE_LENGTH + 1);
        EntityRecord record = new EntityRecord("P1", "Person", Map.of("name", List.of(huge), "firstName", List.of("Jan")), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        assertThat(accepted.statements()).extracting(Statement::property).containsExactlyInAnyOrder("id", "firstName");
        assertThat(accepted.issues()).singleElement().satisfies(i -> {
            assertThat(i.disposition()).isEqualTo(ValueIssue.Disposition.QUARANTINED);
            assertThat(i.message()).endsWith("… (100001 characters)': value of 100001 characters is longer than the "
                    + "100000 the store keeps; value held in quarantine").hasSizeLessThan(400);
        });
    }

    @Test
    @DisplayName("finding 12: a long value kept as text is reported in a short line, not its whole length")
    void aLongValueKeptAsTextIsReportedShort() {
        String long50k = "7".repeat(50_000);
        EntityRecord record = new EntityRecord("P1", "Person", Map.of("idNumber", List.of(long50k)), "x");
        var accepted = (StatementFactory.Conversion.Accepted) factory.convert(record, provenance, NOW);
        assertThat(accepted.statements()).filteredOn(Statement::notNormalised).singleElement()
                .extracting(Statement::value).isEqualTo(long50k);
        assertThat(accepted.issues()).singleElement().satisfies(i -> {
            assertThat(i.disposition()).isEqualTo(ValueIssue.Disposition.KEPT_AS_TEXT);
            assertThat(i.message()).hasSizeLessThan(1_500).contains("… (50000 characters)");
        });
    }

    @Test
    void aStatementRowIsKeyedUnderThisStoresIdsAndKeepsAValueMarkedNotNormalisedAsItIs() {
        // An id from another store (its key is not ours) becomes a source id in the row's dataset: the rows of one
        // entity stay together, and a file cannot attach statements to an entity of ours by naming its id.
        String exported = EntityIdScheme.withKey(EntityIdScheme.newKey()).id("politie-bvh", "P1");
        String id = ids.id("politie-bvh", exported);
        var idRow = (StatementFactory.Conversion.Accepted) factory.convertStatement(new StatementRecord(exported, "Person", "id",
                exported, java.util.Optional.of("P1"), false, "x"), provenance, NOW, NOW.plusSeconds(5));
        assertThat(idRow.statements()).singleElement().satisfies(s -> {
            assertThat(s.entityId()).isEqualTo(id).isNotEqualTo(exported);
            assertThat(s.value()).isEqualTo(id);
            assertThat(s.originalValue()).isEqualTo("P1");
            assertThat(s.lastSeen()).isEqualTo(NOW.plusSeconds(5));
        });
        var kept = (StatementFactory.Conversion.Accepted) factory.convertStatement(new StatementRecord(exported, "Person",
                "birthDate", "September 23", java.util.Optional.empty(), true, "x"), provenance, NOW, NOW);
        assertThat(kept.issues()).isEmpty();
        assertThat(kept.statements()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("September 23");
            assertThat(s.entityId()).isEqualTo(id);
            assertThat(s.notNormalised()).isTrue();
        });
        var reread = (StatementFactory.Conversion.Accepted) factory.convertStatement(new StatementRecord("Q7", "Person",
                "birthDate", "23-04-1980", java.util.Optional.empty(), false, "x"), provenance, NOW, NOW);
        assertThat(reread.statements()).singleElement().extracting(Statement::value, Statement::entityId)
                .containsExactly("1980-04-23", ids.id("politie-bvh", "Q7"));
    }

    @Test
    void aRecordIsRejectedOnlyWhenUnusableAsAWhole() {
        assertThat(factory.convert(new EntityRecord("P1", "Persn", Map.of(), "x"), provenance, NOW))
                .isEqualTo(new StatementFactory.Conversion.Rejected(List.of("unknown schema 'Persn'")));
        assertThat(factory.convert(new EntityRecord(" ", "Person", Map.of(), "x"), provenance, NOW))
                .isEqualTo(new StatementFactory.Conversion.Rejected(List.of("record has no id")));
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
