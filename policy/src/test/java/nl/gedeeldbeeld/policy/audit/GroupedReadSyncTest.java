package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupedReadSyncTest {
    @TempDir
    Path dir;

    @Test
    void onlyReadsAreLeftToTheBackgroundSyncWhenReadsAreGrouped() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(FsyncPolicy.READS_GROUPED.forcesOnAppend(action)).as(action.name()).isEqualTo(action != AuditAction.READ);
            assertThat(FsyncPolicy.EVERY_EVENT.forcesOnAppend(action)).isTrue();
            assertThat(FsyncPolicy.ON_FLUSH.forcesOnAppend(action)).isFalse();
        }
    }

    @Test
    void concurrentRequestsAppendingWhileTheBackgroundSyncRunsLeaveAnUnbrokenChain() throws Exception {
        Path file = dir.resolve("audit.log");
        int threads = 4;
        int perThread = 500;
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.READS_GROUPED, 100)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * perThread;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= perThread; i++) {
                        log.append(AuditFixtures.event(offset + i));
                        log.flush();
                        if (i % 97 == 0) {
                            Thread.sleep(FileAuditLog.READ_SYNC_INTERVAL.toMillis()); // let the background sync run in between
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(log.lastSequence()).isEqualTo((long) threads * perThread);
        }
        Verification v = AuditVerifier.verify(file);
        assertThat(v).isInstanceOf(Verification.Verified.class);
        assertThat(((Verification.Verified) v).count()).isEqualTo((long) threads * perThread);
    }

    @Test
    void aLogWrittenWithGroupedReadsReopensAndContinuesItsChain() {
        Path file = dir.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.READS_GROUPED, 1000)) {
            log.append(AuditFixtures.event(1));
        }
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.READS_GROUPED, 1000)) {
            assertThat(log.append(AuditFixtures.event(2)).sequence()).isEqualTo(2);
        }
        assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Verified.class);
    }
}
