package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.DecisionRule;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.access.ExportWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, findings 10–12: an import keeps what it cannot use. The PEP file is the real OpenSanctions sample
 * with three records added the way the real PEP export writes them (see src/test/resources/ftm/README.md).
 */
class FtmFaithfulImportTest {
    private static final Path SAMPLE = TestSupport.sharedData().resolve("ftm/opensanctions_wd_persons_sample.ftm.json");

    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    private Path peps() {
        try {
            String additions = new String(FtmFaithfulImportTest.class.getResourceAsStream("/ftm/pep-additions.ftm.json")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return write(dir, "peps.ftm.json", Files.readString(SAMPLE) + additions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportRequest.Builder request(String dataset, Path file) {
        return ImportRequest.builder(dataset, "OPENSANCTIONS", "OPEN_SOURCE").file(file).reliability("B2").batchSize(50);
    }

    @Test
    @DisplayName("finding 10: an FtM export with extra properties and bad dates imports every record; its bad values are listed and kept")
    void everyRecordLandsAndEachBadValueIsReportedWithFileLinePropertyValueAndReason() {
        Path file = peps();
        ImportReport report = importer(store).importFile(request("wd-peps", file).build(), file, ProgressListener.NONE);

        assertThat(report.recordsRead()).isEqualTo(129);
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(store.countEntities()).isEqualTo(129);
        assertThat(report.valuesNotNormalised()).isEqualTo(3);
        assertThat(report.valuesQuarantined()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(
                "peps.ftm.json: line 127: birthDate 'Unknown': date 'Unknown' is not a date; use 2024-03-09, 09-03-2024 "
                        + "or 9 maart 2024; kept as text, not normalised",
                "peps.ftm.json: line 127: wikidataLabel 'Amina': schema Person has no property 'wikidataLabel'; value held "
                        + "in quarantine",
                "peps.ftm.json: line 128: birthDate 'September 23': date 'September 23' is not a date; use 2024-03-09, "
                        + "09-03-2024 or 9 maart 2024; kept as text, not normalised",
                "peps.ftm.json: line 128: country 'Atlantis': country 'Atlantis' is not an ISO 3166 code or a known "
                        + "English or Dutch country name; kept as text, not normalised",
                "peps.ftm.json: line 129: politicalParty 'Q12345': schema Person has no property 'politicalParty'; value "
                        + "held in quarantine");
        assertThat(report.summary()).isEqualTo("peps.ftm.json: 129 records, 0 refused, " + report.statementsInserted()
                + " new statements, 0 seen again; values: 3 kept as text (not normalised), 2 in quarantine");

        // The good values land; the bad dates are kept as the source's text, marked not normalised.
        assertThat(store.values("wd-peps", "Q20000001", "position")).containsExactly("Minister of Finance");
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("wd-peps", "Q20000002")))
                .filteredOn(Statement::notNormalised)
                .extracting(Statement::property, Statement::value, Statement::originalValue)
                .containsExactlyInAnyOrder(tuple("birthDate", "September 23", "September 23"),
                        tuple("country", "Atlantis", "Atlantis"));
        assertThat(store.values("wd-peps", "Q20000003", "birthDate")).containsExactly("1971-05-02");

        // The unknown properties wait in the quarantine at value level, with their whole record for a retry.
        assertThat(store.quarantine(Optional.empty(), false))
                .extracting(QuarantinedRecord::recordNumber, QuarantinedRecord::scope, QuarantinedRecord::reason)
                .containsExactly(
                        tuple(127L, QuarantinedRecord.Scope.VALUES, "wikidataLabel 'Amina': schema Person has no property 'wikidataLabel'"),
                        tuple(129L, QuarantinedRecord.Scope.VALUES, "politicalParty 'Q12345': schema Person has no property 'politicalParty'"));
        assertThat(store.quarantine(Optional.empty(), false).get(0).rawRecord()).startsWith("{\"id\":\"Q20000001\"");
    }

    @Test
    @DisplayName("finding 11: an entity line without properties is refused, not taken for an empty entity")
    void anEntityLineWithoutPropertiesIsRefused() {
        Path file = write(dir, "bare.ftm.json", "{\"id\":\"P1\",\"schema\":\"Person\"}\n"
                + "{\"id\":\"P2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan\"]}}\n");
        ImportReport report = importer(store).importFile(request("bare", file).build(), file, ProgressListener.NONE);

        assertThat(report.recordsQuarantined()).isEqualTo(1);
        assertThat(report.problems()).containsExactly("bare.ftm.json: line 1: record has no 'properties'; an FtM entity "
                + "line is {\"id\", \"schema\", \"properties\": {property: [values]}} and a statement line has entity_id, "
                + "prop, schema and value");
        assertThat(store.values("bare", "P1", "id")).isEmpty();
        assertThat(store.values("bare", "P2", "name")).containsExactly("Jan");
    }

    @Test
    @DisplayName("finding 11: an FtM statement file in JSON lines is read as statements, with dataset and first/last seen")
    void aStatementJsonLinesFileIsReadAsStatementsWithTheirProvenance() {
        Path file = write(dir, "statements.json", String.join("\n",
                "{\"id\":\"s1\",\"entity_id\":\"Q7\",\"canonical_id\":\"NK-7\",\"prop\":\"id\",\"prop_type\":\"id\","
                        + "\"schema\":\"Person\",\"value\":\"Q7\",\"original_value\":null,\"dataset\":\"wd_peps\",\"lang\":null,"
                        + "\"first_seen\":\"2024-03-09T02:54:48\",\"last_seen\":\"2024-05-01T00:00:00\",\"external\":false}",
                "{\"id\":\"s2\",\"entity_id\":\"Q7\",\"canonical_id\":\"NK-7\",\"prop\":\"name\",\"prop_type\":\"name\","
                        + "\"schema\":\"Person\",\"value\":\"Fahd Hariri\",\"dataset\":\"wd_peps\",\"lang\":\"eng\","
                        + "\"first_seen\":\"2024-03-09T02:54:48\",\"last_seen\":\"2024-05-01T00:00:00\",\"external\":false}",
                "{\"id\":\"s3\",\"entity_id\":\"Q7\",\"prop\":\"birthDate\",\"schema\":\"Person\",\"value\":\"Unknown\","
                        + "\"dataset\":\"wd_peps\",\"first_seen\":\"2024-03-09T02:54:48\",\"last_seen\":\"2024-05-01T00:00:00\"}",
                "{\"id\":\"s4\",\"entity_id\":\"Q7\",\"prop\":\"wikidataLabel\",\"schema\":\"Person\",\"value\":\"Fahd\","
                        + "\"dataset\":\"wd_peps\",\"first_seen\":\"2024-03-09T02:54:48\"}",
                "{\"id\":\"s5\",\"prop\":\"name\",\"schema\":\"Person\",\"value\":\"Nobody\"}") + "\n");
        ImportReport report = importer(store).importFile(request("peps", file).build(), file, ProgressListener.NONE);

        assertThat(report.recordsRead()).isEqualTo(5);
        assertThat(report.problems()).containsExactly(
                "statements.json: line 3: birthDate 'Unknown': date 'Unknown' is not a date; use 2024-03-09, 09-03-2024 "
                        + "or 9 maart 2024; kept as text, not normalised",
                "statements.json: line 4: wikidataLabel 'Fahd': schema Person has no property 'wikidataLabel'; value held "
                        + "in quarantine",
                "statements.json: line 5: statement has no 'entity_id'");
        String id = FakeStatementStore.IDS.id("wd_peps", "Q7");
        List<Statement> statements = store.statementsOf(id);
        assertThat(statements).extracting(Statement::property, Statement::value, Statement::notNormalised)
                .containsExactlyInAnyOrder(tuple("id", id, false), tuple("name", "Fahd Hariri", false),
                        tuple("birthDate", "Unknown", true));
        Instant firstSeen = Instant.parse("2024-03-09T02:54:48Z");
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.provenance().dataset()).isEqualTo("wd_peps");
            assertThat(s.firstSeen()).isEqualTo(firstSeen);
            assertThat(s.lastSeen()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
            // Not in the file: partner, regime and reliability come from the request; collected at first_seen,
            // retained for the open-source regime's term from then.
            assertThat(s.provenance().partner()).isEqualTo("OPENSANCTIONS");
            assertThat(s.provenance().regime()).isEqualTo("OPEN_SOURCE");
            assertThat(s.provenance().reliability().code()).isEqualTo("B2");
            assertThat(s.provenance().collectedAt()).isEqualTo(firstSeen);
            assertThat(s.provenance().batchId()).isEqualTo(report.runId().orElseThrow() + "#1");
        });
    }

    @Test
    @DisplayName("finding 11: an FtM statement CSV is read as statements without a mapping, columns in any order")
    void aStatementCsvIsReadAsStatementsWithTheirProvenance() {
        Path file = write(dir, "statements.csv", "canonical_id,entity_id,prop,prop_type,schema,value,dataset,lang,"
                + "original_value,first_seen,last_seen,external,partner,legal_regime,reliability,retain_until\n"
                + "NK-7,Q7,id,id,Person,Q7,wd_peps,,,2024-03-09T02:54:48,2024-05-01T00:00:00,false,,,,\n"
                + "NK-7,Q7,name,name,Person,\"Hariri, Fahd\",wd_peps,eng,,2024-03-09T02:54:48,2024-05-01T00:00:00,false,"
                + "FIOD,AWR_ART67,A1,2031-01-01\n"
                + "NK-7,Q7,nationality,country,Person,lb,wd_peps,,,2024-03-09T02:54:48,2024-05-01T00:00:00,false,,NO_SUCH_REGIME,,\n");
        ImportReport report = importer(store).importFile(request("peps", file).build(), file, ProgressListener.NONE);

        assertThat(report.problems()).containsExactly("statements.csv: line 4: legal_regime 'NO_SUCH_REGIME' is not a "
                + "regime of the catalogue; see 'gb regimes'");
        assertThat(report.recordsQuarantined()).isEqualTo(1);
        String id = FakeStatementStore.IDS.id("wd_peps", "Q7");
        Statement name = store.statementsOf(id).stream().filter(s -> s.property().equals("name")).findFirst().orElseThrow();
        assertThat(name.value()).isEqualTo("Fahd Hariri");
        assertThat(name.originalValue()).isEqualTo("Hariri, Fahd");
        assertThat(name.provenance().partner()).isEqualTo("FIOD");
        assertThat(name.provenance().regime()).isEqualTo("AWR_ART67");
        assertThat(name.provenance().reliability().code()).isEqualTo("A1");
        assertThat(name.provenance().retainUntil()).isEqualTo(LocalDate.of(2031, 1, 1));
        Statement idStatement = store.statementsOf(id).stream().filter(Statement::isIdStatement).findFirst().orElseThrow();
        assertThat(idStatement.provenance().partner()).isEqualTo("OPENSANCTIONS");
        assertThat(idStatement.provenance().retainUntil()).isEqualTo(LocalDate.of(2034, 3, 9)); // OPEN_SOURCE: 10 years
    }

    @Test
    @DisplayName("finding 11: an export imported into a fresh store gives back the same statements and provenance, and again changes nothing")
    void anExportImportedIntoAFreshStoreGivesBackTheSameStatementsAndProvenance() {
        Path file = peps();
        Set<Statement> original;
        byte[] jsonLines;
        byte[] csv;
        try (Storage source = StoreFactory.open(StoreConfig.embedded(dir.resolve("source")))) {
            importer(source.importTarget()).importFile(request("wd-peps", file).build(), file, ProgressListener.NONE);
            original = all(source.store());
            Map<String, List<Statement>> byEntity = original.stream()
                    .collect(Collectors.groupingBy(Statement::entityId, LinkedHashMap::new, Collectors.toList()));
            String someone = source.store().entityIds().id("wd-peps", "Q20000002");
            // A redacted property is in the export as a row without a value: it imports nothing.
            VisibleStatements visible = new VisibleStatements(byEntity, Map.of(someone, List.of(new RedactedProperty(
                    someone, "Person", "notes", "wd-peps", "OPENSANCTIONS", "OPEN_SOURCE"))));
            Decision allowed = new Decision.Allow(DecisionRule.OWN_DATA, "eigen gegevens", Optional.empty());
            jsonLines = ExportWriter.write(ExportFormat.FTM_JSONL, visible, s -> allowed);
            csv = ExportWriter.write(ExportFormat.CSV, visible, s -> allowed);
        }
        assertThat(original).anyMatch(Statement::notNormalised);

        for (var export : List.of(Map.entry("export.ftm.json", jsonLines), Map.entry("export.csv", csv))) {
            Path exported = write(dir, export.getKey(), new String(export.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            try (Storage fresh = StoreFactory.open(StoreConfig.embedded(dir.resolve("fresh-" + export.getKey())))) {
                Importer importer = importer(fresh.importTarget());
                ImportReport report = importer.importFile(request("restore", exported).build(), exported, ProgressListener.NONE);

                assertThat(report.recordsQuarantined()).as(export.getKey()).isZero();
                assertThat(report.problems()).as(export.getKey()).isEmpty();
                Set<Statement> expected = rekeyed(original, fresh.store().entityIds());
                assertThat(all(fresh.store())).as(export.getKey()).isEqualTo(expected);

                ImportReport again = importer.importFile(request("restore", exported).build(), exported, ProgressListener.NONE);
                assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
                Path copy = write(dir, "copy-of-" + export.getKey(), Files.readString(exported) + "\n");
                ImportReport copied = importer.importFile(request("restore", copy).build(), copy, ProgressListener.NONE);
                assertThat(copied.statementsInserted()).isZero();
                assertThat(all(fresh.store())).as("re-importing changes nothing").isEqualTo(expected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @DisplayName("finding 12: a 20 MB name is quarantined with a reason and the rest of the file lands, no stack trace")
    void aTwentyMegabyteNameIsQuarantinedWithAReasonAndTheRestLands() {
        String huge = "A".repeat(20 * 1024 * 1024);
        Path file = write(dir, "long.ftm.json",
                "{\"id\":\"P1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan de Vries\"]}}\n"
                        + "{\"id\":\"P2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + huge + "\"],\"birthDate\":[\"1980-04-23\"]}}\n"
                        + "{\"id\":\"P3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Piet Jansen\"]}}\n");
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(dir.resolve("data")))) {
            ImportReport report = importer(storage.importTarget()).importFile(request("long", file).build(), file,
                    ProgressListener.NONE);

            assertThat(report.recordsRead()).isEqualTo(3);
            assertThat(report.valuesQuarantined()).isEqualTo(1);
            assertThat(report.problems()).singleElement().asString()
                    .startsWith("long.ftm.json: line 2: name 'AAAA")
                    .endsWith("… (20971520 characters)': value of 20971520 characters is longer than the 100000 the store "
                            + "keeps; value held in quarantine");
            StatementStore store = storage.store();
            assertThat(store.statementsOf(store.entityIds().id("long", "P2"))).extracting(Statement::property)
                    .containsExactlyInAnyOrder("id", "birthDate");
            assertThat(store.statementsOf(store.entityIds().id("long", "P3"))).extracting(Statement::value)
                    .contains("Piet Jansen");
            assertThat(store.quarantine(Optional.empty(), false)).singleElement().satisfies(q -> {
                assertThat(q.scope()).isEqualTo(QuarantinedRecord.Scope.VALUES);
                assertThat(q.rawCut()).isTrue();
                assertThat(q.reason()).endsWith("value of 20971520 characters is longer than the 100000 the store keeps");
            });
        }
    }

    @Test
    @DisplayName("finding 10: a Febrl file with impossible birth dates keeps every record, the dates as text for the resolver")
    void aFebrlFileWithImpossibleBirthDatesKeepsEveryRecord() throws IOException {
        List<String> lines = Files.readAllLines(TestSupport.sharedData().resolve("febrl/dataset1.csv"));
        // Febrl writes ", " between header cells; the mapping names the columns without the space.
        lines.set(0, lines.get(0).replace(", ", ","));
        Path file = write(dir, "febrl.csv", String.join("\n", lines) + "\n");
        Path mapping = write(dir, "febrl.yml", """
                entities:
                  persoon:
                    schema: Person
                    keys: [rec_id]
                    properties:
                      firstName: given_name
                      lastName: surname
                      birthDate: date_of_birth
                """);
        ImportReport report = importer(store).importFile(ImportRequest.builder("febrl", "POLITIE", "WPG_ART8")
                .file(file).mapping(mapping).batchSize(250).build(), file, ProgressListener.NONE);

        assertThat(report.recordsRead()).isEqualTo(1000);
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(store.countEntities()).isEqualTo(1000);
        assertThat(report.problems()).hasSize(3).allSatisfy(p -> assertThat(p).contains("persoon.birthDate '",
                "; kept as text, not normalised"));
        try (Stream<Statement> all = store.streamAll()) {
            assertThat(all.filter(Statement::notNormalised).map(Statement::value))
                    .containsExactlyInAnyOrder("19371233", "19729518", "19339026");
        }
    }

    /**
     * The statements a fresh store makes of an export: ids are keyed per store, so an exported entity id (and a
     * reference to one) comes back as this store's id of it in the dataset; everything else is the same.
     */
    private static Set<Statement> rekeyed(Set<Statement> original, EntityIdScheme ids) {
        SchemaRegistry schemas = SchemaRegistry.standard();
        Set<Statement> out = new HashSet<>();
        for (Statement s : original) {
            String dataset = s.provenance().dataset();
            String entityId = ids.id(dataset, s.entityId());
            boolean reference = !s.isIdStatement() && schemas.schema(s.schema())
                    .map(schema -> schema.getProperty(s.property())).map(p -> p.getType().isEntity()).orElse(false);
            String value = s.isIdStatement() ? entityId : reference ? ids.id(dataset, s.value()) : s.value();
            out.add(new Statement(Statement.makeId(dataset, entityId, s.property(), value), entityId, s.schema(),
                    s.property(), value, s.originalValue(), s.provenance(), s.firstSeen(), s.lastSeen(), s.notNormalised()));
        }
        return out;
    }

    private static Set<Statement> all(StatementStore store) {
        try (Stream<Statement> all = store.streamAll()) {
            return all.collect(Collectors.toCollection(HashSet::new));
        }
    }
}
