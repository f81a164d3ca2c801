package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.request;
import static nl.gedeeldbeeld.ingest.TestSupport.retry;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import java.time.Clock;
import java.time.ZoneOffset;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineRetryTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    private static String mapping(String keyColumn) {
        return """
                entities:
                  persoon:
                    schema: Person
                    keys: [%s]
                    properties:
                      name: naam
                      birthDate: geboren
                      notes: notitie
                """.formatted(keyColumn);
    }

    @Test
    void aRowQuarantinedBecauseOfAMappingMistakeIsImportedOnceTheMappingIsFixed() {
        Path mapping = write(dir, "personen.yml", mapping("plaats"));
        Path file = write(dir, "personen.csv", "nr,naam,geboren,plaats,notitie\n"
                + "P1,Jan,1980-04-23,Delft,\nP2,Piet,23-04-1981,,\"zie dossier, map \"\"2\"\"\"\n");
        ImportReport report = importer(store).importFile(request(file).mapping(mapping).build(), file, ProgressListener.NONE);
        assertThat(report.problems()).containsExactly("personen.csv: line 3: row yields no entity: every key column is "
                + "empty ('plaats')");

        write(dir, "personen.yml", mapping("nr"));
        RetryReport retried = retry(store).retry(report.runId().orElseThrow());

        assertThat(retried.retried()).isEqualTo(1);
        assertThat(retried.resolved()).isEqualTo(1);
        assertThat(retried.stillFailing()).isEmpty();
        assertThat(store.values("test", "P2", "notes")).containsExactly("zie dossier, map \"2\"");
        assertThat(store.values("test", "P2", "birthDate")).containsExactly("1981-04-23");
        assertThat(store.quarantine(Optional.empty(), false)).isEmpty();
        assertThat(store.quarantine(Optional.empty(), true)).singleElement().extracting(QuarantinedRecord::resolved)
                .isEqualTo(true);
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("test", "P2")).get(0)
                .provenance().batchId()).isEqualTo(retried.retryRunId().orElseThrow() + "#1");
    }

    @Test
    @DisplayName("finding 10: gb quarantine retry brings a property in that the schema did not know at import")
    void aValueHeldBecauseItsPropertyWasUnknownComesInAfterTheModelLearnsIt() {
        Path file = write(dir, "pep.ftm.json", "{\"id\":\"Q1\",\"schema\":\"Person\",\"properties\":{"
                + "\"name\":[\"Fahd Hariri\"],\"wikidataLabel\":[\"Fahd\"]}}\n");
        ImportReport report = importer(store).importFile(request(file).build(), file, ProgressListener.NONE);
        assertThat(report.valuesQuarantined()).isEqualTo(1);
        assertThat(store.values("test", "Q1", "name")).containsExactly("Fahd Hariri");
        assertThat(store.values("test", "Q1", "wikidataLabel")).isEmpty();

        RetryReport unchanged = retry(store).retry(report.runId().orElseThrow());
        assertThat(unchanged.resolved()).isZero();
        assertThat(unchanged.stillFailing()).containsExactly("pep.ftm.json: line 1: record imported; wikidataLabel 'Fahd': "
                + "schema Person has no property 'wikidataLabel'");

        SchemaRegistry newer = SchemaRegistry.withExtensions("""
                {"properties": {"Person": {"wikidataLabel": {"label": "Wikidata label", "type": "string"}}}}""");
        RetryReport retried = new QuarantineRetry(store, newer, LegalRegimes.standard(),
                Clock.fixed(TestSupport.NOW.plusSeconds(60), ZoneOffset.UTC)).retry(report.runId().orElseThrow());

        assertThat(retried.resolved()).isEqualTo(1);
        assertThat(retried.stillFailing()).isEmpty();
        assertThat(store.values("test", "Q1", "wikidataLabel")).containsExactly("Fahd");
        assertThat(store.values("test", "Q1", "name")).containsExactly("Fahd Hariri");
        assertThat(store.quarantine(Optional.empty(), false)).isEmpty();
    }

    @Test
    @DisplayName("finding 11: a statement CSV row held for an unknown property comes in by retry, read with the run's header")
    void aStatementRowHeldForAnUnknownPropertyComesInAfterTheModelLearnsIt() {
        Path file = write(dir, "statements.csv", "entity_id,prop,schema,value,dataset,first_seen\n"
                + "Q1,name,Person,Fahd Hariri,wd_peps,2024-03-09T02:54:48\n"
                + "Q1,wikidataLabel,Person,Fahd,wd_peps,2024-03-09T02:54:48\n");
        ImportReport report = importer(store).importFile(request(file).build(), file, ProgressListener.NONE);
        assertThat(report.valuesQuarantined()).isEqualTo(1);

        SchemaRegistry newer = SchemaRegistry.withExtensions("""
                {"properties": {"Person": {"wikidataLabel": {"label": "Wikidata label", "type": "string"}}}}""");
        RetryReport retried = new QuarantineRetry(store, newer, LegalRegimes.standard(),
                Clock.fixed(TestSupport.NOW.plusSeconds(60), ZoneOffset.UTC)).retry(report.runId().orElseThrow());

        assertThat(retried.resolved()).isEqualTo(1);
        assertThat(store.values("wd_peps", "Q1", "wikidataLabel")).containsExactly("Fahd");
        assertThat(store.statementsOf(FakeStatementStore.IDS.id("wd_peps", "Q1")))
                .filteredOn(s -> s.property().equals("wikidataLabel")).singleElement()
                .satisfies(s -> assertThat(s.firstSeen()).isEqualTo(java.time.Instant.parse("2024-03-09T02:54:48Z")));
    }

    @Test
    void aRecordThatStillFailsStaysInQuarantineWithTodaysReason() {
        Path file = write(dir, "x.ftm.json", "{\"id\":\"p1\",\"schema\":\"Persn\",\"properties\":{}}\n");
        ImportReport report = importer(store).importFile(request(file).build(), file, ProgressListener.NONE);

        RetryReport retried = retry(store).retry(report.runId().orElseThrow());

        assertThat(retried.resolved()).isZero();
        assertThat(retried.retryRunId()).isEmpty();
        assertThat(retried.stillFailing()).containsExactly("x.ftm.json: line 1: unknown schema 'Persn'");
        assertThat(store.quarantine(Optional.empty(), false)).hasSize(1);
    }

    @Test
    void retryingAnUnknownRunIsAUserError() {
        assertThatThrownBy(() -> retry(store).retry("run-nope")).isInstanceOf(UserInputException.class)
                .hasMessage("no import run 'run-nope'");
    }
}
