package nl.gedeeldbeeld.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void theCanonicalFormHasAFixedFieldOrderAndTheHashComesLast() {
        AuditEvent e = AuditEvent.chain(1, new AuditRecord(Instant.parse("2025-06-02T10:00:00Z"), "t1", "s1", "opsporingsonderzoek",
                "rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", "Sv", AuditAction.READ, List.of("a", "b"),
                "ALLOW", "ü \"quoted\""), AuditEvent.GENESIS);
        assertThat(AuditJson.canonical(e)).isEqualTo("{\"seq\":1,\"time\":\"2025-06-02T10:00:00Z\",\"traceId\":\"t1\","
                + "\"spanId\":\"s1\",\"processingActivity\":\"opsporingsonderzoek\",\"actor\":\"rechercheur-fiod\","
                + "\"organisation\":\"FIOD\",\"purpose\":\"STRAFRECHTELIJK_ONDERZOEK\",\"legalBasis\":\"Sv\",\"action\":\"READ\","
                + "\"objectIds\":[\"a\",\"b\"],\"decision\":\"ALLOW\",\"detail\":\"ü \\\"quoted\\\"\",\"prev\":\"" + AuditEvent.GENESIS + "\"}");
        assertThat(AuditJson.line(e)).endsWith(",\"hash\":\"" + e.hash() + "\"}");
        assertThat(e.hash()).hasSize(64).isEqualTo(AuditJson.computeHash(e));
    }

    @Test
    void aStoredLineReadsBackAsTheSameEvent() {
        AuditEvent e = AuditEvent.chain(7, AuditFixtures.event(7), "ab".repeat(32));
        assertThat(AuditJson.parse(AuditJson.line(e))).isEqualTo(e);
        assertThat(AuditJson.parse(AuditJson.line(e)).record()).isEqualTo(AuditFixtures.event(7));
    }

    @Test
    void aLineWithMissingOrExtraFieldsIsNotAnEvent() {
        AuditEvent e = AuditEvent.chain(1, AuditFixtures.event(1), AuditEvent.GENESIS);
        String line = AuditJson.line(e);
        assertThatThrownBy(() -> AuditJson.parse(line.replace("\"spanId\":\"span-1\",", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are not the audit fields");
        assertThatThrownBy(() -> AuditJson.parse("{" + "\"x\":1," + line.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditJson.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
