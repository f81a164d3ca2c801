package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;

/**
 * The store's entity id key (table {@code entity_id_key}, one row). A store made without a configured key
 * makes a random 256-bit key on first open and keeps it in that row; a store whose key is given by
 * configuration ({@code GB_ENTITY_ID_KEY}) keeps only the key's fingerprint, so the key need not sit in the
 * database (and its backups), and a store opened with another key is refused instead of silently giving
 * every entity a second id. The key is read here and nowhere else; no API, page or export shows it.
 */
public final class EntityIdKeys {
    private EntityIdKeys() {
    }

    static void createTable(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE entity_id_key ("
                    + " key_slot INTEGER NOT NULL PRIMARY KEY,"
                    + " key_hex VARCHAR(256),"
                    + " fingerprint VARCHAR(64) NOT NULL,"
                    + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " CONSTRAINT entity_id_key_one_row CHECK (key_slot = 1))");
        }
    }

    /** Makes the store's key: the configured one (only its fingerprint kept) or a new random one. */
    static EntityIdScheme create(Connection c, Optional<byte[]> configured) throws SQLException {
        byte[] key = configured.orElseGet(EntityIdScheme::newKey);
        EntityIdScheme scheme = EntityIdScheme.withKey(key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_id_key (key_slot, key_hex, fingerprint, created_at) VALUES (1, ?, ?, ?)")) {
            ps.setString(1, configured.isPresent() ? null : HexFormat.of().formatHex(key));
            ps.setString(2, scheme.fingerprint());
            ps.setObject(3, StatementRows.timestamp(Instant.now()));
            ps.executeUpdate();
        }
        return scheme;
    }

    /** The store's id scheme; with a configured key, checks that it is the store's. */
    public static EntityIdScheme load(DataSource dataSource, Optional<byte[]> configured) {
        return Jdbc.read(dataSource, "reading the entity id key", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key_hex, fingerprint FROM entity_id_key WHERE key_slot = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the store has no entity id key; its migration V7 did not run");
                }
                String hex = rs.getString(1);
                String fingerprint = rs.getString(2);
                if (configured.isPresent()) {
                    EntityIdScheme scheme = EntityIdScheme.withKey(configured.get());
                    if (!scheme.fingerprint().equals(fingerprint)) {
                        throw new UserInputException("the configured entity id key (GB_ENTITY_ID_KEY, fingerprint "
                                + scheme.fingerprint() + ") is not this store's (fingerprint " + fingerprint
                                + "); every id would change. Configure the store's key");
                    }
                    return scheme;
                }
                if (hex == null) {
                    throw new UserInputException("this store's entity id key is given by configuration (fingerprint "
                            + fingerprint + "); set GB_ENTITY_ID_KEY");
                }
                return EntityIdScheme.withKey(HexFormat.of().parseHex(hex));
            }
        });
    }

    /** A key as configuration gives it: base64 or hex of at least 32 bytes. */
    public static byte[] parse(String text) {
        String t = text.strip();
        try {
            byte[] key = t.matches("[0-9a-fA-F]+") && t.length() % 2 == 0 ? HexFormat.of().parseHex(t)
                    : java.util.Base64.getDecoder().decode(t);
            if (key.length < EntityIdScheme.MIN_KEY_BYTES) {
                throw new UserInputException("the entity id key must be at least " + EntityIdScheme.MIN_KEY_BYTES
                        + " bytes (base64 or hex), e.g. from 'head -c 32 /dev/urandom | base64'");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new UserInputException("the entity id key is neither base64 nor hex", e);
        }
    }
}
