package nl.gedeeldbeeld.policy.audit;

import static nl.gedeeldbeeld.policy.Fixtures.JUNE_2025;
import static nl.gedeeldbeeld.policy.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.Fixtures;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditQueriesTest {

    @Test
    void aPrivacyOfficerSeesWhoLookedAtAnEntityAndWhatAUserSawUnderAPurpose(@TempDir Path dir) {
        InMemoryRegisters registers = new InMemoryRegisters().addToJointCase("p1", "RIEC_RR");
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(Fixtures.demo(), registers, registers, registers);
        AccessContext riec = pdp.open("riec-adviseur", "RIEC_RR", "RIEC_CASUS", "trace-riec", JUNE_2025);
        AccessContext fiod = pdp.open("rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", "trace-fiod", JUNE_2025);
        Statement p1 = statement("POLITIE", "WPG_ART8", "p1", "Person", "name", "Jan");
        Statement p2 = statement("POLITIE", "WPG_ART8", "p2", "Person", "name", "Piet");

        try (FileAuditLog log = FileAuditLog.open(dir.resolve("audit.jsonl"), FsyncPolicy.ON_FLUSH, 100)) {
            Instant t = JUNE_2025;
            for (AccessContext ctx : List.of(riec, fiod, riec)) {
                for (Statement s : List.of(p1, p2)) {
                    Decision d = pdp.decide(ctx, s);
                    log.append(AccessAudit.decided(ctx, "entity", s, d, t));
                    log.append(AccessAudit.read(ctx, "entity", List.of(s.entityId()), d.outcome(), d.rule().name(), t));
                    t = t.plusSeconds(60);
                }
            }
            log.flush();
            AuditQueries queries = new AuditQueries(log);

            assertThat(queries.whoLookedAt("p1")).containsExactly(
                    new AuditQueries.Look("riec-adviseur", "RIEC_RR", "RIEC_CASUS", 2, 0, JUNE_2025, JUNE_2025.plusSeconds(240)),
                    new AuditQueries.Look("rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", 1, 0,
                            JUNE_2025.plusSeconds(120), JUNE_2025.plusSeconds(120)));
            assertThat(queries.whoLookedAt("p2")).extracting(AuditQueries.Look::actor, AuditQueries.Look::seen,
                    AuditQueries.Look::denied).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("riec-adviseur", 0L, 2L),
                    org.assertj.core.groups.Tuple.tuple("rechercheur-fiod", 1L, 0L));

            assertThat(queries.whatDidUserSee("riec-adviseur", "RIEC_CASUS"))
                    .extracting(AuditQueries.Seen::objectId, AuditQueries.Seen::decision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "ALLOW"),
                            org.assertj.core.groups.Tuple.tuple("p2", "DENY"),
                            org.assertj.core.groups.Tuple.tuple("p1", "ALLOW"),
                            org.assertj.core.groups.Tuple.tuple("p2", "DENY"));
            assertThat(queries.whatDidUserSee("riec-adviseur", "THEMATISCHE_ANALYSE")).isEmpty();

            AuditEvent decided = log.read(1, 1).get(0);
            assertThat(decided.action()).isEqualTo(AuditAction.DECIDE);
            assertThat(decided.processingActivity()).isEqualTo("riec-casusbehandeling");
            assertThat(decided.legalBasis()).startsWith("RIEC-convenant");
            assertThat(decided.detail()).isEqualTo("AGREEMENT politie-riec-casus v1: Politiegegevens voor de RIEC-casus "
                    + "(Wpg art. 20 jo. Besluit politiegegevens art. 4:3; RIEC-convenant) [Person:name]");
        }
        assertThat(AuditVerifier.verify(dir.resolve("audit.jsonl"))).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("finding 1: events under an entity's former (readable) id are found by its opaque id and reported in it")
    void eventsWrittenUnderAFormerIdAreFoundAndReportedUnderTodaysId(@TempDir Path dir) {
        String former = "adr:3054LM:30.0123456789abcdef0123456789abcdef01234567";
        String today = "gb-0123456789abcdefghjkmnpqrstvwx";
        EntityIdAliases aliases = new EntityIdAliases() {
            @Override
            public List<String> formerIds(String id) {
                return id.equals(today) ? List.of(former) : List.of();
            }

            @Override
            public String currentId(String id) {
                return id.equals(former) ? today : id;
            }
        };
        InMemoryRegisters registers = new InMemoryRegisters();
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(Fixtures.demo(), registers, registers, registers);
        AccessContext fiod = pdp.open("rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", "trace-fiod", JUNE_2025);
        try (FileAuditLog log = FileAuditLog.open(dir.resolve("audit.jsonl"), FsyncPolicy.ON_FLUSH, 100)) {
            log.append(AccessAudit.read(fiod, "entity", List.of(former), "ALLOW", "AGREEMENT", JUNE_2025));
            log.append(AccessAudit.read(fiod, "entity", List.of(today), "ALLOW", "AGREEMENT", JUNE_2025.plusSeconds(60)));
            log.flush();
            AuditQueries queries = new AuditQueries(log, aliases);

            assertThat(queries.whoLookedAt(today)).extracting(AuditQueries.Look::actor, AuditQueries.Look::seen)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("rechercheur-fiod", 2L));
            assertThat(queries.whoLookedAt(former)).extracting(AuditQueries.Look::seen).containsExactly(2L);
            assertThat(queries.whatDidUserSee("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"))
                    .extracting(AuditQueries.Seen::objectId).containsExactly(today, today);
        }
    }
}
