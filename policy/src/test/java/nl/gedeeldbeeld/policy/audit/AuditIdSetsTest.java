package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.policy.Purpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 14 (a 512 KB audit line per view) and finding 17 (audit gaps), on the audit log itself. */
class AuditIdSetsTest {
    private static final Instant AT = Instant.parse("2025-06-02T10:00:00Z");

    @TempDir
    Path dir;

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("fiod-" + i + ".0123456789abcdef0123456789abcdef01234567");
        }
        return ids;
    }

    private static AuditRecord view(String reference, int count) {
        return new AuditRecord(AT, "trace-view", "network-view", "opsporing", "rechercheur-fiod", "FIOD",
                "STRAFRECHTELIJK_ONDERZOEK", "Wpg art. 8", AuditAction.READ, List.of(reference), "ALLOW",
                "network-view n=" + count + "; ids=" + count);
    }

    @Test
    @DisplayName("finding 14: a view of 10,000 ids is one short event; who looked at an id still finds it, and verify passes")
    void finding14ALargeViewIsOneShortEventThatStillAnswersWhoLooked() {
        Path file = dir.resolve("audit.log");
        List<String> ids = ids(10_000);
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 100)) {
            String reference = log.storeIdSet(ids);
            assertThat(AuditIdSets.isReference(reference)).isTrue();
            List<String> reversed = new ArrayList<>(ids);
            java.util.Collections.reverse(reversed);
            assertThat(log.storeIdSet(reversed)).as("content-addressed").isEqualTo(reference);
            AuditEvent event = log.append(view(reference, ids.size()));
            assertThat(AuditJson.line(event).length()).isLessThan(1_000);
            assertThat(log.findByObjectId(ids.get(4_321))).containsExactly(event);
            assertThat(new AuditFileReader(file).findByObjectId(ids.get(9_999))).containsExactly(event);
            assertThat(new AuditFileReader(file).findByObjectId("fiod-nope")).isEmpty();
            assertThat(log.idSet(reference)).contains(AuditIdSets.canonical(ids));
        }
        assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void verifyNamesTheEventWhoseIdSetWasChangedOrRemoved() throws IOException {
        Path file = dir.resolve("audit.log");
        String reference;
        try (FileAuditLog log = FileAuditLog.open(file, FsyncPolicy.ON_FLUSH, 100)) {
            log.append(AuditFixtures.event(1));
            reference = log.storeIdSet(ids(200));
            log.append(view(reference, 200));
        }
        Path side = AuditIdSets.directoryOf(file).resolve(reference.substring(AuditIdSets.PREFIX.length()) + ".ids");
        String original = Files.readString(side);
        Files.writeString(side, original.replace("fiod-7.", "fiod-8."));
        assertThat(AuditVerifier.verify(file)).isEqualTo(new Verification.Broken(2,
                "names id set " + reference + " but its file no longer matches the digest: it was changed"));
        Files.delete(side);
        assertThat(AuditVerifier.verify(file)).isInstanceOf(Verification.Broken.class)
                .satisfies(v -> assertThat(((Verification.Broken) v).position()).isEqualTo(2));
    }

    @Test
    @DisplayName("finding 17: what a user saw includes zero-hit searches, access-widening writes and refusals, not alerts")
    void finding17WhatAUserSawIncludesZeroHitSearchesWritesAndRefusals() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        String actor = "rechercheur-politie";
        String purpose = "STRAFRECHTELIJK_ONDERZOEK";
        log.append(record(actor, purpose, "search", AuditAction.READ, List.of(), "NONE", "search q#ab12 total=0 offset=0"));
        log.append(record(actor, purpose, "sharing-registers", AuditAction.ADMIN, List.of("p1"), "CASE_ENTITY_ADDED", "added"));
        log.append(record(actor, purpose, "resolution-judgement", AuditAction.WRITE, List.of("p1", "p2"), "NO_MATCH", "judged"));
        log.append(record(actor, purpose, "protection-watch", AuditAction.ALERT, List.of("p9"), "ALERT", "protected"));
        log.append(record(actor, purpose, "entity", AuditAction.DECIDE, List.of("p1"), "ALLOW", "a statement decision"));
        log.append(AccessAuditFixture.refused(actor, purpose));
        List<AuditQueries.Seen> seen = new AuditQueries(log).whatDidUserSee(actor, purpose);
        assertThat(seen).extracting(AuditQueries.Seen::objectId, AuditQueries.Seen::activity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "search"),
                org.assertj.core.groups.Tuple.tuple("p1", "sharing-registers"),
                org.assertj.core.groups.Tuple.tuple("p1", "resolution-judgement"),
                org.assertj.core.groups.Tuple.tuple("p2", "resolution-judgement"),
                org.assertj.core.groups.Tuple.tuple("", AuditQueries.REFUSED));
        assertThat(seen.get(0).detail()).contains("total=0");
    }

    private static AuditRecord record(String actor, String purpose, String span, AuditAction action, List<String> ids,
                                      String decision, String detail) {
        return new AuditRecord(AT, "trace", span, "opsporing", actor, "POLITIE", purpose, "Wpg art. 8", action, ids,
                decision, detail);
    }

    /** The refusal record as the access layer writes it. */
    private static final class AccessAuditFixture {
        static AuditRecord refused(String actor, String purpose) {
            return nl.gedeeldbeeld.policy.decision.AccessAudit.refused("trace-refused", actor, "POLITIE", purpose,
                    Optional.of(new Purpose(purpose, "Opsporing", "Wpg art. 8", "opsporing")), "GET /api/v1/x: refused", AT);
        }
    }
}
