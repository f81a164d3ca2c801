package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gb ingest}'s summary line and exit status (issue 13, findings 10–12). */
class IngestCommandTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();

    private int ingest(Path file, String dataset) {
        return console.run("ingest", "--store", dir.resolve("data").toString(), "--dataset", dataset, "--partner",
                "OPENSANCTIONS", "--regime", "OPEN_SOURCE", file.toString());
    }

    @Test
    @DisplayName("finding 10: bad values are counted and listed, the records land, and the exit status is 0")
    void badValuesAloneAreReportedAndTheRunSucceeds() throws IOException {
        Path file = Files.writeString(dir.resolve("peps.ftm.json"), String.join("\n",
                "{\"id\":\"Q1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Amina Yusuf\"],\"birthDate\":[\"Unknown\"],"
                        + "\"wikidataLabel\":[\"Amina\"]}}",
                "{\"id\":\"Q2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Omar Haddad\"],\"birthDate\":[\"September 23\"]}}",
                ""));

        assertThat(ingest(file, "peps")).isZero();
        assertThat(console.out.toString()).isEqualTo("peps.ftm.json: 2 records, 0 refused, 6 new statements, 0 seen "
                + "again; values: 2 kept as text (not normalised), 1 in quarantine\n");
        assertThat(console.err.toString().lines().toList()).containsExactly(
                "peps.ftm.json: line 1: birthDate 'Unknown': date 'Unknown' is not a date; use 2024-03-09, 09-03-2024 or "
                        + "9 maart 2024; kept as text, not normalised",
                "peps.ftm.json: line 1: wikidataLabel 'Amina': schema Person has no property 'wikidataLabel'; value held "
                        + "in quarantine",
                "peps.ftm.json: line 2: birthDate 'September 23': date 'September 23' is not a date; use 2024-03-09, "
                        + "09-03-2024 or 9 maart 2024; kept as text, not normalised");

        console.out.getBuffer().setLength(0);
        assertThat(console.run("quarantine", "list", "--store", dir.resolve("data").toString())).isZero();
        assertThat(console.out.toString()).isEqualTo("peps: peps.ftm.json: line 1: record imported; wikidataLabel "
                + "'Amina': schema Person has no property 'wikidataLabel'\n1 quarantined record\n");
    }

    @Test
    @DisplayName("deliver 8: every batch gb ingest commits has its audit event, chained through the outbox, which is left empty")
    void everyCommittedBatchHasItsAuditEventAndTheOutboxIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("peps.ftm.json"), String.join("\n",
                "{\"id\":\"Q1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Amina Yusuf\"]}}",
                "{\"id\":\"Q2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Omar Haddad\"]}}",
                "{\"id\":\"Q3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Lina Haddad\"]}}",
                ""));
        assertThat(console.run("ingest", "--store", dir.resolve("data").toString(), "--dataset", "peps", "--partner",
                "OPENSANCTIONS", "--regime", "OPEN_SOURCE", "--batch-size", "1", file.toString())).isZero();

        Path log = dir.resolve("data/audit/audit.log");
        List<AuditEvent> batches;
        try (FileAuditLog audit = FileAuditLog.open(log, FsyncPolicy.ON_FLUSH, 1000)) {
            batches = audit.read(1, audit.lastSequence()).stream().filter(e -> e.decision().equals("BATCH_COMMITTED")).toList();
        }
        assertThat(batches).hasSize(3).allSatisfy(e -> {
            assertThat(e.outboxId()).isNotEmpty();
            assertThat(e.organisation()).isEqualTo("OPENSANCTIONS");
            assertThat(e.objectIds()).contains("peps");
        });
        try (var store = StoreFactory.openStore(StoreConfig.embedded(dir.resolve("data")))) {
            assertThat(store.auditOutbox().pending()).isEmpty();
        }
        assertThat(console.run("audit", "verify", "--log", log.toString())).isZero();
    }

    @Test
    @DisplayName("finding 11: a statement export is read as statements; an entity line without properties is refused, exit 1")
    void statementsAreCountedAndARefusedRecordMakesTheExitStatusOne() throws IOException {
        Path statements = Files.writeString(dir.resolve("export.ftm.json"), String.join("\n",
                "{\"id\":\"x1\",\"entity_id\":\"P1\",\"schema\":\"Person\",\"prop\":\"id\",\"value\":\"P1\",\"dataset\":\"politie-bvh\","
                        + "\"partner\":\"POLITIE\",\"legal_regime\":\"WPG_ART8\",\"reliability\":\"B2\"}",
                "{\"id\":\"x2\",\"entity_id\":\"P1\",\"schema\":\"Person\",\"prop\":\"name\",\"value\":\"Jan de Vries\","
                        + "\"dataset\":\"politie-bvh\",\"partner\":\"POLITIE\",\"legal_regime\":\"WPG_ART8\",\"reliability\":\"B2\"}",
                ""));
        assertThat(ingest(statements, "restore")).isZero();
        assertThat(console.out.toString()).startsWith("export.ftm.json: 2 records, 0 refused, 2 new statements");

        Path bare = Files.writeString(dir.resolve("bare.ftm.json"), "{\"id\":\"P9\",\"schema\":\"Person\"}\n");
        console.out.getBuffer().setLength(0);
        console.err.getBuffer().setLength(0);
        assertThat(ingest(bare, "bare")).isEqualTo(1);
        assertThat(console.out.toString()).startsWith("bare.ftm.json: 1 records, 1 refused, 0 new statements");
        assertThat(console.err.toString()).startsWith("bare.ftm.json: line 1: record has no 'properties'");
    }

    @Test
    @DisplayName("finding 12: a name too long to store is one report line, not a stack trace, and the run succeeds")
    void aValueTooLongToStoreIsOneLineAndNoStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("long.ftm.json"), "{\"id\":\"P1\",\"schema\":\"Person\",\"properties\":"
                + "{\"name\":[\"" + "A".repeat(200_000) + "\"],\"birthDate\":[\"1980-04-23\"]}}\n");

        assertThat(ingest(file, "long")).isZero();
        assertThat(console.err.toString().lines().toList()).singleElement().asString()
                .startsWith("long.ftm.json: line 1: name 'AAAA")
                .endsWith("value of 200000 characters is longer than the 100000 the store keeps; value held in quarantine");
        assertThat(console.out.toString()).contains("values: 0 kept as text (not normalised), 1 in quarantine");
    }
}
