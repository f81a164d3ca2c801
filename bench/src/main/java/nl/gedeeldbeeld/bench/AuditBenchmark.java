package nl.gedeeldbeeld.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;

/**
 * Audit write throughput of the hash-chained file log: events/s for a request-shaped record (20 entity
 * ids, a detail line of the size reads produce): read events forced in the background (READS_GROUPED, the
 * application's default), with an fsync per request of {@code --per-request} events (ON_FLUSH) and with an
 * fsync per event (EVERY_EVENT, what a write or export costs); then the time to verify the whole chain. The log lives in a temporary directory on the same disk as the data.
 *
 * <pre>bench/run audit [--events 200000] [--per-request 1] [--dir DIR]</pre>
 */
public final class AuditBenchmark {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        int events = Integer.parseInt(args.get("events", "200000"));
        int perRequest = Integer.parseInt(args.get("per-request", "1"));
        Path dir = args.get("dir").map(Path::of).orElse(null);
        Path base = dir == null ? Files.createTempDirectory("gb-bench-audit") : Files.createDirectories(dir);
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add("politie-bvh.a7c0e1f9b2d34c5d6e7f8091a2b3c4d5e6f708" + String.format(Locale.ROOT, "%02d", i));
            }
            String detail = "search q#3f9a0c1b2d4e5f60 total=87 offset=0; ALLOW AGREEMENT politie-opsporing v1 x143;"
                    + " ALLOW OWN_DATA x61; REDACT politie-riec-casus-gemeente v1 [Person:birthDate, Person:phone]";
            run("READS_GROUPED", base.resolve("grouped.log"), FsyncPolicy.READS_GROUPED, events, perRequest, ids, detail);
            run("ON_FLUSH", base.resolve("flush.log"), FsyncPolicy.ON_FLUSH, events, perRequest, ids, detail);
            run("EVERY_EVENT", base.resolve("every.log"), FsyncPolicy.EVERY_EVENT, Math.max(1, events / 10), 1, ids, detail);
        } finally {
            if (dir == null) {
                TempDirs.delete(base);
            }
        }
    }

    private static void run(String label, Path file, FsyncPolicy fsync, int events, int perRequest, List<String> ids,
                            String detail) {
        long started = System.nanoTime();
        try (FileAuditLog log = FileAuditLog.open(file, fsync, 1000)) {
            for (int i = 0; i < events; i++) {
                log.append(new AuditRecord(Instant.now(), "4bf92f3577b34da6a3ce929d0e0e4736", "search",
                        "fenomeenanalyse", "analist-politie", "POLITIE", "THEMATISCHE_ANALYSE",
                        "Wpg art. 10; RIEC-convenant (ondermijningsbeeld)", AuditAction.READ, ids, "REDACT", detail));
                if ((i + 1) % perRequest == 0) {
                    log.flush();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = file.toFile().length();
        long verifyStarted = System.nanoTime();
        var verification = AuditVerifier.verify(file);
        double verifySeconds = (System.nanoTime() - verifyStarted) / 1e9;
        System.out.printf(Locale.ROOT, "%s events=%d events_per_fsync=%d seconds=%.2f events_per_s=%.0f bytes_per_event=%d"
                        + " verify_s=%.2f verify_events_per_s=%.0f verified=%s%n", label, events, perRequest, seconds,
                events / seconds, bytes / events, verifySeconds, events / verifySeconds, verification.ok());
    }
}
