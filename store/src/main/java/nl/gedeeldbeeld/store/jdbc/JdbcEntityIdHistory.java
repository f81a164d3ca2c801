package nl.gedeeldbeeld.store.jdbc;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.gedeeldbeeld.store.EntityIdHistory;

/** {@link EntityIdHistory} over {@code entity_id_history}: one index seek each way. */
final class JdbcEntityIdHistory implements EntityIdHistory {
    private final DataSource dataSource;

    JdbcEntityIdHistory(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<String> formerIds(String id) {
        return Jdbc.read(dataSource, "reading former entity ids", c -> Jdbc.query(c,
                "SELECT old_id FROM entity_id_history WHERE new_id = ? ORDER BY old_id", ps -> ps.setString(1, id),
                rs -> rs.getString(1)));
    }

    @Override
    public String currentId(String id) {
        return Jdbc.read(dataSource, "reading the current entity id", c -> Jdbc.query(c,
                "SELECT new_id FROM entity_id_history WHERE old_id = ?", ps -> ps.setString(1, id),
                rs -> rs.getString(1))).stream().findFirst().orElse(id);
    }
}
