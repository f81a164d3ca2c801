package nl.gedeeldbeeld.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.WriteGeneration;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protection cover is worked out once per write generation, and never kept from inside a write. */
class ProtectionCoversTest {
    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path dir;

    private static ProtectionFlag flag(String entityId) {
        return new ProtectionFlag(entityId, "POLITIE", "eenheid-bewaken-beveiligen", "dreiging", "bb-medewerker",
                "STRAFRECHTELIJK_ONDERZOEK", AT, Optional.empty());
    }

    @Test
    void theCoverIsReusedWhileTheGenerationStandsAndWorkedOutAgainAfterAFlagOrALift() {
        try (JdbcStatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir))) {
            ProtectionCovers covers = new ProtectionCovers(store, store.registers(), SchemaRegistry.standard(),
                    Clock.systemUTC());
            store.registers().protect(flag("person-a"));
            ProtectionCover first = covers.fresh();
            assertThat(first.all()).containsExactly("person-a");
            assertThat(covers.fresh()).as("no write since").isSameAs(first);

            store.registers().protect(flag("person-b"));
            assertThat(covers.fresh().all()).containsExactlyInAnyOrder("person-a", "person-b");

            store.registers().lift("person-a", "bb-medewerker", AT.plusSeconds(60));
            assertThat(covers.fresh().all()).containsExactly("person-b");
            WriteGeneration.advance();
            assertThat(covers.fresh().all()).as("worked out again: the same answer").containsExactly("person-b");
        }
    }

    @Test
    void aCoverReadInsideAWriteThatRollsBackIsNotKept() {
        try (JdbcStatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir))) {
            ProtectionCovers covers = new ProtectionCovers(store, store.registers(), SchemaRegistry.standard(),
                    Clock.systemUTC());
            store.registers().protect(flag("person-a"));
            assertThat(covers.fresh().all()).containsExactly("person-a");

            assertThatThrownBy(() -> store.auditOutbox().commit("lifting and failing", 0, () -> {
                store.registers().lift("person-a", "bb-medewerker", AT.plusSeconds(60));
                assertThat(covers.fresh().all()).as("the write sees its own lift").isEmpty();
                throw new IllegalStateException("the write fails after the lift");
            }, result -> List.of())).isInstanceOf(IllegalStateException.class);

            assertThat(store.registers().isProtected("person-a")).as("rolled back").isTrue();
            assertThat(covers.fresh().all()).as("the lift's cover was not kept").containsExactly("person-a");
        }
    }
}
