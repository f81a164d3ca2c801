package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditJson;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbCommandLineTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;
    private final StringWriter err = console.err;

    private int gb(String... args) {
        return console.run(args);
    }

    @Test
    void regimesListsTheCodesIngestAccepts() {
        assertThat(gb("regimes")).isZero();
        assertThat(out.toString()).contains("WPG_ART8", "AWR_ART67", "WWFT", "AVG_BIBOB");
    }

    @Test
    void anUnknownRegimeIsOneClearLineAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("x.ftm.json"), "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan\"]}}\n");
        int code = gb("ingest", "--store", dir.resolve("data").toString(), "--dataset", "test", "--partner", "POLITIE",
                "--regime", "WPG99", file.toString());
        assertThat(code).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("gb: unknown legal regime 'WPG99'; known regimes: ");
    }

    @Test
    void ingestWithoutProvenanceIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("x.ftm.json"), "{}\n");
        assertThat(gb("ingest", "--store", dir.resolve("data").toString(), file.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).isEqualTo("gb: give --dataset, --partner and --regime: every statement carries its provenance\n");
    }

    @Test
    void ingestReportsEachBadRecordOnItsOwnLineAndImportsTheRest() throws IOException {
        Path file = Files.writeString(dir.resolve("rekeningen.ftm.json"), String.join("\n",
                "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164300\"]}}",
                "{\"id\":\"a2\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164301\"]}}",
                "{\"id\":\"p1\",\"schema\":\"Persn\",\"properties\":{\"name\":[\"Jan\"]}}", ""));
        String store = dir.resolve("data").toString();
        int code = gb("ingest", "--store", store, "--dataset", "fiod", "--partner", "FIOD", "--regime", "WPG_ART8", file.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "rekeningen.ftm.json: line 2: iban 'NL91ABNA0417164301': IBAN 'NL91ABNA0417164301' fails its checksum "
                        + "(mod 97); check for a typing error; kept as text, not normalised",
                "rekeningen.ftm.json: line 3: unknown schema 'Persn'");
        out.getBuffer().setLength(0);
        assertThat(gb("search", "--store", store, "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                "NL91 ABNA 0417 1643 00")).isZero();
        assertThat(out.toString()).startsWith("1 hit");
        out.getBuffer().setLength(0);
        // FIOD data reaches the police only after a confirmed hit: the same search finds nothing for them.
        assertThat(gb("search", "--store", store, "--as", "rechercheur-politie", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                "NL91 ABNA 0417 1643 00")).isZero();
        assertThat(out.toString()).startsWith("0 hits");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 2: gb lookup finds the supplier's own record by its source id, and nobody else's")
    void lookupFindsOnlyTheSuppliersOwnRecordBySourceId() throws IOException {
        Path file = Files.writeString(dir.resolve("rekeningen.ftm.json"),
                "{\"id\":\"NL91ABNA0417164300\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164300\"]}}\n");
        String store = dir.resolve("data").toString();
        assertThat(gb("ingest", "--store", store, "--dataset", "fiod", "--partner", "FIOD", "--regime", "WPG_ART8",
                file.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(gb("lookup", "--store", store, "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                "--dataset", "fiod", "NL91ABNA0417164300")).isZero();
        assertThat(out.toString()).startsWith("gb-").contains("BankAccount").doesNotContain("NL91ABNA0417164300.");
        assertThat(gb("lookup", "--store", store, "--as", "rechercheur-politie", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                "--dataset", "fiod", "NL91ABNA0417164300")).isEqualTo(3);
        assertThat(err.toString()).contains("no record with that source id in dataset fiod that you may see");
    }

    @Test
    void anImportIsAuditedBeforeItStartsAndWhenEachFileEndsAndTheLogVerifies() throws IOException {
        Path file = Files.writeString(dir.resolve("p.ftm.json"), String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan de Vries\"]}}",
                "{\"id\":\"p2\",\"schema\":\"Persn\",\"properties\":{\"name\":[\"Piet\"]}}", ""));
        String store = dir.resolve("data").toString();
        gb("ingest", "--store", store, "--dataset", "politie", "--partner", "POLITIE", "--regime", "WPG_ART8", file.toString());

        Path log = dir.resolve("data/audit/audit.log");
        assertThat(AuditVerifier.verify(log).ok()).isTrue();
        List<AuditEvent> events = readAll(log);
        assertThat(events).extracting(AuditEvent::action).containsOnly(AuditAction.WRITE);
        // The batch's own event (deliver 8) commits with the batch and is chained between the two.
        assertThat(events).extracting(AuditEvent::decision).containsExactly("STARTED", "BATCH_COMMITTED", "IMPORTED");
        assertThat(events.get(1).outboxId()).isNotEmpty();
        assertThat(events.get(1).legalBasis()).contains("WPG_ART8");
        AuditEvent done = events.get(2);
        assertThat(done.organisation()).isEqualTo("POLITIE");
        assertThat(done.processingActivity()).isEqualTo("gegevensaanlevering");
        assertThat(done.legalBasis()).contains("WPG_ART8");
        assertThat(done.objectIds()).first().isEqualTo("politie");
        assertThat(done.detail()).contains("p.ftm.json", "1 refused");
        assertThat(done.actor()).startsWith("cli:");
    }

    @Test
    void thePrivacyOfficerAsksTheLogWhileItsWriterHoldsItAndHearsOnlyOfTheirOwnOrganisation() throws IOException {
        Path log = dir.resolve("audit/audit.log");
        try (var audit = nl.gedeeldbeeld.policy.audit.FileAuditLog.open(log,
                nl.gedeeldbeeld.policy.audit.FsyncPolicy.EVERY_EVENT, 100)) {
            audit.append(read("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE", "e1"));
            audit.append(read("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE", "e1"));
            audit.append(read("rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", "e1"));
            audit.append(read("analist-politie", "POLITIE", "THEMATISCHE_ANALYSE", "e2"));

            assertThat(gb("audit", "lookups", "--as", "privacy-officer", "--entity", "e1", "--log", log.toString())).isZero();
            assertThat(out.toString()).contains("1 viewer of e1 in POLITIE", "analist-politie", "seen 2")
                    .doesNotContain("rechercheur-fiod");
            out.getBuffer().setLength(0);

            assertThat(gb("audit", "reads", "--as", "privacy-officer", "--user", "analist-politie",
                    "--purpose", "THEMATISCHE_ANALYSE", "--log", log.toString())).isZero();
            assertThat(out.toString()).contains("3 entity reads by analist-politie", " e1 ", " e2 ");

            assertThat(gb("audit", "reads", "--as", "privacy-officer", "--user", "rechercheur-fiod",
                    "--purpose", "STRAFRECHTELIJK_ONDERZOEK", "--log", log.toString())).isEqualTo(Gb.USER_ERROR);
            assertThat(err.toString()).contains("not of POLITIE");
            assertThat(gb("audit", "lookups", "--as", "analist-politie", "--entity", "e1", "--log", log.toString()))
                    .isEqualTo(Gb.USER_ERROR);
        }
    }

    private static AuditRecord read(String actor, String org, String purpose, String entity) {
        return new AuditRecord(Instant.parse("2026-11-23T10:00:00Z"), "trace-" + actor, "entity-profile", "p", actor,
                org, purpose, "basis", AuditAction.READ, List.of(entity), "ALLOW", "profile");
    }

    private static List<AuditEvent> readAll(Path log) throws IOException {
        return Files.readAllLines(log).stream().map(AuditJson::parse).toList();
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("p.ftm.json"), "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jan de Vries\"]}}\n");
        String store = dir.resolve("data").toString();
        String[] args = {"ingest", "--store", store, "--dataset", "politie", "--partner", "POLITIE", "--regime", "WPG_ART8", file.toString()};
        assertThat(gb(args)).isZero();
        out.getBuffer().setLength(0);
        assertThat(gb(args)).isZero();
        assertThat(out.toString()).contains("already imported");
    }

    @Test
    void generateWritesAWorldWithAManifestAndGroundTruth() {
        Path world = dir.resolve("world");
        assertThat(gb("generate", "--seed", "3", "--size", "small", "--out", world.toString())).isZero();
        assertThat(world.resolve("manifest.json")).isRegularFile();
        assertThat(world.resolve("ground-truth/identities.csv")).isRegularFile();
        assertThat(gb("generate", "--size", "huge", "--out", world.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("gb: size 'huge' must be small, medium or large");
    }

    @Test
    void theDemoLoadsEveryPartnerFileOfItsWorldAndASecondRunChangesNothing() {
        String[] demo = {"demo", "--no-serve", "--store", dir.resolve("data").toString(), "--world", dir.resolve("world").toString()};
        assertThat(gb(demo)).isZero();
        assertThat(out.toString()).contains("personen.csv", "fiod.ftm.json", "ongebruikelijke_transacties.csv",
                "bibob_inschrijvingen.tsv", "toegangspassen.csv", "containers.csv").containsPattern("store: [0-9,]+ statements");
        String firstCount = out.toString().lines().filter(l -> l.startsWith("store:")).findFirst().orElseThrow();
        out.getBuffer().setLength(0);
        assertThat(gb(demo)).isZero();
        assertThat(out.toString()).contains("already imported").contains(firstCount);
    }

    @Test
    void theDemoResolvesOnceAndAnExportHoldsOnlyWhatTheNamedUserMaySee() throws IOException {
        String store = dir.resolve("data").toString();
        assertThat(gb("demo", "--no-serve", "--store", store, "--world", dir.resolve("world").toString())).isZero();
        assertThat(out.toString()).containsPattern("resolution: [0-9]+ persons, .* [1-9][0-9]* judgements recorded");
        assertThat(gb("resolve", "--store", store, "--export", dir.resolve("pairs.csv").toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("gb: --export needs --as USER and --purpose PURPOSE");
        out.getBuffer().setLength(0);

        assertThat(gb("resolve", "--store", store)).isZero();
        assertThat(out.toString()).containsPattern("resolved in [0-9.]+ s: [0-9]+ persons, [0-9]+ candidate pairs")
                .contains(" 0 judgements recorded");
        assertThat(err.toString()).contains("comparing");
        out.getBuffer().setLength(0);
        assertThat(gb("resolve", "--store", store, "--quiet", "--export", dir.resolve("pairs.csv").toString(),
                "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE")).isZero();
        assertThat(out.toString()).containsPattern("wrote [1-9][0-9]* pairs");
        List<String> rows = Files.readAllLines(dir.resolve("pairs.csv"));
        assertThat(rows.get(0)).isEqualTo("left_id,right_id,score,verdict,left_dataset,right_dataset");
        assertThat(rows.subList(1, rows.size())).allMatch(r -> r.endsWith("politie-bvh,politie-bvh"));
        // The police's own records: their source ids, read from the id statements (the ids themselves are opaque).
        assertThat(rows.subList(1, rows.size())).allMatch(r -> !r.startsWith("gb-") && !r.contains(",gb-"));

        assertThat(gb("resolve", "judge", "--store", store, "--as", "analist-politie", "--purpose", "THEMATISCHE_ANALYSE",
                "x", "y", "PERHAPS")).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("verdict must be MATCH, NO_MATCH or UNSURE");
    }

    @Test
    void policyShowListsTheDemoAgreements() {
        assertThat(gb("policy", "show", "--on", "2026-01-01")).isZero();
        assertThat(out.toString()).contains("POLITIE", "FIU", "RIEC_CASUS");
    }

    @Test
    void auditVerifyNamesAMissingLogAndFailsWithoutAStackTrace() {
        assertThat(gb("audit", "verify", "--log", dir.resolve("nope.log").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.log").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void auditVerifyProvesAnIntactLogAndNamesTheFirstRowThatWasChanged() throws java.io.IOException {
        Path log = dir.resolve("audit/audit.log");
        try (var audit = nl.gedeeldbeeld.policy.audit.FileAuditLog.open(log,
                nl.gedeeldbeeld.policy.audit.FsyncPolicy.EVERY_EVENT, 2)) {
            for (int i = 0; i < 5; i++) {
                audit.append(new nl.gedeeldbeeld.policy.audit.AuditRecord(java.time.Instant.parse("2026-11-23T10:00:00Z"),
                        "trace" + i, "read", "fenomeenanalyse", "analist-politie", "POLITIE", "THEMATISCHE_ANALYSE",
                        "Wpg art. 10", nl.gedeeldbeeld.policy.audit.AuditAction.READ, java.util.List.of("e" + i), "ALLOW", "profile"));
            }
        }
        assertThat(gb("audit", "verify", "--log", log.toString())).isZero();
        java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(log));
        lines.set(2, lines.get(2).replace("analist-politie", "iemand-anders"));
        java.nio.file.Files.write(log, lines);
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(gb("audit", "verify", "--log", log.toString())).isEqualTo(1);
        assertThat(out.toString() + err.toString()).contains("3").doesNotContain("Exception");
    }
}
