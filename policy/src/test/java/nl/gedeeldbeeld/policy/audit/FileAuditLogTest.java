package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeTenEvents() {
        file = dir.resolve("audit.jsonl");
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4)) {
            for (int i = 1; i <= 10; i++) {
                log.append(AuditFixtures.event(i));
            }
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Verification.Broken broken() {
        Verification v = AuditVerifier.verify(file);
        assertThat(v).isInstanceOf(Verification.Broken.class);
        return (Verification.Broken) v;
    }

    @Test
    void anUntouchedLogVerifiesWithItsCountAndLastHash() throws IOException {
        Verification v = AuditVerifier.verify(file);
        String lastHash = AuditJson.parse(lines().get(9)).hash();
        assertThat(v).isEqualTo(new Verification.Verified(10, lastHash));
        assertThat(v.describe()).isEqualTo("audit chain verified: 10 events, last hash " + lastHash);
        assertThat(AuditAnchor.read(AuditAnchor.besides(file))).get()
                .satisfies(a -> assertThat(a.sequence()).isEqualTo(10))
                .satisfies(a -> assertThat(a.closed()).isTrue());
    }

    @Test
    void changingAFieldIsDetectedAtThatRow() throws IOException {
        List<String> lines = lines();
        lines.set(5, lines.get(5).replace("\"decision\":\"ALLOW\"", "\"decision\":\"DENY\""));
        write(lines);
        assertThat(broken()).isEqualTo(new Verification.Broken(6, "content does not match its hash: the event was changed"));
    }

    @Test
    void changingAFieldAndItsHashIsDetectedAtTheNextRow() throws IOException {
        List<String> lines = lines();
        AuditEvent original = AuditJson.parse(lines.get(3));
        AuditEvent forged = AuditEvent.chain(4, new AuditRecord(original.time(), original.traceId(), original.spanId(),
                original.processingActivity(), "iemand-anders", original.organisation(), original.purpose(),
                original.legalBasis(), original.action(), original.objectIds(), original.decision(), original.detail()),
                original.previousHash());
        lines.set(3, AuditJson.line(forged));
        write(lines);
        assertThat(broken().position()).isEqualTo(5);
        assertThat(broken().reason()).startsWith("does not link to the event before it");
    }

    @Test
    void deletingARowIsDetectedAtItsPosition() throws IOException {
        List<String> lines = lines();
        lines.remove(2);
        write(lines);
        assertThat(broken()).isEqualTo(new Verification.Broken(3,
                "holds sequence 4 where 3 belongs: an event was deleted, inserted or moved here"));
    }

    @Test
    void reorderingTwoRowsIsDetectedAtTheFirstOfThem() throws IOException {
        List<String> lines = lines();
        Collections.swap(lines, 6, 7);
        write(lines);
        assertThat(broken().position()).isEqualTo(7);
        assertThat(broken().reason()).startsWith("holds sequence 8 where 7 belongs");
    }

    @Test
    void truncatingTheTailIsCaughtByTheAnchor() throws IOException {
        write(lines().subList(0, 8));
        Verification.Broken b = broken();
        assertThat(b.position()).isEqualTo(9);
        assertThat(b.reason()).startsWith("the log ends at event 8 but the anchor of ").endsWith("records event 10: the tail was cut off");
        assertThat(AuditVerifier.verify(file, Optional.empty())).isInstanceOf(Verification.Verified.class);
        assertThatThrownBy(() -> FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4))
                .isInstanceOf(UserInputException.class).hasMessageContaining("ends at event 8 but its anchor records 10");
    }

    @Test
    void emptyingTheWholeLogIsCaughtByTheAnchor() throws IOException {
        write(List.of());
        assertThat(broken().position()).isEqualTo(1);
    }

    @Test
    void aForgedRowWithABadLinkIsDetectedWhereItWasAppended() throws IOException {
        List<String> lines = lines();
        lines.add(AuditJson.line(AuditEvent.chain(11, AuditFixtures.event(11), AuditEvent.GENESIS)));
        write(lines);
        assertThat(broken().position()).isEqualTo(11);
        assertThat(broken().reason()).startsWith("does not link to the event before it");
    }

    @Test
    void aCorrectlyChainedForgedRowAfterTheLogWasClosedIsCaughtByTheAnchor() throws IOException {
        List<String> lines = lines();
        String lastHash = AuditJson.parse(lines.get(9)).hash();
        lines.add(AuditJson.line(AuditEvent.chain(11, AuditFixtures.event(11), lastHash)));
        write(lines);
        assertThat(broken()).isEqualTo(new Verification.Broken(11,
                "the log was closed at event 10 but continues: events were added behind the writer's back"));
        assertThat(AuditVerifier.verify(file, Optional.empty())).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void aChainRewrittenFromSomeRowOnIsCaughtByTheAnchor() throws IOException {
        List<String> lines = lines();
        List<String> rewritten = new ArrayList<>(lines.subList(0, 4));
        String previous = AuditJson.parse(lines.get(3)).hash();
        for (int i = 5; i <= 10; i++) {
            AuditEvent e = AuditEvent.chain(i, AuditFixtures.read(i, "iemand-anders", "RIEC_CASUS", "e1", "ALLOW"), previous);
            rewritten.add(AuditJson.line(e));
            previous = e.hash();
        }
        write(rewritten);
        assertThat(broken()).isEqualTo(new Verification.Broken(10, "hash differs from the anchor: the chain was rewritten up to here"));
    }

    @Test
    void aTornLastLineIsReportedAndRefusedForWriting() throws IOException {
        String content = Files.readString(file);
        Files.writeString(file, content.substring(0, content.length() - 20));
        Verification.Broken b = broken();
        assertThat(b.position()).isEqualTo(10);
        assertThat(b.reason()).isEqualTo("the last line is incomplete (a torn or cut write)");
        assertThatThrownBy(() -> FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4))
                .isInstanceOf(UserInputException.class).hasMessageContaining("ends in an incomplete line");
    }

    @Test
    void aLineThatIsNotAnEventIsNamed() throws IOException {
        List<String> lines = lines();
        lines.add(4, "");
        write(lines);
        assertThat(broken()).isEqualTo(new Verification.Broken(5, "not a valid audit event: not a JSON object"));
    }

    @Test
    void reopeningTheLogContinuesTheChain() throws IOException {
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.EVERY_EVENT, 100)) {
            assertThat(log.lastSequence()).isEqualTo(10);
            AuditEvent next = log.append(AuditFixtures.event(11));
            assertThat(next.sequence()).isEqualTo(11);
            assertThat(next.previousHash()).isEqualTo(AuditJson.parse(lines().get(9)).hash());
            // While open, events after the last anchor are the writer's own and verify.
            assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Verified.class);
        }
        assertThat(AuditVerifier.verify(file)).isEqualTo(new Verification.Verified(11, AuditJson.parse(lines().get(10)).hash()));
    }

    @Test
    void anAnchorIsWrittenEveryNEvents() {
        Path other = dir.resolve("other.jsonl");
        FileAuditLog log = FileAuditLog.open(other, FsyncPolicy.ON_FLUSH, 3);
        for (int i = 1; i <= 7; i++) {
            log.append(AuditFixtures.event(i));
        }
        assertThat(AuditAnchor.read(AuditAnchor.besides(other))).get().satisfies(a -> {
            assertThat(a.sequence()).isEqualTo(6);
            assertThat(a.closed()).isFalse();
        });
        log.close();
        assertThat(AuditAnchor.read(AuditAnchor.besides(other)).orElseThrow().sequence()).isEqualTo(7);
    }

    @Test
    void aSecondWriterIsRefused() {
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4)) {
            assertThatThrownBy(() -> FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("is in use by another writer");
            assertThat(log.lastSequence()).isEqualTo(10);
        }
    }

    @Test
    void rangesAndQueriesReadTheFile() {
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 4)) {
            assertThat(log.read(3, 5)).extracting(AuditEvent::sequence).containsExactly(3L, 4L, 5L);
            assertThat(log.findByObjectId("e0")).extracting(AuditEvent::sequence).containsExactly(3L, 6L, 9L);
            assertThat(log.findByActorAndPurpose("riec-adviseur", "RIEC_CASUS")).hasSize(10);
            assertThat(log.findByActorAndPurpose("riec-adviseur", "BIBOB_TOETS")).isEmpty();
        }
    }
}
