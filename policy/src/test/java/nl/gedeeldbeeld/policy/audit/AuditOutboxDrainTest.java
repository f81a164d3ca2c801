package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditOutboxDrainTest {
    @TempDir
    Path dir;

    /** An outbox in memory; {@code failRemovals} makes the next removals throw, as a kill before the delete would stop them. */
    static final class MemoryOutbox implements AuditOutbox {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        int failRemovals;

        Entry add(String id, long chainAfter, AuditRecord record) {
            Entry e = new Entry(id, chainAfter, record.withOutboxId(id));
            entries.put(id, e);
            return e;
        }

        @Override
        public List<Entry> pending() {
            return new ArrayList<>(entries.values());
        }

        @Override
        public void remove(Collection<String> ids) {
            if (failRemovals > 0) {
                failRemovals--;
                throw new IllegalStateException("killed before the delete");
            }
            ids.forEach(entries::remove);
        }
    }

    private static AuditRecord write(int i) {
        return new AuditRecord(AuditFixtures.event(i).time(), "trace-w" + i, "retention", "bewaartermijnbeheer",
                "privacy-officer", "POLITIE", "VERANTWOORDING", "AVG art. 5", AuditAction.ADMIN, List.of("e" + i),
                "HOLD_PLACED", "legal hold " + i);
    }

    private static long countOf(List<AuditEvent> events, String outboxId) {
        return events.stream().filter(e -> e.outboxId().equals(outboxId)).count();
    }

    @Test
    @DisplayName("leftover entries are chained in the order they were written, made durable and removed")
    void leftoverEntriesAreChainedInOrderAndRemoved() {
        Path file = dir.resolve("audit.jsonl");
        MemoryOutbox outbox = new MemoryOutbox();
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 1000)) {
            log.append(AuditFixtures.event(1));
            outbox.add("ob-1", 1, write(1));
            outbox.add("ob-2", 1, write(2));
            log.append(AuditFixtures.event(2));

            assertThat(AuditOutboxDrain.drain(outbox, log)).isEqualTo(2);

            List<AuditEvent> events = log.read(1, log.lastSequence());
            assertThat(events).extracting(AuditEvent::outboxId).containsExactly("", "", "ob-1", "ob-2");
            assertThat(events.get(2).record().withOutboxId("")).isEqualTo(write(1));
        }
        assertThat(outbox.pending()).isEmpty();
        assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("deliver 8: a drain interrupted after the append but before the delete does not append again")
    void aDrainInterruptedAfterTheAppendDoesNotDuplicate() {
        Path file = dir.resolve("audit.jsonl");
        MemoryOutbox outbox = new MemoryOutbox();
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 1000)) {
            log.append(AuditFixtures.event(1));
            outbox.add("ob-1", 1, write(1));
            outbox.add("ob-2", 1, write(2));
            outbox.failRemovals = 1;
            assertThatThrownBy(() -> AuditOutboxDrain.drain(outbox, log)).hasMessageContaining("killed");
        }
        assertThat(outbox.pending()).hasSize(2);
        outbox.add("ob-3", 3, write(3)); // written by a later run, after the interrupted drain's appends

        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 1000)) {
            assertThat(AuditOutboxDrain.drain(outbox, log)).as("only the entry not yet chained").isEqualTo(1);
            List<AuditEvent> events = log.read(1, log.lastSequence());
            assertThat(countOf(events, "ob-1")).isEqualTo(1);
            assertThat(countOf(events, "ob-2")).isEqualTo(1);
            assertThat(countOf(events, "ob-3")).isEqualTo(1);
            assertThat(events).hasSize(4);
        }
        assertThat(outbox.pending()).isEmpty();
        assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("a drain with a partly chained outbox appends only the rest, after what is there")
    void aPartlyChainedOutboxAppendsOnlyTheRest() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        MemoryOutbox outbox = new MemoryOutbox();
        AuditOutbox.Entry first = outbox.add("ob-1", 0, write(1));
        outbox.add("ob-2", 0, write(2));
        log.append(first.record()); // the kill came after the first append

        assertThat(AuditOutboxDrain.drain(outbox, log)).isEqualTo(1);

        assertThat(log.events()).extracting(AuditEvent::outboxId).containsExactly("ob-1", "ob-2");
        assertThat(AuditVerifier.verify(log.events())).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void theNormalPathChainsTheWritesOwnEntriesAndLeavesTheOutboxEmpty() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        MemoryOutbox outbox = new MemoryOutbox();
        AuditOutbox.Entry entry = outbox.add("ob-1", 0, write(1));

        AuditOutboxDrain.chain(outbox, log, List.of(entry));

        assertThat(outbox.pending()).isEmpty();
        assertThat(log.events()).singleElement().satisfies(e -> assertThat(e.outboxId()).isEqualTo("ob-1"));
        assertThat(AuditOutboxDrain.drain(outbox, log)).isZero();
    }

    @Test
    void anEventsOutboxIdIsPartOfItsHashAndOldLinesKeepTheirForm() throws Exception {
        AuditEvent plain = AuditEvent.chain(1, write(1), AuditEvent.GENESIS);
        AuditEvent viaOutbox = AuditEvent.chain(1, write(1).withOutboxId("ob-1"), AuditEvent.GENESIS);

        assertThat(AuditJson.line(plain)).doesNotContain("outbox");
        assertThat(viaOutbox.hash()).isNotEqualTo(plain.hash());
        assertThat(AuditJson.parse(AuditJson.line(viaOutbox))).isEqualTo(viaOutbox);
        assertThat(AuditJson.parseRecord(AuditJson.recordLine(write(2).withOutboxId("x")))).isEqualTo(write(2).withOutboxId("x"));

        Path file = dir.resolve("edited.jsonl");
        Files.writeString(file, AuditJson.line(viaOutbox).replace("ob-1", "ob-2") + "\n");
        assertThat(AuditVerifier.verify(file)).as("a changed outbox id breaks the hash")
                .isInstanceOf(Verification.Broken.class);
    }
}
