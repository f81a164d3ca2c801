package nl.gedeeldbeeld.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityIdKeysTest {

    @Test
    void aStoreMakesItsOwnKeyOnceAndKeepsIt(@TempDir Path dir) {
        String first;
        try (JdbcStatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir))) {
            first = store.entityIds().id("fiod", "p1");
        }
        try (JdbcStatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir))) {
            assertThat(store.entityIds().id("fiod", "p1")).isEqualTo(first);
        }
        try (JdbcStatementStore other = StoreFactory.openStore(StoreConfig.embedded(dir.resolve("other")))) {
            assertThat(other.entityIds().id("fiod", "p1")).as("finding 2: another store, another key").isNotEqualTo(first);
        }
    }

    @Test
    void aConfiguredKeyStaysOutOfTheDatabaseAndAnotherKeyIsRefused(@TempDir Path dir) throws Exception {
        byte[] key = EntityIdScheme.newKey();
        String configured = Base64.getEncoder().encodeToString(key);
        StoreConfig config = StoreConfig.embedded(dir).withEntityIdKey(configured);
        try (JdbcStatementStore store = StoreFactory.openStore(config)) {
            assertThat(store.entityIds().id("fiod", "p1")).isEqualTo(EntityIdScheme.withKey(key).id("fiod", "p1"));
            try (Connection c = store.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT key_hex, fingerprint FROM entity_id_key")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getString(2)).isEqualTo(EntityIdScheme.withKey(key).fingerprint());
            }
        }
        assertThatThrownBy(() -> StoreFactory.openStore(StoreConfig.embedded(dir)).close())
                .isInstanceOf(UserInputException.class).hasMessageContaining("GB_ENTITY_ID_KEY");
        String wrong = Base64.getEncoder().encodeToString(EntityIdScheme.newKey());
        assertThatThrownBy(() -> StoreFactory.openStore(StoreConfig.embedded(dir).withEntityIdKey(wrong)).close())
                .isInstanceOf(UserInputException.class).hasMessageContaining("is not this store's");
        assertThatThrownBy(() -> StoreFactory.openStore(StoreConfig.embedded(dir.resolve("x")).withEntityIdKey("c2hvcnQ=")).close())
                .isInstanceOf(UserInputException.class).hasMessageContaining("at least 32 bytes");
        // the configured key is never printed with the configuration
        assertThat(config.toString()).doesNotContain(configured);
    }
}
