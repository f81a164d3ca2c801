package nl.gedeeldbeeld.policy.audit;

import java.time.Instant;
import java.util.List;

final class AuditFixtures {
    private AuditFixtures() {
    }

    static AuditRecord read(int i, String actor, String purpose, String entity, String decision) {
        return new AuditRecord(Instant.parse("2025-06-02T10:00:00Z").plusSeconds(i), "trace-" + i, "span-" + i,
                "riec-casusbehandeling", actor, "RIEC_RR", purpose, "RIEC-convenant", AuditAction.READ,
                List.of(entity), decision, "AGREEMENT politie-riec-casus v1");
    }

    static AuditRecord event(int i) {
        return read(i, "riec-adviseur", "RIEC_CASUS", "e" + (i % 3), "ALLOW");
    }
}
