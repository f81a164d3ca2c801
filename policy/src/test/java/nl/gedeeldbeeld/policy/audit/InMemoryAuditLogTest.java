package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest {

    @Test
    void anInMemoryChainVerifiesAndATamperedCopyDoesNot() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 1; i <= 5; i++) {
            log.append(AuditFixtures.event(i));
        }
        assertThat(AuditVerifier.verify(log.events())).isEqualTo(new Verification.Verified(5, log.lastHash()));
        assertThat(log.read(2, 3)).extracting(AuditEvent::sequence).containsExactly(2L, 3L);

        List<AuditEvent> tampered = new ArrayList<>(log.events());
        AuditEvent third = tampered.get(2);
        tampered.set(2, new AuditEvent(3, third.time(), third.traceId(), third.spanId(), third.processingActivity(),
                third.actor(), third.organisation(), "BIBOB_TOETS", third.legalBasis(), third.action(), third.objectIds(),
                third.decision(), third.detail(), third.previousHash(), third.hash()));
        assertThat(AuditVerifier.verify(tampered)).isEqualTo(new Verification.Broken(3,
                "content does not match its hash: the event was changed"));
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(AuditVerifier.verify(List.of())).isEqualTo(new Verification.Verified(0, AuditEvent.GENESIS));
    }
}
