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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineRetryTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    private static String mapping(String birthDateColumn) {
        return """
                entities:
                  persoon:
                    schema: Person
                    keys: [nr]
                    properties:
                      name: naam
                      birthDate: %s
                      notes: notitie
                """.formatted(birthDateColumn);
    }

    @Test
    void aRowQuarantinedBecauseOfAMappingMistakeIsImportedOnceTheMappingIsFixed() {
        Path mapping = write(dir, "personen.yml", mapping("plaats"));
        Path file = write(dir, "personen.csv", "nr,naam,geboren,plaats,notitie\n"
                + "P1,Jan,1980-04-23,,\nP2,Piet,23-04-1981,Delft,\"zie dossier, map \"\"2\"\"\"\n");
        ImportReport report = importer(store).importFile(request(file).mapping(mapping).build(), file, ProgressListener.NONE);
        assertThat(report.problems()).containsExactly("personen.csv: line 3: persoon.birthDate: date 'Delft' is not a "
                + "date; use 2024-03-09, 09-03-2024 or 9 maart 2024");

        write(dir, "personen.yml", mapping("geboren"));
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
