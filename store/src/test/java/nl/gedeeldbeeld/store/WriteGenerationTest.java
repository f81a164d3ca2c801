package nl.gedeeldbeeld.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation the per-slice projections are keyed on: a committed write that can change a read moves it, a
 * write no read depends on (a protection alert raised by a read) does not, so the read that raised the alert
 * does not throw the kept projections away.
 */
class WriteGenerationTest {
    @TempDir
    Path dir;

    @Test
    void aRegisterWriteMovesTheGenerationAndAProtectionAlertDoesNot() {
        try (Storage storage = StoreFactory.open(StoreConfig.of(StoreConfig.embedded(dir.resolve("data")).jdbcUrl(),
                dir.resolve("index")))) {
            long before = WriteGeneration.current();
            storage.store().registers().confirmHit("entity-1", "POLITIE", "rechercheur-politie", Instant.now());
            long afterHit = WriteGeneration.current();
            assertThat(afterHit).isGreaterThan(before);

            storage.store().protectionAlerts().raise(new ProtectionAlert("alert-1", "entity-1", "POLITIE", "RIO",
                    AlertTrigger.LOOKUP, "rechercheur-fiod", "FIOD", "STRAFRECHTELIJK_ONDERZOEK", "trace-1", Instant.now(),
                    Optional.empty(), Optional.empty()));
            assertThat(WriteGeneration.current()).isEqualTo(afterHit);
        }
    }
}
