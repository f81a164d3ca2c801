package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import tech.followthemoney.model.Schema;
import org.junit.jupiter.api.Test;

/** The real OpenSanctions export (Wikidata persons) as a partner would hand it over. */
class OpenSanctionsSampleTest {
    private static final Path SAMPLE = TestSupport.sharedData().resolve("ftm/opensanctions_wd_persons_sample.ftm.json");

    private final FakeStatementStore store = new FakeStatementStore();

    private ImportRequest request() {
        return ImportRequest.builder("wd-persons", "OPENSANCTIONS", "WPG_ART9").file(SAMPLE).reliability("B2")
                .batchSize(50).build();
    }

    @Test
    void all126EntitiesImportWithOneStatementPerDistinctValue() throws IOException {
        ImportReport report = importer(store).importFile(request(), SAMPLE, ProgressListener.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.recordsRead()).isEqualTo(126);
        assertThat(report.batchesCommitted()).isEqualTo(3);
        assertThat(store.countEntities()).isEqualTo(126);
        assertThat(report.statementsInserted()).isEqualTo(store.countStatements()).isEqualTo(expectedStatements());
    }

    @Test
    void firstSeenBecomesTheCollectedDateAndRetentionCountsFromIt() {
        importer(store).importFile(request(), SAMPLE, ProgressListener.NONE);

        Statement name = store.statementsOf(FakeStatementStore.IDS.id("wd-persons", "Q10279737")).stream()
                .filter(s -> s.property().equals("name")).findFirst().orElseThrow();
        assertThat(name.value()).isEqualTo("Fahd Hariri");
        assertThat(name.provenance().collectedAt()).isEqualTo(Instant.parse("2024-03-09T02:54:48Z"));
        assertThat(name.provenance().retainUntil()).isEqualTo(LocalDate.of(2029, 3, 9));
        assertThat(name.provenance().reliability().code()).isEqualTo("B2");
        assertThat(name.provenance().batchId()).isEqualTo(importRunId() + "#1");
    }

    @Test
    void reImportingTheSampleInsertsNothing() {
        importer(store).importFile(request(), SAMPLE, ProgressListener.NONE);
        long statements = store.countStatements();

        ImportReport again = importer(store).importFile(request(), SAMPLE, ProgressListener.NONE);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.statementsInserted()).isZero();
        assertThat(store.countStatements()).isEqualTo(statements);
    }

    private String importRunId() {
        return store.runs().get(0).runId();
    }

    /**
     * One id statement per entity plus one per distinct normalised value of each property (two spellings
     * that normalise alike are one statement).
     */
    private static long expectedStatements() throws IOException {
        ObjectMapper json = new ObjectMapper();
        long count = 0;
        for (String line : Files.readAllLines(SAMPLE)) {
            JsonNode entity = json.readTree(line);
            Schema schema = SchemaRegistry.standard().require(entity.get("schema").asText());
            count++;
            for (var it = entity.get("properties").fields(); it.hasNext(); ) {
                var property = it.next();
                Set<String> values = new HashSet<>();
                property.getValue().forEach(v -> values.add(
                        SchemaRegistry.standard().normalise(schema, property.getKey(), v.asText()).value()));
                count += values.size();
            }
        }
        return count;
    }
}
