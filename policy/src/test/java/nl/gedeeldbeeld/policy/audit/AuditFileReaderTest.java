package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsWhileTheWriterHoldsTheLogAndLeavesOutALineStillBeingWritten() throws IOException {
        Path file = dir.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 100)) {
            for (int i = 1; i <= 4; i++) {
                log.append(AuditFixtures.event(i)); // objects e1, e2, e0, e1
            }
            AuditFileReader reader = new AuditFileReader(file);
            assertThat(reader.findByObjectId("e1")).extracting(AuditEvent::sequence).containsExactly(1L, 4L);

            // A writer caught mid-line: half an event without its newline.
            Files.writeString(file, "{\"seq\":5,\"time\":", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertThat(reader.findByObjectId("e1")).extracting(AuditEvent::sequence).containsExactly(1L, 4L);
            assertThat(reader.findByActorAndPurpose("riec-adviseur", "RIEC_CASUS")).hasSize(4);
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsNamedAndAMissingLogIsAUserError() throws IOException {
        Path file = dir.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 100)) {
            log.append(AuditFixtures.event(1));
        }
        Files.writeString(file, "not an event\n" + Files.readString(file), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new AuditFileReader(file).findByObjectId("e1"))
                .hasMessageContaining("damaged at line 1");
        assertThatThrownBy(() -> new AuditFileReader(dir.resolve("nope.log")).findByObjectId("e1"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("does not exist");
    }
}
