package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import nl.gedeeldbeeld.store.IndexBacklog;

/**
 * {@link IndexBacklog} in the {@code index_backlog} table. The writers of statements call {@link #record} on
 * their own connection, inside their own transaction, so a change and its backlog row commit together or not
 * at all.
 */
final class JdbcIndexBacklog implements IndexBacklog {
    private final DataSource dataSource;

    JdbcIndexBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    /** Records a change (an import batch id, a purge's key) and the entities it touched; nothing when it touched none. */
    static void record(Connection c, String key, Collection<String> entityIds, Instant at) throws SQLException {
        if (entityIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO index_backlog (change_key, entity_ids, recorded_at) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, json(new TreeSet<>(entityIds)));
            ps.setObject(3, StatementRows.timestamp(at));
            ps.executeUpdate();
        }
    }

    private static String json(Collection<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    @Override
    public Pending pending() {
        return Jdbc.read(dataSource, "reading the search index backlog", c -> {
            Set<String> keys = new HashSet<>();
            Set<String> entities = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT change_key, entity_ids FROM index_backlog");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                    try {
                        entities.addAll(JSON.readValue(rs.getString(2), IDS));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("index backlog entry " + rs.getString(1) + " is not a JSON list of ids", e);
                    }
                }
            }
            return new Pending(keys, entities);
        });
    }

    @Override
    public void clear(Collection<String> keys) {
        Jdbc.deleteWhereIn(dataSource, "clearing the search index backlog", "index_backlog", "change_key", keys);
    }
}
